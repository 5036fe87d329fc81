/**
 * What Kommunprofil shows once its data is in: key facts with sources, one spine chart (or table)
 * per theme, the indicators the kommun lacks with their reason, and the sources' statements that
 * name the kommun.
 */
import { TableToggle } from "@/charts/chart-frame";
import { ChartFrame } from "@/charts/chart-frame";
import { ProfileTable } from "@/charts/profile-table";
import type {
  FactValue,
  ProfileFacts,
  ProfileGap,
  ProfileRow,
  ProfileSeries,
} from "@/charts/series/profile-series";
import { SpineChart } from "@/charts/spine-chart";
import { spineSummary } from "@/charts/summary/spine-summary";
import type { DatasetMeta } from "@/data/load-dataset";
import { decimalsOf, formatNumber, formatValue } from "@/domain/format";
import {
  formatIndicatorPeriod,
  formatPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import { SIMILAR_TOLERANCE } from "@/domain/profile-comparison";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { chartExport, profileExportRows } from "../shared/export-rows";
import { citedLocator } from "../shared/locate";
import { sourceLine } from "../shared/source-line";

export interface ProfileBodyProps {
  readonly series: ProfileSeries;
  readonly facts: ProfileFacts;
  readonly fundsIndicator: Indicator | null;
  /** The population indicator (its catalogue entry says how the source states each period). */
  readonly populationIndicator?: Indicator | null;
  readonly datasets: readonly DatasetMeta[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
}

type Locate = (o: {
  readonly sourceId: string;
  readonly locator: string;
}) => string;

/** Datasets that hold any of the given observations' sources. */
function datasetsFor(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
): DatasetMeta[] {
  return datasets.filter((d) =>
    d.entry.sources.some((s) => sourceIds.includes(s.id)),
  );
}

function lineFor(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
  t: Translate,
): string {
  const unique = [...new Set(sourceIds)];
  return sourceLine(datasetsFor(datasets, unique), unique, t);
}

export function ProfileBody(props: ProfileBodyProps) {
  const { t, locale } = useT();
  const { series } = props;
  const name = series.kommun.name;
  const locate = citedLocator(props.datasets);
  const tolerance = formatValue(SIMILAR_TOLERANCE * 100, "pct1", locale);

  return (
    <>
      <Facts {...props} locate={locate} />

      <section className="profile-section" aria-labelledby="profile-indicators">
        <div className="profile-section__head">
          <h2 id="profile-indicators">
            {t("profile.indicatorsTitle", { name })}
          </h2>
          <TableToggle shown={props.showTable} onToggle={props.onToggleTable} />
        </div>
        <p>{t("profile.indicatorsIntro", { name })}</p>
        <p className="profile-rule">{t("profile.rule", { name, tolerance })}</p>
        {series.groups.map((group) => (
          <ThemeFrame
            key={group.theme}
            theme={t(`themes.${group.theme}`)}
            rows={group.rows}
            name={name}
            datasets={props.datasets}
            showTable={props.showTable}
            onToggleTable={props.onToggleTable}
            locate={locate}
          />
        ))}
      </section>

      <Gaps gaps={series.gaps} name={name} locate={locate} />

      <section
        className="profile-section card"
        aria-labelledby="profile-statements"
      >
        <h2 id="profile-statements">
          {t("profile.statementsTitle", { name })}
        </h2>
        {series.statements.length === 0 ? (
          <p>{t("profile.statementsNone", { name })}</p>
        ) : (
          <>
            <p>{t("profile.statementsIntro")}</p>
            <ul className="profile-statements">
              {series.statements.map((s) => (
                <li key={s.indicator.id}>
                  <p className="profile-statements__value">
                    <strong>{s.indicator.label[locale]}</strong> (
                    {formatPeriod(s.observation.period)}):{" "}
                    <strong className="profile-value">
                      {formatValue(
                        s.observation.value,
                        s.indicator.format,
                        locale,
                      )}
                    </strong>
                  </p>
                  {s.observation.note !== "" && (
                    <p className="table-note">{s.observation.note}</p>
                  )}
                  <p className="table-note">
                    {t("profile.statementNamed", { count: s.named })}{" "}
                    {t("profile.source")}: {locate(s.observation)}
                  </p>
                </li>
              ))}
            </ul>
            <p className="chart-frame__source">
              {lineFor(
                props.datasets,
                series.statements.map((s) => s.observation.sourceId),
                t,
              )}
            </p>
          </>
        )}
      </section>
    </>
  );
}

function Facts({
  series,
  facts,
  fundsIndicator,
  populationIndicator = null,
  datasets,
  locate,
}: ProfileBodyProps & { readonly locate: Locate }) {
  const { t, locale } = useT();
  const name = series.kommun.name;
  const used: FactValue[] = [
    facts.population,
    facts.koladaPopulation,
    facts.funds,
  ].filter((f): f is FactValue => f !== null);
  const fact = (
    label: string,
    value: FactValue | null,
    format: "num0" | "sek0",
  ) => (
    <div className="profile-fact">
      <dt>{label}</dt>
      <dd>
        <span className="profile-fact__value">
          {value
            ? formatValue(value.value, format, locale)
            : t("profile.factMissing")}
        </span>
        {value && (
          <span className="table-note">
            {t("profile.source")}: {locate(value.observation)}
          </span>
        )}
      </dd>
    </div>
  );
  const perCapita = facts.fundsPerCapita;
  const rule = fundsIndicator?.perCapita ?? null;
  return (
    <ChartFrame
      title={t("profile.factsTitle", { name })}
      subtitle={[
        facts.population
          ? t("profile.population", {
              period: formatIndicatorPeriod(
                populationIndicator,
                facts.population.period,
                locale,
              ),
            })
          : null,
        facts.funds ? t("profile.funds", { period: facts.funds.period }) : null,
      ]
        .filter(Boolean)
        .join(" · ")}
      sourceLine={lineFor(
        datasets,
        used.map((f) => f.observation.sourceId),
        t,
      )}
    >
      <dl className="profile-facts">
        {fact(
          t("profile.population", {
            period: facts.population
              ? formatIndicatorPeriod(
                  populationIndicator,
                  facts.population.period,
                  locale,
                )
              : "–",
          }),
          facts.population,
          "num0",
        )}
        {fact(
          t("profile.koladaPopulation", {
            period: facts.koladaPopulation?.period ?? "–",
          }),
          facts.koladaPopulation,
          "num0",
        )}
        {fact(
          t("profile.funds", { period: facts.funds?.period ?? "–" }),
          facts.funds,
          "sek0",
        )}
        <div className="profile-fact">
          <dt>
            {t("profile.fundsPerCapita", {
              period: facts.funds?.period ?? "–",
            })}
          </dt>
          <dd>
            <span className="profile-fact__value">
              {perCapita && rule
                ? formatValue(perCapita.value, rule.format, locale)
                : t("profile.factMissing")}
            </span>
            {perCapita && rule && (
              <>
                <span className="derived-mark">{t("chart.derived")}</span>
                <span className="table-note">
                  {t("profile.derivedHow", {
                    value: formatValue(perCapita.how.numerator, "sek0", locale),
                    population: formatValue(
                      perCapita.how.denominator,
                      "num0",
                      locale,
                    ),
                    populationPeriod: formatPopulationPeriod(
                      perCapita.how,
                      locale,
                    ),
                  })}
                </span>
              </>
            )}
          </dd>
        </div>
      </dl>
    </ChartFrame>
  );
}

function ThemeFrame({
  theme,
  rows,
  name,
  datasets,
  showTable,
  onToggleTable,
  locate,
}: {
  readonly theme: string;
  readonly rows: readonly ProfileRow[];
  readonly name: string;
  readonly datasets: readonly DatasetMeta[];
  readonly showTable: boolean;
  readonly onToggleTable: () => void;
  readonly locate: Locate;
}) {
  const { t, locale } = useT();
  const summary = spineSummary(rows, name, t, locale);
  return (
    <ChartFrame
      title={t("profile.themeTitle", { theme, name })}
      subtitle={t("profile.themeSubtitle", { count: rows.length })}
      summary={summary}
      exportData={chartExport(
        `profile-${rows[0]?.indicator.theme ?? "theme"}`,
        {
          title: t("profile.themeTitle", { theme, name }),
          subtitle: t("profile.themeSubtitle", { count: rows.length }),
          sourceLine: lineFor(
            datasets,
            rows.map((r) => r.observation.sourceId),
            t,
          ),
        },
        datasets,
        (c) => profileExportRows(rows, name, c, t("chart.county")),
        t,
        locale,
      )}
      sourceLine={lineFor(
        datasets,
        rows.flatMap((r) => [
          r.observation.sourceId,
          ...(r.countyObservation ? [r.countyObservation.sourceId] : []),
        ]),
        t,
      )}
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

function gapValue(gap: ProfileGap, t: Translate, locale: UiLocale): string {
  if (gap.kind === "range-only" && gap.low !== null && gap.high !== null) {
    const range = `${formatNumber(gap.low, decimalsOf(gap.indicator.format), locale)}–${formatValue(gap.high, gap.indicator.format, locale)}`;
    return t("profile.gapRange", { range });
  }
  return t(
    gap.kind === "not-named"
      ? "profile.gapKindNotNamed"
      : "profile.gapKindMissing",
  );
}

function Gaps({
  gaps,
  name,
  locate,
}: {
  readonly gaps: readonly ProfileGap[];
  readonly name: string;
  readonly locate: Locate;
}) {
  const { t, locale } = useT();
  if (gaps.length === 0) return null;
  return (
    <section className="profile-section card" aria-labelledby="profile-gaps">
      <h2 id="profile-gaps">
        {t("profile.gapsTitle", { name, count: gaps.length })}
      </h2>
      <p>{t("profile.gapsIntro")}</p>
      <ul className="profile-gaps">
        {gaps.map((gap) => (
          <li key={gap.indicator.id}>
            <strong>{gap.indicator.label[locale]}</strong> (
            {formatPeriod(gap.period)}): {gapValue(gap, t, locale)}
            {gap.kind !== "not-named" && (
              <span className="table-note">{gap.reason[locale]}</span>
            )}
            {gap.observation && (
              <span className="table-note">
                {t("profile.source")}: {locate(gap.observation)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
