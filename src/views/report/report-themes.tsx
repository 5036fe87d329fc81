/**
 * The Kommunrapport's body: one spine chart per theme, then the same numbers as tables. Every
 * figure cites its numbered reference ("[3]") instead of the full source, so the tables fit an A4
 * page; the references close the report.
 */
import { ChartFrame } from "@/charts/chart-frame";
import { ProfileTable } from "@/charts/profile-table";
import type { ProfileRow } from "@/charts/series/profile-types";
import { SpineChart } from "@/charts/spine-chart";
import { spineSummary } from "@/charts/summary/spine-summary";
import { formatValue } from "@/domain/format";
import { SIMILAR_TOLERANCE } from "@/domain/profile-comparison";
import { useT } from "@/i18n/i18n";

import type { ProfileModel } from "../shared/profile-model";
import type { References } from "../shared/profile-references";

interface ThemesProps {
  readonly model: ProfileModel;
  readonly references: References;
}

/** "Källa: [3], [4]": the references of the rows (kommun and county values). */
function refsOf(rows: readonly ProfileRow[], refs: References): string {
  const marks = rows.flatMap((r) =>
    [r.observation, r.countyObservation].flatMap((o) =>
      o ? [refs.cite({ sourceId: o.sourceId, locator: "" })] : [],
    ),
  );
  return [...new Set(marks)].filter((m) => m !== "").join(", ");
}

/** A theme with at least one indicator judged against the county gets a chart. */
const judged = (rows: readonly ProfileRow[]): boolean =>
  rows.some(
    (r) =>
      r.verdict === "better" ||
      r.verdict === "worse" ||
      r.verdict === "similar",
  );

export function ReportCharts({ model, references }: ThemesProps) {
  const { t, locale } = useT();
  const name = model.series.kommun.name;
  const tolerance = formatValue(SIMILAR_TOLERANCE * 100, "pct1", locale);
  const charted = model.series.groups.filter((g) => judged(g.rows));
  const tableOnly = model.series.groups
    .filter((g) => !judged(g.rows))
    .map((g) => t(`themes.${g.theme}`));
  return (
    <section className="report__themes" aria-labelledby="report-themes">
      <h2 id="report-themes" className="report__section-title">
        {t("report.themesTitle", { name })}
      </h2>
      <p className="report__intro">
        {t("profile.indicatorsIntro", { name })}{" "}
        {t("profile.rule", { name, tolerance })}
      </p>
      {charted.map((group) => {
        const theme = t(`themes.${group.theme}`);
        return (
          <ChartFrame
            key={group.theme}
            title={t("profile.themeTitle", { theme, name })}
            subtitle={t("profile.themeSubtitle", { count: group.rows.length })}
            summary={spineSummary(group.rows, name, t, locale)}
            sourceLine={`${t("chart.source")}: ${refsOf(group.rows, references)}`}
          >
            <SpineChart
              rows={group.rows}
              kommunName={name}
              locate={references.cite}
            />
          </ChartFrame>
        );
      })}
      {tableOnly.length > 0 && (
        <p className="report__intro">
          {t("report.tableOnly", { themes: tableOnly.join(", ") })}
        </p>
      )}
    </section>
  );
}

export function ReportTables({ model, references }: ThemesProps) {
  const { t } = useT();
  const name = model.series.kommun.name;
  return (
    <section className="report__tables" aria-labelledby="report-tables">
      <h2 id="report-tables" className="report__section-title">
        {t("report.tables")}
      </h2>
      <p className="report__intro">{t("profile.dashNote")}</p>
      {model.series.groups.map((group) => (
        <ProfileTable
          key={group.theme}
          rows={group.rows}
          caption={t("profile.tableCaption", {
            theme: t(`themes.${group.theme}`),
            name,
          })}
          kommunName={name}
          locate={references.cite}
          compact
        />
      ))}
    </section>
  );
}
