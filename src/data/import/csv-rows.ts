/**
 * Reads the data rows of a CSV file by its plan: one row → one observation per value column.
 * A row error (unknown area, bad year, wrong number of fields) drops the row; a cell error (bad
 * number) drops that value only. Everything is reported with its physical line and column.
 * Distinct cell texts (areas, years, indicators) are resolved once and cached (csv-fields.ts),
 * and numbers take a fast path, so a million rows read in a few hundred milliseconds.
 */
import type { AreaMatcher } from "./area-match";
import { CellReader } from "./csv-cells";
import { fieldLines, RowState, type PeriodCell } from "./csv-row-state";
import { CsvFieldReader } from "./csv-fields";
import type { RowAreaInput } from "./csv-row-area";
import { rowKeys, type RowKeys } from "./csv-row-keys";
import { RowFilter } from "./csv-row-filter";
import { fitsHeader, isDataRow } from "./csv-row-shape";
import type { IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import type { DecimalMode } from "./numbers";
import type { ObservationStore } from "./validate";

interface FixedColumn {
  readonly column: ValueColumn;
  readonly period: PeriodCell | null;
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
  private readonly columns: readonly FixedColumn[];
  private readonly area: RowAreaInput;
  private readonly fields: CsvFieldReader;
  private readonly filter: RowFilter;
  private readonly cells: CellReader;
  private readonly row = new RowState();

  constructor(private readonly options: RowReaderOptions) {
    const { plan, store, issues, matcher } = options;
    this.plan = plan;
    this.issues = issues;
    this.matcher = matcher;
    this.cells = new CellReader(options);
    this.fields = new CsvFieldReader(plan, store, issues);
    this.filter = new RowFilter(plan);
    this.area = {
      plan,
      matcher,
      issues,
      lineOf: (index, line) => this.fields.lineOf(index, line),
    };
    this.columns = this.fixedColumns();
  }

  /** Each value column with the period its heading gives (reported when none can be read). */
  private fixedColumns(): FixedColumn[] {
    const columns: FixedColumn[] = [];
    for (const column of this.plan.values) {
      if (column.period === null) {
        columns.push({ column, period: null });
        continue;
      }
      const parsed = this.fields.period(column.period);
      if (parsed.ok) columns.push({ column, period: parsed.value });
      else
        this.issues.add(
          "error",
          "bad-period",
          this.options.headerLine,
          column.heading,
          parsed.message,
        );
    }
    return columns;
  }

  /** One row of fields from papaparse with its physical line. */
  read(fields: readonly string[], line: number, span = 0): void {
    this.fields.fieldLines = span > 0 ? fieldLines(fields, line) : null;
    if (fields.length === 1 && fields[0] === "") return;
    if (this.options.badLines.size > 0 && this.options.badLines.has(line))
      return;
    if (!isDataRow(fields, line, this.plan, this.matcher, this.issues)) return;
    this.rows++;
    if (this.plan.keep.size > 0 && !this.filter.kept(fields)) return;
    if (!fitsHeader(fields, line, this.plan, this.issues)) return;
    const keys = rowKeys(fields, line, this.fields, this.area);
    if (keys) this.readValues(fields, line, keys);
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
