/** "Om uppgifterna": definition, denominator, direction, unit, Kolada id and the full citations. */
import { fullCitation } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import { formatDate } from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";

export function IndicatorAbout({
  indicator,
  datasets,
}: {
  indicator: Indicator;
  datasets: readonly DatasetMeta[];
}) {
  const { t, locale } = useT();
  const polarity = {
    "higher-better": t("chart.higherBetter"),
    "higher-worse": t("chart.higherWorse"),
    neutral: t("chart.neutral"),
  }[indicator.polarity];
  const sources = datasets.flatMap((d) =>
    d.entry.sources.filter((s) => indicator.sourceIds.includes(s.id)),
  );
  return (
    <dl className="about-list">
      <dt>{t("chart.definition")}</dt>
      <dd>{indicator.definition[locale]}</dd>
      {indicator.denominator && (
        <>
          <dt>{t("chart.denominator")}</dt>
          <dd>{indicator.denominator[locale]}</dd>
        </>
      )}
      <dt>{t("chart.unit")}</dt>
      <dd>{t(`units.${indicator.unit}`)}</dd>
      <dt>{t("chart.polarity")}</dt>
      <dd>{polarity}</dd>
      {indicator.koladaId !== null && (
        <>
          <dt>{t("chart.kolada")}</dt>
          <dd>{indicator.koladaId}</dd>
        </>
      )}
      <dt>{t("chart.source")}</dt>
      <dd>
        <ul>
          {sources.map((s) => (
            <li key={s.id}>{fullCitation(s, locale)}</li>
          ))}
        </ul>
      </dd>
      <dt>{t("chart.version")}</dt>
      <dd>
        <ul>
          {datasets.map((d) => (
            <li key={d.entry.id}>
              {d.entry.title[locale]}: {d.entry.id} v{d.version.version},{" "}
              {formatDate(d.version.published, locale)}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}
