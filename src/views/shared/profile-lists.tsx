/**
 * The two lists under Kommunprofil's charts (and in the Kommunrapport): the indicators the kommun
 * has no value for, with the source's reason (never a made-up value), and what the sources say
 * about the kommun where they name only a few kommuner (not a ranking).
 */
import { DataNote } from "@/charts/data-note";
import type { ProfileGap, ProfileSeries } from "@/charts/series/profile-types";
import { decimalsOf, formatNumber, formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import "@/i18n/views/profile";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import "./profile-lists.css";

/** Where a figure stands in its source, as the page cites it. */
export type Locate = (o: {
  readonly sourceId: string;
  readonly locator: string;
}) => string;

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

export function ProfileGaps({
  series,
  locate,
}: {
  readonly series: ProfileSeries;
  readonly locate: Locate;
}) {
  const { t, locale } = useT();
  const { gaps } = series;
  const name = series.kommun.name;
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
            {formatObservationPeriod(
              gap.indicator,
              { period: gap.period, area: series.kommun.code },
              locale,
            )}
            ): {gapValue(gap, t, locale)}
            {gap.kind !== "not-named" && <DataNote note={gap.reason} />}
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

export function ProfileStatements({
  series,
  locate,
  sourceLine,
}: {
  readonly series: ProfileSeries;
  readonly locate: Locate;
  /** The short source line under the list (the profile); the report cites numbers only. */
  readonly sourceLine?: string | undefined;
}) {
  const { t, locale } = useT();
  const { statements } = series;
  const name = series.kommun.name;
  return (
    <section
      className="profile-section card"
      aria-labelledby="profile-statements"
    >
      <h2 id="profile-statements">{t("profile.statementsTitle", { name })}</h2>
      {statements.length === 0 ? (
        <p>{t("profile.statementsNone", { name })}</p>
      ) : (
        <>
          <p>{t("profile.statementsIntro")}</p>
          <ul className="profile-statements">
            {statements.map((s) => (
              <li key={s.indicator.id}>
                <p className="profile-statements__value">
                  <strong>{s.indicator.label[locale]}</strong> (
                  {formatObservationPeriod(s.indicator, s.observation, locale)}
                  ):{" "}
                  <strong className="profile-value">
                    {formatValue(
                      s.observation.value,
                      s.indicator.format,
                      locale,
                    )}
                  </strong>
                </p>
                {s.observation.note !== "" && (
                  <DataNote note={s.observation.note} block />
                )}
                <p className="table-note">
                  {t("profile.statementNamed", { count: s.named })}{" "}
                  {t("profile.source")}: {locate(s.observation)}
                </p>
              </li>
            ))}
          </ul>
          {sourceLine !== undefined && (
            <p className="chart-frame__source">{sourceLine}</p>
          )}
        </>
      )}
    </section>
  );
}
