/**
 * The cells of the ranking table that say more than a number: a kommun's name (a link to its
 * profile, "selected" for screen readers) and the status with its notes and, for a figure per
 * inhabitant, how it was derived.
 */
import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { formatPopulationPeriod } from "@/domain/format-period";
import type { FormatTag } from "@/domain/indicators";
import type { DerivedHow } from "@/domain/metrics/derived";
import { useT } from "@/i18n/i18n";

import { DataNote } from "./data-note";
import type { RankingRow, ReferenceValue } from "./series/ranking-series";

/** A kommun's row, or the county's or Sweden's reference row. */
export type RankingLine =
  | { readonly kind: "kommun"; readonly row: RankingRow }
  | {
      readonly kind: "reference";
      readonly label: string;
      readonly ref: ReferenceValue;
    };

export interface KommunLink {
  readonly href: (code: AreaCode) => string;
  readonly open: (code: AreaCode) => void;
}

export function KommunName({
  row,
  link,
}: {
  row: RankingRow;
  link: KommunLink | undefined;
}) {
  const { t } = useT();
  return (
    <>
      {link ? (
        <a
          href={link.href(row.code)}
          onClick={(event) => {
            event.preventDefault();
            link.open(row.code);
          }}
        >
          {row.name}
        </a>
      ) : (
        row.name
      )}
      {row.highlighted && (
        <span className="visually-hidden"> ({t("chart.selected")})</span>
      )}
    </>
  );
}

/** How a figure per inhabitant was derived: the source value and the population. */
function DerivedNote({
  derived,
  format,
}: {
  derived: DerivedHow;
  format: FormatTag;
}) {
  const { t, locale } = useT();
  return (
    <span className="table-note">
      {t("chart.derivedPerCapita", {
        value: formatValue(derived.numerator, format, locale),
        population: formatValue(derived.denominator, "num0", locale),
        populationPeriod: formatPopulationPeriod(derived, locale),
      })}
    </span>
  );
}

/** The status, "derived" when it is, the notes, and how a derived figure was computed. */
export function RankingStatus({
  line,
  format,
}: {
  line: RankingLine;
  /** The indicator's own format (the source value's). */
  format: FormatTag;
}) {
  const { t } = useT();
  if (line.kind === "reference") {
    const { ref } = line;
    return (
      <>
        {t(`status.${ref.status}`)}
        {ref.derived && ` · ${t("chart.derived")}`}
        {ref.observation.note !== "" && (
          <DataNote note={ref.observation.note} />
        )}
        {ref.derived && <DerivedNote derived={ref.derived} format={format} />}
      </>
    );
  }
  const r = line.row;
  return (
    <>
      {t(`status.${r.status}`)}
      {r.derived && ` · ${t("chart.derived")}`}
      {r.reason && <DataNote note={r.reason} />}
      {r.reason === null && r.note !== "" && <DataNote note={r.note} />}
      {r.derived && <DerivedNote derived={r.derived} format={format} />}
    </>
  );
}
