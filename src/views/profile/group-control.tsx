/**
 * Kommunprofil's "Jämför med": the county only (the default), or the county and similar kommuner
 * in Sweden (`ref=group`: the kommun's kommungrupp 2017). With the comparison on, one paragraph
 * names the group and says how its median and range are computed; the figures stand under each
 * spine row and in the table's column. Nothing national loads until the reader asks for it.
 */
import type { Gate } from "@/data/gate";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { DataGate } from "../shared/data-gate";

import type { GroupReferences } from "./use-group-references";

export function GroupControl({
  shown,
  onChange,
}: {
  readonly shown: boolean;
  readonly onChange: (shown: boolean) => void;
}) {
  const { t } = useT();
  return (
    <div className="profile-group-control">
      <Segmented
        label={t("profile.group.control")}
        value={shown ? "group" : "county"}
        options={[
          { value: "county", label: t("profile.group.off") },
          { value: "group", label: t("profile.group.on") },
        ]}
        onChange={(v) => {
          onChange(v === "group");
        }}
      />
    </div>
  );
}

export function GroupIntro({
  gate,
  name,
}: {
  readonly gate: Gate<GroupReferences> | null;
  readonly name: string;
}) {
  const { t, locale } = useT();
  if (gate === null) return null;
  return (
    <DataGate
      gate={gate}
      pending={
        <p className="profile-group-intro">{t("profile.group.loading")}</p>
      }
    >
      {({ group, members }) => (
        <p className="profile-group-intro">
          {group
            ? t("profile.group.intro", {
                name,
                group: group.name[locale],
                code: group.code,
                members,
              })
            : t("profile.group.notPlaced", { name })}
        </p>
      )}
    </DataGate>
  );
}
