/**
 * Kommunprofil's "liknande kommuner": once the reader asks for them, the kommungrupper 2017 and
 * the national dataset of each Kolada indicator in the profile (one file per KPI, loaded through
 * the same queries as Jämför kommuner's), and for each row the kommun against its kommungrupp for
 * the row's period and breakdown. Nothing national loads while the comparison is off. A row shows
 * its reference as soon as its file has arrived; a file that fails fails only its rows.
 */
import { useMemo } from "react";

import type { ProfileRow } from "@/charts/series/profile-types";
import { useObservationsEach, type Gate } from "@/data/gate";
import type {
  DatasetMeta,
  GroupsDataset,
  ObservationsDataset,
} from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import { groupOfArea, membersOf, type AreaGroup } from "@/domain/area-groups";
import type { Area } from "@/domain/areas";
import { groupReference, type GroupReference } from "@/domain/group-reference";
import { KOMMUNGRUPPER_ID, nationalDatasetOf } from "@/domain/national";

/** One row's reference: not a Kolada KPI with a national dataset, loading, failed, or ready. */
export type GroupCell =
  | { readonly status: "none" }
  | { readonly status: "pending" }
  | { readonly status: "error" }
  | { readonly status: "ready"; readonly reference: GroupReference };

export interface GroupReferences {
  readonly group: AreaGroup | null;
  readonly members: number;
  /** By indicator id. */
  readonly cells: ReadonlyMap<string, GroupCell>;
  /** The national datasets that arrived and the kommungrupper (for the source lines). */
  readonly datasets: readonly DatasetMeta[];
}

const eachGate = (
  gates: readonly Gate<ObservationsDataset>[],
): readonly Gate<ObservationsDataset>[] => gates;

function cellOf(
  row: ProfileRow,
  gate: Gate<ObservationsDataset> | undefined,
  groups: GroupsDataset,
  kommun: Area,
): GroupCell {
  if (gate === undefined) return { status: "none" };
  if (gate.status !== "ready") return { status: gate.status };
  const reference = groupReference({
    observations: gate.data.byIndicator.get(row.indicator.id) ?? [],
    period: row.period,
    breakdown: row.observation.breakdown,
    grouping: groups.grouping,
    kommun: kommun.code,
    format: row.indicator.format,
  });
  return reference ? { status: "ready", reference } : { status: "none" };
}

/** Null while the comparison is off; otherwise the gate of the kommungrupper and the rows' cells. */
export function useGroupReferences(
  kommun: Area,
  rows: readonly ProfileRow[],
  enabled: boolean,
): Gate<GroupReferences> | null {
  const base = useData({
    manifest: enabled ? request.manifest() : null,
    groups: enabled ? request.groups(KOMMUNGRUPPER_ID) : null,
  });
  const manifest = base.status === "ready" ? base.data.manifest : null;
  const groups = base.status === "ready" ? base.data.groups : null;
  const datasetOf = useMemo(() => {
    const published = new Set(manifest?.datasets.map((d) => d.id) ?? []);
    return new Map(
      rows.map((r) => [
        r.indicator.id,
        nationalDatasetOf(r.indicator, published),
      ]),
    );
  }, [manifest, rows]);
  const ids = useMemo(
    () =>
      [...new Set(datasetOf.values())].filter(
        (id): id is string => id !== null,
      ),
    [datasetOf],
  );
  const gates = useObservationsEach(ids, eachGate);
  const references = useMemo((): GroupReferences | null => {
    if (!groups) return null;
    const gateOf = new Map(ids.map((id, i) => [id, gates[i]]));
    const cells = new Map(
      rows.map((r) => {
        const id = datasetOf.get(r.indicator.id) ?? null;
        const gate = id === null ? undefined : gateOf.get(id);
        return [r.indicator.id, cellOf(r, gate, groups, kommun)] as const;
      }),
    );
    const group = groupOfArea(groups.grouping, kommun.code);
    return {
      group,
      members: group ? membersOf(groups.grouping, group.code).length : 0,
      cells,
      datasets: [
        ...gates.flatMap((g) => (g.status === "ready" ? [g.data] : [])),
        groups,
      ],
    };
  }, [groups, gates, ids, datasetOf, rows, kommun]);
  if (!enabled) return null;
  if (base.status !== "ready") return base;
  return references
    ? { status: "ready", data: references }
    : { status: "pending" };
}
