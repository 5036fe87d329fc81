/**
 * Finansiering's agreements by year and recipient, with the sums per recipient, the total the
 * source's text states, and the joint county effort. Pure: no React, no pixels. Every derived
 * figure comes from domain/metrics/derived; the indicator ids are domain/indicator-roles'.
 */
import { COUNTY_CODE } from "@/domain/areas";
import { AGREEMENT_ROLES } from "@/domain/indicator-roles";
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { differenceFrom, sumOfValues } from "@/domain/metrics/derived";
import { comparePeriods, type Observation } from "@/domain/observations";

export const RECIPIENTS = ["region", "kommuner", "lansgemensamt"] as const;
export type Recipient = (typeof RECIPIENTS)[number];

const { recipients, statedTotal, jointEffort } = AGREEMENT_ROLES;

/**
 * A row's recipient was inferred by the transcriber: its locator says "(tolkad)" or its note says
 * the column was interpreted ("tolkade i kolumnordning", "Kolumnen framgår inte").
 */
export function isInferred(o: Observation): boolean {
  return /\(tolkad\)|tolkade i kolumnordning|kolumnen framgår inte/i.test(
    `${o.locator} ${o.note}`,
  );
}

interface AgreementRow {
  readonly breakdown: string;
  readonly label: LocalText;
  readonly recipient: Recipient;
  readonly value: number;
  readonly inferred: boolean;
  readonly observation: Observation;
}

export interface AgreementYear {
  readonly period: string;
  readonly rows: readonly AgreementRow[];
  /** Sum of the rows per recipient (beräknat); null when the year has no row for it. */
  readonly byRecipient: Readonly<Record<Recipient, number | null>>;
  /** Sum of all rows (beräknat). */
  readonly rowSum: number | null;
  /** The total the source's text states, in mnkr as printed, or null. */
  readonly stated: number | null;
  readonly statedObservation: Observation | null;
  /** rowSum − stated total in kr (beräknat); 0 when they agree exactly. */
  readonly statedDifference: number | null;
  /** True when any row's recipient is inferred (2023). */
  readonly inferred: boolean;
}

export interface AgreementSeries {
  readonly years: readonly AgreementYear[];
  readonly joint: readonly Observation[];
}

const MNKR = 1e6;

/** The county's rows per period by recipient, and the stated total per period. */
function countyRows(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
): { rows: Map<string, AgreementRow[]>; stated: Map<string, Observation> } {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = new Map<string, AgreementRow[]>();
  const stated = new Map<string, Observation>();
  for (const o of observations) {
    if (o.area !== COUNTY_CODE) continue;
    if (o.indicator === statedTotal && o.breakdown === "") {
      stated.set(o.period, o);
      continue;
    }
    const recipient = RECIPIENTS.find((r) => recipients[r] === o.indicator);
    if (!recipient || o.value === null) continue;
    const label = byId.get(o.indicator)?.breakdowns[o.breakdown] ?? {
      sv: o.breakdown,
      en: o.breakdown,
    };
    rows.set(o.period, [
      ...(rows.get(o.period) ?? []),
      {
        breakdown: o.breakdown,
        label: { sv: label.sv, en: label.en },
        recipient,
        value: o.value,
        inferred: isInferred(o),
        observation: o,
      },
    ]);
  }
  return { rows, stated };
}

/** One year: its rows, their sums (beräknat) and the stated total. */
function agreementYear(
  period: string,
  list: readonly AgreementRow[],
  statedObservation: Observation | null,
): AgreementYear {
  const sumFor = (r: Recipient): number | null => {
    const values = list.filter((x) => x.recipient === r).map((x) => x.value);
    return values.length === 0 ? null : sumOfValues(values);
  };
  const rowSum = sumOfValues(list.map((x) => x.value));
  const statedValue = statedObservation?.value ?? null;
  return {
    period,
    rows: list,
    byRecipient: {
      region: sumFor("region"),
      kommuner: sumFor("kommuner"),
      lansgemensamt: sumFor("lansgemensamt"),
    },
    rowSum,
    stated: statedValue,
    statedObservation,
    statedDifference: differenceFrom(
      rowSum,
      statedValue === null ? null : statedValue * MNKR,
    ),
    inferred: list.some((x) => x.inferred),
  };
}

/** Agreements per year, oldest first, with sums per recipient and the stated totals. */
export function buildAgreementSeries(
  observations: readonly Observation[],
  indicators: readonly Indicator[],
): AgreementSeries {
  const { rows, stated } = countyRows(observations, indicators);
  const periods = [...new Set([...rows.keys(), ...stated.keys()])].sort(
    comparePeriods,
  );
  const years = periods.map((period) =>
    agreementYear(period, rows.get(period) ?? [], stated.get(period) ?? null),
  );
  const joint = observations
    .filter(
      (o) =>
        o.area === COUNTY_CODE &&
        o.indicator === jointEffort &&
        o.breakdown === "",
    )
    .sort((a, b) => comparePeriods(a.period, b.period));
  return { years, joint };
}
