/**
 * What the observation rows decide about the catalogue: an indicator is published only once some
 * row of it has a value or a range (so no picker offers an indicator without data), and a period
 * the source does not state (`period_unstated` on the rows) gets the period label that says so.
 */
import Papa from "papaparse";

import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";
import {
  countyOnlyPeriodLabel,
  unstatedPeriodLabel,
} from "../../../src/domain/unstated-period";

import { type Built, type Row, trailingFields } from "./common";

const rowsOf = (content: string): Row[] =>
  Papa.parse<Row>(content, { header: true, skipEmptyLines: true }).data;

/** A row that gives something to show: a value, or the range the value lies in. */
const hasFigure = (r: Row): boolean =>
  r.value !== "" || (r.low !== "" && r.high !== "");

/** The label of one period of one indicator, or null when the source states the period. */
function unstatedLabel(
  id: string,
  period: string,
  rows: readonly Row[],
): LocalText | null {
  const unstated = rows.filter((r) => (r.period_unstated ?? "") !== "");
  const [first] = unstated;
  if (!first) return null;
  const published = first.period_unstated ?? "";
  if (unstated.some((r) => r.period_unstated !== published)) {
    throw new Error(
      `${id} ${period}: the rows without a stated period give different publication years.`,
    );
  }
  const stated = rows.filter((r) => !unstated.includes(r));
  if (stated.length === 0) return unstatedPeriodLabel(published);
  if (
    stated.every((r) => r.area_code === "01") &&
    unstated.every((r) => r.area_code.length === 4)
  ) {
    return countyOnlyPeriodLabel(period, published);
  }
  throw new Error(
    `${id} ${period}: some rows state the period and others do not, other than the county against its kommuner; say in data-src which is which.`,
  );
}

function withUnstatedLabels(i: Indicator, rows: readonly Row[]): Indicator {
  const labels: Record<string, LocalText> = { ...i.periodLabels };
  for (const period of new Set(rows.map((r) => r.period))) {
    const label = unstatedLabel(
      i.id,
      period,
      rows.filter((r) => r.period === period),
    );
    if (!label) continue;
    if (labels[period]) {
      throw new Error(
        `${i.id} ${period}: the catalogue entry labels a period the rows say the source does not state.`,
      );
    }
    labels[period] = label;
  }
  if (Object.keys(labels).length === 0) return i;
  const rest = Object.fromEntries(
    Object.entries(i).filter(([k]) => k !== "periodLabels" && k !== "breaks"),
  ) as Indicator;
  return {
    ...rest,
    ...trailingFields({ periodLabels: labels, breaks: i.breaks }),
  };
}

/**
 * The catalogue's indicators from what the builders made: those with a value or range somewhere
 * (`withheld` lists the others), each with the labels of the periods its source does not state.
 */
export function catalogueIndicators(built: readonly Built[]): {
  indicators: Indicator[];
  withheld: string[];
} {
  const byIndicator = new Map<string, Row[]>();
  for (const b of built) {
    if (b.format !== "csv") continue;
    for (const r of rowsOf(b.content)) {
      const list = byIndicator.get(r.indicator_id) ?? [];
      list.push(r);
      byIndicator.set(r.indicator_id, list);
    }
  }
  const indicators: Indicator[] = [];
  const withheld: string[] = [];
  for (const i of built.flatMap((b) => b.indicators)) {
    const rows = byIndicator.get(i.id) ?? [];
    if (rows.some(hasFigure)) indicators.push(withUnstatedLabels(i, rows));
    else withheld.push(i.id);
  }
  return { indicators, withheld };
}
