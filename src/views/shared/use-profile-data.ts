/**
 * The data of Kommunprofil and the Kommunrapport: the kommuner and the indicator catalogue, the
 * kommun (the first known code of the URL's `kommuner`; unknown codes give notices), and once every
 * observation dataset the catalogue's kommun indicators need has settled, the profile model. A
 * failed dataset does not hide the rest (the model lists it).
 */
import { useMemo } from "react";

import { allSettled, useObservationsEach, type Gate } from "@/data/gate";
import { kommunerOf, type Area, type AreaCode } from "@/domain/areas";
import { profileDatasetIds } from "@/domain/profile-datasets";
import type { UrlNotice } from "@/navigation/url-state";

import { profileModel, type ProfileModel } from "./profile-model";
import { useViewBase, type ViewBase } from "./use-view-base";

export interface ProfileData {
  /** The kommuner and the catalogue: the profile can say nothing before these. */
  readonly base: Gate<ViewBase>;
  readonly kommuner: readonly Area[];
  readonly kommun: Area | null;
  /** The URL's known codes, in order (the chosen kommun goes first, the rest stay). */
  readonly known: readonly AreaCode[];
  readonly notices: readonly UrlNotice[];
  /** The profile of `kommun` once its datasets have settled; pending without a kommun. */
  readonly model: Gate<ProfileModel>;
}

/** The profile's kommun: the first known code in the URL; unknown codes yield notices. */
function resolveKommun(
  codes: readonly AreaCode[],
  kommuner: readonly Area[],
): Pick<ProfileData, "kommun" | "known" | "notices"> {
  const byCode = new Map(kommuner.map((k) => [k.code, k]));
  const known = codes.filter((c) => byCode.has(c));
  const notices: UrlNotice[] = codes
    .filter((c) => !byCode.has(c))
    .map((c) => ({ key: "unknownKommun", value: c }));
  const first = known[0];
  return {
    kommun: first === undefined ? null : (byCode.get(first) ?? null),
    known,
    notices,
  };
}

export function useProfileData(codes: readonly AreaCode[]): ProfileData {
  const base = useViewBase();
  // The datasets themselves keep their identity between renders (the gate object does not).
  const areas = base.status === "ready" ? base.data.areas : null;
  const catalogue = base.status === "ready" ? base.data.catalogue : null;
  const ids = catalogue ? profileDatasetIds(catalogue.indicators) : [];
  const settled = useObservationsEach(ids, allSettled);
  const kommuner = useMemo(
    () => (areas ? kommunerOf(areas.areas) : []),
    [areas],
  );
  const resolved = resolveKommun(codes, kommuner);
  const { kommun } = resolved;
  const model = useMemo((): Gate<ProfileModel> => {
    if (!catalogue || !kommun || settled.status === "pending")
      return { status: "pending" };
    if (settled.status === "error") return settled;
    return {
      status: "ready",
      data: profileModel({
        kommun,
        kommuner,
        indicators: catalogue.indicators,
        settled: settled.data,
      }),
    };
  }, [catalogue, kommun, kommuner, settled]);
  return { base, kommuner, ...resolved, model };
}
