/**
 * "Botkyrka jämfört med länet": how to read the spine charts, then one frame per theme with its
 * spine chart or, with the table toggle, the same numbers as a table. Each frame can be exported
 * and put on a slide. With "Jämför med: länet och liknande kommuner" (group-control), each row is
 * also compared with the kommun's kommungrupp 2017, in words under the row and in a table column.
 */
import { ChartFrame, TableToggle } from "@/charts/chart-frame";
import { ProfileTable } from "@/charts/profile-table";
import type { ProfileRow } from "@/charts/series/profile-types";
import { SpineChart } from "@/charts/spine-chart";
import { spineSummary } from "@/charts/summary/spine-summary";
import type { Gate } from "@/data/gate";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { SIMILAR_TOLERANCE } from "@/domain/profile-comparison";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { profileExportRows } from "../shared/export-rows";
import type { Locate } from "../shared/profile-lists";
import type { ProfileModel } from "../shared/profile-model";

import { GroupControl, GroupIntro } from "./group-control";
import { groupCellText, groupSentence } from "./group-words";
import { lineFor } from "./profile-facts";
import type { GroupReferences } from "./use-group-references";

/** The source of SKR's kommungrupper 2017 (dataset kommungrupper-2017). */
const GROUPING_SOURCE = "skr-kommungrupper-2017";

interface TableProps {
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

/** The kommungrupp comparison: null while it is off. */
export interface GroupProps {
  readonly group: Gate<GroupReferences> | null;
  readonly onShowGroup: (shown: boolean) => void;
}

export function ProfileThemes({
  model,
  locate,
  group,
  onShowGroup,
  ...table
}: {
  readonly model: ProfileModel;
  readonly locate: Locate;
} & TableProps &
  GroupProps) {
  const { t, locale } = useT();
  const { series } = model;
  const name = series.kommun.name;
  const tolerance = formatValue(SIMILAR_TOLERANCE * 100, "pct1", locale);
  return (
    <section className="profile-section" aria-labelledby="profile-indicators">
      <div className="profile-section__head">
        <h2 id="profile-indicators">
          {t("profile.indicatorsTitle", { name })}
        </h2>
        <TableToggle shown={table.showTable} onToggle={table.onToggleTable} />
      </div>
      <p>{t("profile.indicatorsIntro", { name })}</p>
      <p className="profile-rule">{t("profile.rule", { name, tolerance })}</p>
      <GroupControl shown={group !== null} onChange={onShowGroup} />
      <GroupIntro gate={group} name={name} />
      {series.groups.map((themeGroup) => (
        <ThemeFrame
          key={themeGroup.theme}
          theme={t(`themes.${themeGroup.theme}`)}
          rows={themeGroup.rows}
          name={name}
          datasets={model.datasets}
          locate={locate}
          group={group?.status === "ready" ? group.data : null}
          {...table}
        />
      ))}
    </section>
  );
}

function ThemeFrame({
  theme,
  rows,
  name,
  datasets,
  locate,
  group,
  showTable,
  onToggleTable,
}: {
  readonly theme: string;
  readonly rows: readonly ProfileRow[];
  readonly name: string;
  readonly datasets: readonly DatasetMeta[];
  readonly locate: Locate;
  readonly group: GroupReferences | null;
} & TableProps) {
  const { t, locale } = useT();
  const title = t("profile.themeTitle", { theme, name });
  const subtitle = t("profile.themeSubtitle", { count: rows.length });
  const source = lineFor(
    group ? [...datasets, ...group.datasets] : datasets,
    rows
      .flatMap((r) => [
        r.observation.sourceId,
        ...(r.countyObservation ? [r.countyObservation.sourceId] : []),
      ])
      .concat(group ? [GROUPING_SOURCE] : []),
    t,
    locale,
  );
  const cellOf = (row: ProfileRow) => group?.cells.get(row.indicator.id);
  return (
    <ChartFrame
      title={title}
      subtitle={subtitle}
      summary={spineSummary(rows, name, t, locale)}
      exportData={chartExport(
        `profile-${rows[0]?.indicator.theme ?? "theme"}`,
        { title, subtitle, sourceLine: source },
        datasets,
        (c) => profileExportRows(rows, name, c, t("chart.county")),
        t,
        locale,
      )}
      sourceLine={source}
    >
      {showTable ? (
        <ProfileTable
          rows={rows}
          caption={t("profile.tableCaption", { theme, name })}
          kommunName={name}
          locate={locate}
          group={
            group?.group
              ? {
                  header: t("profile.group.column", { code: group.group.code }),
                  cell: (row) =>
                    groupCellText(row, cellOf(row), name, t, locale),
                }
              : null
          }
        />
      ) : (
        <SpineChart
          rows={rows}
          kommunName={name}
          locate={locate}
          onToggleTable={onToggleTable}
          groupText={
            group?.group
              ? (row) => groupSentence(row, cellOf(row), name, t, locale)
              : null
          }
        />
      )}
    </ChartFrame>
  );
}
