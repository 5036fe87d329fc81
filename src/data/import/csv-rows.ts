/**
 * Reads the data rows of a CSV file by its plan: one row → one observation per value column.
 * A row error (unknown area, bad year, wrong number of fields) drops the row; a cell error (bad
 * number) drops that value only. Everything is reported with its physical line and column.
 * Distinct cell texts (areas, years, indicators) are resolved once and cached (csv-fields.ts),
 * and numbers take a fast path, so a million rows read in a few hundred milliseconds.
 */
import type { AreaMatcher } from "./area-match";
import type { AreaResult } from "./area-results";
import { CellReader } from "./csv-cells";
import { formulaValue, quoteEn, quoteSv } from "./csv-messages";
import { fieldLines, RowState, type PeriodCell } from "./csv-row-state";
import { CsvFieldReader, type Resolved } from "./csv-fields";
import { RowFilter } from "./csv-row-filter";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import { trimCell, type DecimalMode } from "./numbers";
import type { StatusResult } from "./fields";
import type { ObservationStore } from "./validate";

interface FixedColumn {
  readonly column: ValueColumn;
  readonly period: PeriodCell | null;
}

/** What a row says for all its value columns. */
interface RowKeys {
  readonly area: Extract<AreaResult, { ok: true }>;
  readonly period: PeriodCell | null;
  readonly indicator: string | null;
  readonly unit: string | null;
  readonly label: string | null;
  readonly status: StatusResult | null;
}

export interface RowReaderOptions {
  readonly plan: CsvPlan;
  /** Decimal mode per value column index (csv-import decides it from the sample). */
  readonly modes: ReadonlyMap<number, DecimalMode>;
  readonly matcher: AreaMatcher;
  readonly store: ObservationStore;
  readonly issues: IssueCollector;
  readonly badLines: ReadonlySet<number>;
  readonly headerLine: number;
}

export class CsvRowReader {
  /** Data rows read (non-empty rows below the header, notes excluded). */
  rows = 0;
  private readonly plan: CsvPlan;
  private readonly issues: IssueCollector;
  private readonly matcher: AreaMatcher;
  private readonly columns: FixedColumn[] = [];
  private readonly fields: CsvFieldReader;
  private readonly filter: RowFilter;
  private readonly cells: CellReader;
  private readonly areaHeading: string;
  private readonly row = new RowState();

  constructor(private readonly options: RowReaderOptions) {
    this.plan = options.plan;
    this.cells = new CellReader({
      plan: options.plan,
      modes: options.modes,
      store: options.store,
      issues: options.issues,
    });
    this.issues = options.issues;
    this.matcher = options.matcher;
    this.fields = new CsvFieldReader(
      options.plan,
      options.store,
      options.issues,
    );
    this.filter = new RowFilter(options.plan);
    this.areaHeading = this.plan.headings[this.plan.areaCode] ?? "";
    for (const column of this.plan.values) {
      let period: PeriodCell | null = null;
      if (column.period !== null) {
        const parsed = this.fields.period(column.period);
        if (!parsed.ok) {
          this.issues.add(
            "error",
            "bad-period",
            options.headerLine,
            column.heading,
            parsed.message,
          );
          continue;
        }
        period = parsed.value;
      }
      this.columns.push({ column, period });
    }
  }

  /** One row of fields from papaparse with its physical line. */
  read(fields: readonly string[], line: number, span = 0): void {
    this.fields.fieldLines = span > 0 ? fieldLines(fields, line) : null;
    if (fields.length === 1 && fields[0] === "") return;
    if (this.options.badLines.size > 0 && this.options.badLines.has(line))
      return;
    if (!this.isData(fields, line)) return;
    this.rows++;
    if (this.plan.keep.size > 0 && !this.filter.kept(fields)) return;
    if (!this.fitsHeader(fields, line)) return;
    const keys = this.keys(fields, line);
    if (keys) this.readValues(fields, line, keys);
  }

  /** False for an empty row and for a note (a lone text that is no area). */
  private isData(fields: readonly string[], line: number): boolean {
    const plan = this.plan;
    let filled = 0;
    let only = -1;
    for (let i = 0; i < fields.length && filled < 2; i++) {
      const field = fields[i] ?? "";
      if (field !== "" && trimCell(field) !== "") {
        filled++;
        only = i;
      }
    }
    if (filled === 0) return false;
    if (
      filled === 1 &&
      (only !== plan.areaCode ||
        !this.matcher.resolve(fields[plan.areaCode] ?? "").ok)
    ) {
      const text = trimCell(fields[only] ?? "");
      this.issues.add("info", "note-row", line, null, () => ({
        sv: `Raden innehåller bara texten ${quoteSv(text)} och läses som en anteckning, inte som data.`,
        en: `The line holds only the text ${quoteEn(text)} and is read as a note, not as data.`,
      }));
      return false;
    }
    return true;
  }

