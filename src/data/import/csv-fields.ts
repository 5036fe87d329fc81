/**
 * The key cells of a CSV row (year, indicator, gender and breakdowns; text and status cells in
 * csv-text-cells.ts), resolved once per distinct text and cached: rows come in runs of the same
 * year or indicator, so the last one is compared before hashing. Problems are reported with the
 * physical line.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { PeriodCell } from "./csv-row-state";
import { TextCells } from "./csv-text-cells";
import { normaliseGender, parsePeriod, type StatusResult } from "./fields";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan } from "./layouts";
import { trimCell } from "./numbers";
import { SeriesNamer, type SeriesName } from "./series";
import type { ObservationStore } from "./validate";

export type Resolved<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly message: ImportMessage;
      readonly code: string;
    };

export class CsvFieldReader {
  /** Line of each field when the row spans several lines (quoted newlines), else null. */
  fieldLines: number[] | null = null;
  private readonly periodCache = new Map<string, Resolved<PeriodCell>>();
  private readonly indicatorCache = new Map<string, Resolved<string>>();
  private readonly genderCache = new Map<string, string | null>();
  private readonly texts: TextCells;
  private readonly namer = new SeriesNamer();
  private lastPeriodRaw = "";
  private lastPeriod: Resolved<PeriodCell> | null = null;
  private lastIndicatorRaw = "";
  private lastIndicator: Resolved<string> | null = null;

  constructor(
    private readonly plan: CsvPlan,
    private readonly store: ObservationStore,
    private readonly issues: IssueCollector,
  ) {
    this.texts = new TextCells(plan, issues, this);
  }

  /** The physical line of a field of the current row. */
  lineOf(index: number, line: number): number {
    return this.fieldLines?.[index] ?? line;
  }

  heading(index: number): string | null {
    return index === -1 ? null : (this.plan.headings[index] ?? null);
  }

  period(raw: string): Resolved<PeriodCell> {
    // Rows come in runs of the same year or indicator: compare before hashing.
    if (raw === this.lastPeriodRaw && this.lastPeriod) return this.lastPeriod;
    this.lastPeriodRaw = raw;
    this.lastPeriod = this.periodUncached(raw);
    return this.lastPeriod;
  }

  private periodUncached(raw: string): Resolved<PeriodCell> {
    let cached = this.periodCache.get(raw);
    if (!cached) {
      const text = trimCell(raw);
      const parsed = parsePeriod(text);
      if (parsed.ok) {
        if (parsed.note)
          this.issues.once(
            text,
            "info",
            "period-normalised",
            null,
            null,
            parsed.note,
          );
        cached = {
          ok: true,
          value: {
            period: parsed.period,
            index: this.store.period(parsed.period),
          },
        };
      } else {
        cached = {
          ok: false,
          code: isFormulaLike(raw) ? "formula-cell" : "bad-period",
          message: parsed.message,
        };
      }
      this.periodCache.set(raw, cached);
    }
    return cached;
  }

  /** A text cell (indicator, unit, label): trimmed, NFC; formula-like text is kept and reported. */
  text(raw: string, index: number, line: number): string | null {
    return this.texts.text(raw, index, line);
  }

  /** A status cell: a status word, a statistical symbol, empty or unknown (reported). */
  status(raw: string, line: number): StatusResult {
    return this.texts.status(raw, line);
  }

  indicator(raw: string, line: number): Resolved<string> {
    if (raw === this.lastIndicatorRaw && this.lastIndicator)
      return this.lastIndicator;
    this.lastIndicatorRaw = raw;
    this.lastIndicator = this.indicatorUncached(raw, line);
    return this.lastIndicator;
  }

  private indicatorUncached(raw: string, line: number): Resolved<string> {
    let cached = this.indicatorCache.get(raw);
    if (!cached) {
      const text = this.text(raw, this.plan.indicator, line);
      cached =
        text === null
          ? {
              ok: false,
              code: "missing-indicator",
              message: { key: "missingIndicator" },
            }
          : { ok: true, value: text };
      this.indicatorCache.set(raw, cached);
    }
    return cached;
  }

  /** The row's series (indicator and breakdown values) and its gender (T/K/M). */
  series(
    indicator: string,
    fields: readonly string[],
    line: number,
  ): { readonly name: SeriesName; readonly gender: string | null } {
    const { gender: genderColumn, breakdowns } = this.plan;
    let gender: string | null = null;
    if (genderColumn !== -1) {
      const raw = fields[genderColumn] ?? "";
      let cached = this.genderCache.get(raw);
      if (cached === undefined) {
        const text = this.text(raw, genderColumn, line);
        cached = text === null ? null : normaliseGender(text);
        this.genderCache.set(raw, cached);
      }
      gender = cached;
    }
    if (breakdowns.length === 0 && gender === null)
      return {
        name: this.namer.name(indicator, [], null, this.plan.fallbackIndicator),
        gender,
      };
    const parts: (readonly [string, string])[] = [];
    for (const index of breakdowns) {
      const text = this.text(fields[index] ?? "", index, line);
      parts.push([this.plan.headings[index] ?? "", text ?? ""]);
    }
    const name = this.namer.name(
      indicator,
      parts,
      gender === null ? null : [this.plan.headings[genderColumn] ?? "", gender],
      this.plan.fallbackIndicator,
    );
    return { name, gender };
  }
}
