/**
 * Next to an indicator whose measure another source also gives (the catalogue's counterpart):
 * where the two disagree for the same kommun and period, both values, the other one computed into
 * this indicator's terms when it is the complement ("beräknat: 100 − 85,6 %"). Shown beside
 * either indicator of the pair; nothing when they agree everywhere or nothing is paired.
 */
import { citeSource } from "@/data/citation";
import type { ObservationsDataset } from "@/data/load-dataset";
import { request, useData } from "@/data/use-data";
import {
  compareSources,
  type Comparison,
  type Pairing,
  pairingsOf,
} from "@/domain/counterparts";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import type { Locale } from "@/domain/local-text";
import { type Translate, useT } from "@/i18n/i18n";

function sourceOf(indicator: Indicator, dataset: ObservationsDataset): string {
  const source = dataset.entry.sources.find((s) =>
    indicator.sourceIds.includes(s.id),
  );
  return source ? citeSource(source) : dataset.entry.title.sv;
}

function PairNote({
  pairing,
  own,
  other,
  names,
}: {
  pairing: Pairing;
  own: ObservationsDataset;
  other: ObservationsDataset;
  names: ReadonlyMap<string, string>;
}) {
  const { t, locale } = useT();
  const { differ, agree } = compareSources(
    pairing,
    own.observations,
    other.observations,
  );
  if (differ.length === 0) return null;
  const place = (c: Comparison) =>
    `${names.get(c.area) ?? c.area} ${formatIndicatorPeriod(pairing.own, c.period, locale)}`;
  const source = sourceOf(pairing.other, other);
  return (
    <aside className="notice notice--warning counterpart-note">
      <div className="notice__body">
        <strong className="notice__title">{t("counterpart.title")}</strong>
        <p>
          {t("counterpart.intro", {
            other: pairing.other.label[locale],
            source,
          })}
        </p>
        <ul>
          {differ.map((c) => (
            <li key={`${c.area}|${c.period}`}>
              {rowText(pairing, c, place(c), source, t, locale)}
            </li>
          ))}
        </ul>
        {agree.length > 0 && (
          <p>{t("counterpart.agree", { list: agree.map(place).join(", ") })}</p>
        )}
      </div>
    </aside>
  );
}

function rowText(
  pairing: Pairing,
  c: Comparison,
  place: string,
  source: string,
  t: Translate,
  locale: Locale,
): string {
  const format = pairing.own.format;
  const other = formatValue(c.otherAsOwn, format, locale);
  const derived =
    pairing.relation === "complement"
      ? ` (${t("chart.derived")}: ${t("counterpart.derived", { value: formatValue(c.otherValue, pairing.other.format, locale) })})`
      : "";
  const row = t("counterpart.row", {
    place,
    value: formatValue(c.value, format, locale),
    other,
    source,
  });
  return `${row}${derived}`;
}

/** The notes of every counterpart of the indicator (usually none or one). */
export function CounterpartNote({ indicator }: { indicator: Indicator }) {
  const base = useData({
    catalogue: request.catalogue(),
    areas: request.areas(),
  });
  const pairings =
    base.status === "ready"
      ? pairingsOf(indicator, base.data.catalogue.indicators)
      : [];
  const [pairing] = pairings;
  const data = useData({
    own: request.observations(pairing ? pairing.own.datasetId : null),
    other: request.observations(pairing ? pairing.other.datasetId : null),
  });
  if (!pairing || base.status !== "ready" || data.status !== "ready")
    return null;
  const { own, other } = data.data;
  if (!own || !other) return null;
  const names = new Map(base.data.areas.areas.map((a) => [a.code, a.name]));
  return <PairNote pairing={pairing} own={own} other={other} names={names} />;
}
