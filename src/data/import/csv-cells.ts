/**
 * The value cells of a CSV row: statistical symbols, numbers in the column's decided format
 * (numbers.ts), cells such as "560,000" that wait for the whole file's evidence, units written
 * in cells, status columns, and then the observation store. Every refused cell is reported with
 * its physical line and column; nothing is ever partly read.
 */
import {
  ambiguousMessage,
  badNumber,
  conflictingStatus,
  dashMissing,
  dashNil,
  unitHint,
  unitMismatch,
} from "./csv-messages";
import { RowState } from "./csv-row-state";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import {
  type DecimalMode,
  type ParsedNumber,
  parseNumber,
  singleGroupValue,
  trimCell,
} from "./numbers";
import { symbolMeaning } from "./symbols";
import { FormatEvidence, numberShape } from "./number-format";
import type { ImportStatus } from "./report-types";
import type { ObservationStore } from "./validate";

interface DeferredCell {
  readonly text: string;
  readonly raw: string;
  readonly line: number;
  readonly column: ValueColumn;
  readonly row: RowState;
  readonly shape: "single-comma" | "single-point";
}

export interface CellReaderOptions {
  readonly plan: CsvPlan;
  /** Decimal mode per value column index (csv-import decides it from the sample). */
  readonly modes: ReadonlyMap<number, DecimalMode>;
  readonly store: ObservationStore;
  readonly issues: IssueCollector;
}

export class CellReader {
  private readonly plan: CsvPlan;
  private readonly issues: IssueCollector;
  private readonly store: ObservationStore;
  /** Format evidence per value column over every row (decides "560,000" and "1.234"). */
  private readonly evidence = new Map<number, FormatEvidence>();
  /** Cells whose reading waits for the whole file's evidence: "560,000", "1.234". */
  private readonly deferred: DeferredCell[] = [];

  constructor(private readonly options: CellReaderOptions) {
    this.plan = options.plan;
    this.issues = options.issues;
    this.store = options.store;
  }

  /** One value cell of the current row. */
  read(raw: string, line: number, column: ValueColumn, row: RowState): void {
    const text = trimCell(raw);
    let parsed: ParsedNumber | null = null;
    let status: ImportStatus = "reported";
    let symbol: string | null = null;
    const meaning = symbolMeaning(text);
    if (meaning !== null) {
      symbol = text;
      if (meaning.dash && this.plan.dashIsZero) {
        parsed = ZERO;
        this.dashZeroInfo(text, line, column.heading);
      } else {
        status = meaning.status;
        if (meaning.dash) this.dashInfo(text, line, column.heading);
      }
    } else {
      const shape = numberShape(text);
      if (shape === "single-comma" || shape === "single-point") {
        this.deferred.push({
          text,
          raw,
          line,
          column,
          row: copyRow(row),
          shape,
        });
        return;
      }
      if (shape !== "plain") this.evidenceOf(column.index).add(shape);
      parsed = parseNumber(
        text,
        this.options.modes.get(column.index) ?? "comma",
      );
      if (parsed === null) {
        this.issues.add(
          "error",
          this.numberCode(raw),
          line,
          column.heading,
          () =>
            badNumber(
              raw,
              text,
              this.options.modes.get(column.index) ?? "comma",
            ),
        );
        return;
      }
    }
    this.commit(text, line, column, row, parsed, status, symbol);
  }

  private evidenceOf(index: number): FormatEvidence {
    let evidence = this.evidence.get(index);
    if (!evidence) {
      evidence = new FormatEvidence();
      this.evidence.set(index, evidence);
    }
    return evidence;
  }

