/**
 * "Botkyrka jämfört med länet": how to read the spine charts, then one frame per theme with its
 * spine chart or, with the table toggle, the same numbers as a table. Each frame can be exported
 * and put on a slide.
 */
import { ChartFrame, TableToggle } from "@/charts/chart-frame";
import { ProfileTable } from "@/charts/profile-table";
import type { ProfileRow } from "@/charts/series/profile-types";
import { SpineChart } from "@/charts/spine-chart";
import { spineSummary } from "@/charts/summary/spine-summary";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { SIMILAR_TOLERANCE } from "@/domain/profile-comparison";
import { useT } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { profileExportRows } from "../shared/export-rows";
import type { Locate } from "../shared/profile-lists";
import type { ProfileModel } from "../shared/profile-model";

import { lineFor } from "./profile-facts";

interface TableProps {
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

export function ProfileThemes({
  model,
  locate,
  ...table
}: { readonly model: ProfileModel; readonly locate: Locate } & TableProps) {
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
      {series.groups.map((group) => (
        <ThemeFrame
          key={group.theme}
          theme={t(`themes.${group.theme}`)}
          rows={group.rows}
          name={name}
          datasets={model.datasets}
          locate={locate}
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
  showTable,
  onToggleTable,
}: {
  readonly theme: string;
  readonly rows: readonly ProfileRow[];
  readonly name: string;
  readonly datasets: readonly DatasetMeta[];
  readonly locate: Locate;
} & TableProps) {
  const { t, locale } = useT();
  const title = t("profile.themeTitle", { theme, name });
  const subtitle = t("profile.themeSubtitle", { count: rows.length });
  const source = lineFor(
    datasets,
    rows.flatMap((r) => [
      r.observation.sourceId,
      ...(r.countyObservation ? [r.countyObservation.sourceId] : []),
    ]),
    t,
    locale,
  );
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
        />
      ) : (
        <SpineChart
          rows={rows}
          kommunName={name}
          locate={locate}
          onToggleTable={onToggleTable}
        />
      )}
    </ChartFrame>
  );
}
