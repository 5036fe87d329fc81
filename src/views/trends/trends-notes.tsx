/**
 * The notes under the trend chart: the references not drawn for counts, the end of the series,
 * the medians' national data while it loads (or why it failed) and, per median line, what it is.
 */
import type { TrendLine, TrendSeries } from "@/charts/series/trend-series";
import type { Gate } from "@/data/gate";
import type { Indicator } from "@/domain/indicators";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";
import { listNames } from "@/charts/summary/sentence";

import { DataGate } from "../shared/data-gate";

import { seriesEnd } from "./trends-breaks";
import type { MedianData } from "./use-trend-medians";

/** "Median A2 (beräknat): medianen av de 43 kommunerna i landet i kommungrupp 2017 A2 …". */
function medianNote(
  line: TrendLine,
  names: ReadonlyMap<string, string>,
  t: Translate,
  locale: UiLocale,
): string {
  const group = line.median;
  if (!group) return "";
  const total =
    line.points.find((p) => p.included !== undefined)?.included?.total ?? 0;
  return t("trends.medianNote", {
    code: group.code,
    name: group.name[locale],
    total,
    members: listNames(
      group.members.map((c) => names.get(c) ?? c),
      locale,
    ),
  });
}

export function TrendsNotes({
  indicator,
  series,
  medianGate,
}: {
  indicator: Indicator;
  series: TrendSeries;
  medianGate: Gate<MedianData> | null;
}) {
  const { t, locale } = useT();
  const endYear = seriesEnd(indicator);
  const names = new Map(
    series.lines.flatMap((l) => (l.area === null ? [] : [[l.area, l.name]])),
  );
  // One note per group (women and men apart draw two lines of the same group).
  const medians = series.lines.filter(
    (l, i, all) =>
      l.role === "group" &&
      all.findIndex((o) => o.median?.code === l.median?.code) === i,
  );
  return (
    <>
      {!series.referencesShown && (
        <p className="trends-note">{t("trends.referencesHidden")}</p>
      )}
      {medianGate && (
        <DataGate
          gate={medianGate}
          pending={<p className="trends-note">{t("trends.medianLoading")}</p>}
        />
      )}
      {medians.map((line) => (
        <p key={line.key} className="trends-note trends-note--median">
          {medianNote(line, names, t, locale)}
        </p>
      ))}
      {/* How every median is computed: said once, however many groups are drawn. */}
      {medians.length > 0 && (
        <p className="trends-note trends-note--median">
          {t("trends.medianRule")}
        </p>
      )}
      {endYear !== null && (
        <p className="trends-note">
          {t("trends.seriesEnds", { year: endYear })}
        </p>
      )}
    </>
  );
}
