/** The agreements as a table: each recipient's rows per year, the derived sums and the stated total. */
import { DataNote } from "@/charts/data-note";
import {
  RECIPIENTS,
  type AgreementYear,
} from "@/charts/series/agreement-series";
import { formatNumber, formatValue } from "@/domain/format";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { RECIPIENT_KEY } from "./agreements-text";
import { LinesTable, type Line } from "./lines-table";

const COLUMNS = [
  "year",
  "area",
  "recipient",
  "amount",
  "note",
  "source",
] as const;
type ColumnId = (typeof COLUMNS)[number];

export function AgreementsTable({
  years,
  caption,
  locate,
}: {
  years: readonly AgreementYear[];
  caption: string;
  locate: Locate;
}) {
  const { t, locale } = useT();
  return (
    <LinesTable
      caption={caption}
      columns={COLUMNS}
      headers={{
        year: t("funding.colYear"),
        area: t("funding.colArea"),
        recipient: t("funding.colRecipient"),
        amount: t("funding.colAmount"),
        note: t("funding.colNote"),
        source: t("funding.colSource"),
      }}
      numeric={(id) => id === "amount"}
      rowHeader="area"
      body={{
        groups: years.map((y) => ({
          key: y.period,
          rows: yearLines(y, t, locale, locate),
        })),
      }}
    />
  );
}

type Locate = (o: { sourceId: string; locator: string }) => string;

/** A year's lines: its agreement rows, the derived sums per recipient and in all, the stated total. */
function yearLines(
  y: AgreementYear,
  t: Translate,
  locale: UiLocale,
  locate: Locate,
): Line<ColumnId>[] {
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  const inferred = (yes: boolean): string =>
    yes ? ` (${t("funding.inferred")})` : "";
  const year = { year: y.period, reference: true } as const;
  const derived = { note: t("funding.derived"), source: "–" } as const;
  const out: Line<ColumnId>[] = y.rows.map((r) => ({
    ...year,
    key: `${r.recipient}-${r.breakdown}`,
    reference: false,
    area: r.label[locale],
    recipient: t(RECIPIENT_KEY[r.recipient]) + inferred(r.inferred),
    amount: kr(r.value),
    note: r.observation.note !== "" && <DataNote note={r.observation.note} />,
    source: locate(r.observation),
  }));
  for (const rec of RECIPIENTS) {
    const v = y.byRecipient[rec];
    if (v === null) continue;
    out.push({
      ...year,
      ...derived,
      key: `sum-${rec}`,
      area: t("funding.rowSum"),
      recipient: t(RECIPIENT_KEY[rec]) + inferred(y.inferred),
      amount: kr(v),
    });
  }
  out.push({
    ...year,
    ...derived,
    key: "sum",
    area: t("funding.rowSum"),
    recipient: t("funding.total"),
    amount: y.rowSum === null ? "–" : kr(y.rowSum),
  });
  if (y.statedObservation && y.stated !== null)
    out.push({
      ...year,
      key: "stated",
      area: t("funding.statedTotal"),
      recipient: t("funding.total"),
      amount: t("funding.statedMillions", {
        value: formatNumber(
          y.stated,
          Number.isInteger(y.stated) ? 0 : 1,
          locale,
        ),
      }),
      note: <DataNote note={y.statedObservation.note} />,
      source: locate(y.statedObservation),
    });
  return out;
}
