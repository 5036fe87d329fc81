/**
 * A key figure's comparisons in words and a symbol: ▲ higher, ▼ lower, = the same (as shown),
 * then "bättre" / "sämre" / "liten skillnad" by the indicator's polarity (not colour alone).
 * Without any comparison in the data, one line says so; nothing is compared with zero.
 */
import { formatDistance, formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { KeyFigureComparison } from "@/domain/metrics/key-figure-comparison";
import { useT } from "@/i18n/i18n";

const SYMBOL = { up: "▲", down: "▼", same: "=" } as const;

export function FigureComparisons({
  comparisons,
  format,
  publishedIn = () => null,
}: {
  comparisons: readonly KeyFigureComparison[];
  format: FormatTag;
  /** The year a period's source was published where it states no year of its own. */
  publishedIn?: ((period: string) => string | null) | undefined;
}) {
  const { t, locale } = useT();
  if (comparisons.length === 0)
    return (
      <p className="figure-card__compare figure-card__compare--none">
        {t("overview.compare.none")}
      </p>
    );
  return (
    <ul className="figure-card__compare">
      {comparisons.map((c) => {
        const published =
          c.kind === "previous" ? publishedIn(c.reference.period) : null;
        return (
          <li key={c.kind}>
            <span className="figure-card__symbol" aria-hidden="true">
              {SYMBOL[c.direction]}
            </span>{" "}
            {t(
              published
                ? `overview.compare.previousPublished.${c.direction}`
                : `overview.compare.${c.kind}.${c.direction}`,
              {
                distance: formatDistance(c.difference, format, locale),
                reference: formatValue(c.reference.value, format, locale),
                period: published ?? formatPeriod(c.reference.period, locale),
              },
            )}
            {c.verdict !== "no-direction" && (
              <>
                {" "}
                <span
                  className={`figure-card__verdict figure-card__verdict--${c.verdict}`}
                >
                  {t(`overview.compare.verdict.${c.verdict}`)}
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
