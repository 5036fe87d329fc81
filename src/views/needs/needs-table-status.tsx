/**
 * The status cell of the needs table: for a kommun, whether both values are there ("pair"),
 * which one is missing and why, estimated values and "beräknat" with how; for the county, how
 * its resource value was derived.
 */
import type { ScatterRow, ScatterSeries } from "@/charts/series/scatter-series";
import type { ScatterValue } from "@/charts/series/scatter-values";
import { derivedNote } from "@/charts/summary/scatter-words";
import type { FormatTag } from "@/domain/indicators";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

/** "Uppskattat" and how a derived value was computed, from the source's format. */
function valueNotes(
  v: ScatterValue,
  sourceFormat: FormatTag,
  t: Translate,
  locale: UiLocale,
): string[] {
  const out: string[] = [];
  if (v.status === "estimated") out.push(t("status.estimated"));
  if (v.derived) out.push(derivedNote(v.derived, sourceFormat, t, locale));
  return out;
}

/** Which value of a kommun is missing and why, then the notes of both values. */
function rowNotes(
  row: ScatterRow,
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string[] {
  const { need, resource } = row;
  const lines: string[] = [];
  if (need.value === null && need.reason)
    lines.push(t("needs.missingNeed", { reason: need.reason[locale] }));
  if (resource.value === null && resource.reason)
    lines.push(t("needs.missingResource", { reason: resource.reason[locale] }));
  lines.push(
    ...valueNotes(need, series.need.indicator.format, t, locale),
    ...valueNotes(resource, series.resource.indicator.format, t, locale),
  );
  return lines;
}

function TableNotes({ lines }: { lines: readonly string[] }) {
  return lines.map((line) => (
    <span key={line} className="table-note">
      {line}
    </span>
  ));
}

export function NeedsStatus({
  line,
  series,
}: {
  line: ScatterRow | "county";
  series: ScatterSeries;
}) {
  const { t, locale } = useT();
  if (line === "county") {
    const county = series.resource.county;
    const format = series.resource.indicator.format;
    return (
      <>
        {county?.derived && t("chart.derived")}
        {county && <TableNotes lines={valueNotes(county, format, t, locale)} />}
      </>
    );
  }
  return (
    <>
      {t(`needs.pair.${line.pair}`)}
      {line.resource.derived && ` · ${t("chart.derived")}`}
      <TableNotes lines={rowNotes(line, series, t, locale)} />
    </>
  );
}