  /**
   * After the last row: reads the cells that waited for the file's evidence ("560,000" is
   * 560 000 where other cells show comma groups, 560 where they show decimal commas) or reports
   * them as ambiguous. A column without telling cells follows the whole file.
   */
  finish(): void {
    if (this.deferred.length === 0) return;
    const file = new FormatEvidence();
    for (const evidence of this.evidence.values()) file.addAll(evidence);
    for (const cell of this.deferred) {
      const own = this.evidence.get(cell.column.index);
      const evidence = own && !own.empty ? own : file;
      const reading = evidence.readSingle(cell.shape);
      const parsed =
        reading === null ? null : singleGroupValue(cell.text, reading);
      if (parsed === null) {
        this.issues.add(
          "error",
          "ambiguous-number",
          cell.line,
          cell.column.heading,
          () => ambiguousMessage(cell.text, cell.shape, evidence.mixed),
        );
        continue;
      }
      this.commit(
        cell.text,
        cell.line,
        cell.column,
        cell.row,
        parsed,
        "reported",
        null,
      );
    }
    this.deferred.length = 0;
  }

  private commit(
    text: string,
    line: number,
    column: ValueColumn,
    row: RowState,
    parsed: ParsedNumber | null,
    cellStatus: ImportStatus,
    cellSymbol: string | null,
  ): void {
    let value: number | null = null;
    let status = cellStatus;
    let symbol = cellSymbol;
    let unit = row.unit;
    if (parsed !== null) {
      value = parsed.value === 0 ? 0 : parsed.value;
      if (parsed.unit !== null) {
        if (unit === null) {
          unit = parsed.unit;
          const hint = parsed.unit;
          this.issues.once(
            `${column.heading}\u0000${hint}`,
            "info",
            "unit-hint",
            line,
            column.heading,
            unitHint(column.heading, hint),
          );
        } else if (!unitAgrees(unit, parsed.unit)) {
          const declared = unit;
          const hint = parsed.unit;
          this.issues.add("error", "unit-mismatch", line, column.heading, () =>
            unitMismatch(text, hint, declared),
          );
          return;
        }
      }
    }
    const rowStatus = row.status;
    if (
      rowStatus !== null &&
      rowStatus.kind !== "none" &&
      rowStatus.kind !== "unknown"
    ) {
      if (rowStatus.kind === "symbol") {
        if (value !== null) {
          this.statusConflict(line, column.heading, text, rowStatus.status);
          return;
        }
        status = rowStatus.status;
        if (rowStatus.symbol !== null) symbol = rowStatus.symbol;
      } else if (value === null && (symbol === null || symbol === "")) {
        this.statusConflict(line, column.heading, text, "reported");
        return;
      }
    }
    const indicatorIndex = this.store.indicator(row.indicator, unit, row.label);
    this.store.add(
      {
        area: row.area,
        indicator: row.indicator,
        period: row.period.period,
        value,
        status,
        symbol,
        unit,
        gender: row.gender,
        breakdown: row.breakdown,
        line,
      },
      row.areaIndex,
      indicatorIndex,
      row.period.index,
      column.heading,
    );
  }

  private statusConflict(
    line: number,
    heading: string,
    text: string,
    status: ImportStatus,
  ): void {
    this.issues.add("error", "status-conflict", line, heading, () =>
      conflictingStatus(text, status),
    );
  }

  private dashInfo(text: string, line: number, heading: string): void {
    this.issues.once(
      "dash",
      "info",
      "dash-as-zero",
      line,
      heading,
      dashMissing(text),
    );
  }

  private dashZeroInfo(text: string, line: number, heading: string): void {
    this.issues.once(
      "dash-zero",
      "info",
      "dash-as-nil",
      line,
      heading,
      dashNil(text),
    );
  }

  private numberCode(raw: string): string {
    if (isFormulaLike(raw)) return "formula-cell";
    return "bad-number";
  }
}

const ZERO: ParsedNumber = { value: 0, unit: null };

function copyRow(row: RowState): RowState {
  const copy = new RowState();
  Object.assign(copy, row);
  return copy;
}

/** Whether a unit written in a cell ("%", "kr") fits the declared unit. */
function unitAgrees(declared: string, hint: "%" | "kr"): boolean {
  const unit = declared.toLowerCase();
  if (hint === "%") return /%|procent|percent/.test(unit);
  return /\bkr\b|kronor|\bsek\b|tkr|mnkr|kr\//.test(unit);
}