  /** False (reported) when the row has too few fields, or too many that are not empty. */
  private fitsHeader(fields: readonly string[], line: number): boolean {
    const plan = this.plan;
    if (fields.length <= plan.required) {
      this.issues.add("error", "too-few-fields", line, null, () => ({
        sv: `Raden har ${fields.length} fält men rubrikraden har ${plan.width}; raden används inte.`,
        en: `The line has ${fields.length} fields but the header has ${plan.width}; the line is not used.`,
      }));
      return false;
    }
    if (fields.length > plan.width && !this.extraFieldsEmpty(fields)) {
      this.issues.add("error", "too-many-fields", line, null, () => ({
        sv: `Raden har ${fields.length} fält men rubrikraden har ${plan.width}, ofta ett decimalkomma eller en avgränsare i ett värde utan citattecken; raden används inte.`,
        en: `The line has ${fields.length} fields but the header has ${plan.width}, often a decimal comma or a delimiter in a value without quotes; the line is not used.`,
      }));
      return false;
    }
    return true;
  }

  private extraFieldsEmpty(fields: readonly string[]): boolean {
    for (let i = this.plan.width; i < fields.length; i++)
      if (trimCell(fields[i] ?? "") !== "") return false;
    return true;
  }

  /** The row's area, year, indicator, unit, label and status; null (reported) on a row error. */
  private keys(fields: readonly string[], line: number): RowKeys | null {
    const { plan, fields: cells } = this;
    const area = this.area(fields, line);
    if (!area) return null;
    const period =
      plan.period === -1
        ? null
        : this.keyValue(
            cells.period(fields[plan.period] ?? ""),
            plan.period,
            line,
          );
    if (period === undefined) return null;
    const indicator =
      plan.indicator === -1
        ? null
        : this.keyValue(
            cells.indicator(fields[plan.indicator] ?? "", line),
            plan.indicator,
            line,
          );
    if (indicator === undefined) return null;
    const text = (index: number) =>
      index === -1 ? null : cells.text(fields[index] ?? "", index, line);
    const unit = text(plan.unit);
    const label = text(plan.label);
    const status =
      plan.status === -1 ? null : cells.status(fields[plan.status] ?? "", line);
    return { area, period, indicator, unit, label, status };
  }

  /** A resolved key cell's value, or undefined when it is refused (reported as a row error). */
  private keyValue<T>(
    result: Resolved<T>,
    index: number,
    line: number,
  ): T | undefined {
    if (result.ok) return result.value;
    this.issues.add(
      "error",
      result.code,
      this.fields.lineOf(index, line),
      this.fields.heading(index),
      result.message,
    );
    return undefined;
  }

  /** The row's area (its note reported once); null (reported) when it is not used. */
  private area(
    fields: readonly string[],
    line: number,
  ): RowKeys["area"] | null {
    const plan = this.plan;
    const areaRaw = fields[plan.areaCode] ?? "";
    const area =
      plan.areaName === -1
        ? plan.areaLevel === "county"
          ? this.matcher.resolveCounty(areaRaw)
          : this.matcher.resolve(areaRaw)
        : this.matcher.resolvePair(areaRaw, fields[plan.areaName] ?? "");
    if (!area.ok) {
      const formula = isFormulaLike(areaRaw);
      this.issues.add(
        "error",
        formula ? "formula-cell" : area.code,
        this.fields.lineOf(plan.areaCode, line),
        this.areaHeading,
        formula ? () => formulaValue(areaRaw) : area.message,
      );
      return null;
    }
    if (area.note)
      this.issues.once(
        area.note.code === "area-by-name"
          ? `${areaRaw}\u0000${fields[plan.areaName] ?? ""}`
          : areaRaw,
        "info",
        area.note.code,
        this.fields.lineOf(plan.areaCode, line),
        this.areaHeading,
        area.note.message,
      );
    return area;
  }

  /** One observation per value column that has a year and an indicator. */
  private readValues(
    fields: readonly string[],
    line: number,
    keys: RowKeys,
  ): void {
    const plan = this.plan;
    const { area } = keys;
    for (const { column, period: fixedPeriod } of this.columns) {
      const period = fixedPeriod ?? keys.period;
      const indicator = column.indicator ?? keys.indicator;
      if (period === null || indicator === null) continue;
      const row = this.row;
      const series =
        plan.gender === -1 && plan.breakdowns.length === 0
          ? null
          : this.fields.series(indicator, fields, line);
      row.area = area.code;
      row.areaIndex = area.index;
      row.indicator =
        series?.name.series ??
        (indicator === "" ? plan.fallbackIndicator : indicator);
      row.breakdown = series?.name.breakdown ?? null;
      row.gender = series?.gender ?? null;
      row.period = period;
      row.unit = keys.unit ?? column.unit;
      row.label = keys.label;
      row.status = keys.status;
      this.cells.read(
        fields[column.index] ?? "",
        this.fields.lineOf(column.index, line),
        column,
        row,
      );
    }
  }

  /** After the last row: the filtered rows and the cells that waited for the whole file. */
  finish(): void {
    this.filter.report(this.issues);
    this.cells.finish();
  }
}
