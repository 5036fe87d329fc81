/**
 * The value cells of a CSV row: statistical symbols, numbers in the column's decided format
 * (numbers.ts), cells such as "560,000" that wait for the whole file's evidence
 * (csv-deferred.ts), then the checks against the row's unit and status and the observation
 * store (csv-commit.ts). Every refused cell is reported with its physical line and column;
 * nothing is ever partly read.
 */
import { badNumber } from "./cell-messages";
import { commitCell } from "./csv-commit";
import { DeferredCells } from "./csv-deferred";
import type { RowState } from "./csv-row-state";
import { clip } from "./clip";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import { numberShape } from "./number-format";
import {
  type DecimalMode,
  type ParsedNumber,
  parseNumber,
  trimCell,
} from "./numbers";
import type { ImportStatus } from "./report-types";
import { symbolMeaning } from "./symbols";
import type { ObservationStore } from "./validate";

export interface CellReaderOptions {
  readonly plan: CsvPlan;
  /** Decimal mode per value column index (csv-import decides it from the sample). */
  readonly modes: ReadonlyMap<number, DecimalMode>;
  readonly store: ObservationStore;
  readonly issues: IssueCollector;
}

const ZERO: ParsedNumber = { value: 0, unit: null };

export class CellReader {
  private readonly deferred = new DeferredCells();

  constructor(private readonly options: CellReaderOptions) {}

  /** One value cell of the current row. */
  read(raw: string, line: number, column: ValueColumn, row: RowState): void {
    const text = trimCell(raw);
    let parsed: ParsedNumber | null = null;
    let status: ImportStatus = "reported";
    let symbol: string | null = null;
    const meaning = symbolMeaning(text);
    if (meaning !== null) {
      symbol = text;
      if (meaning.dash && this.options.plan.dashIsZero) {
        parsed = ZERO;
        this.dashInfo("dash-zero", "dash-as-nil", text, line, column);
      } else {
        status = meaning.status;
        if (meaning.dash)
          this.dashInfo("dash", "dash-as-zero", text, line, column);
      }
    } else {
      const shape = numberShape(text);
      if (shape === "single-comma" || shape === "single-point") {
        this.deferred.wait({ text, line, column, row, shape });
        return;
      }
      if (shape !== "plain") this.deferred.evidenceOf(column.index).add(shape);
      const mode = this.options.modes.get(column.index) ?? "comma";
      parsed = parseNumber(text, mode);
      if (parsed === null) {
        const code = isFormulaLike(raw) ? "formula-cell" : "bad-number";
        this.options.issues.add("error", code, line, column.heading, () =>
          badNumber(raw, text, mode),
        );
        return;
      }
    }
    commitCell(this.options, {
      text,
      line,
      column,
      row,
      parsed,
      status,
      symbol,
    });
  }

  /** After the last row: the cells that waited for the file's evidence. */
  finish(): void {
    this.deferred.finish(this.options.issues, (cell, parsed) => {
      commitCell(this.options, {
        ...cell,
        parsed,
        status: "reported",
        symbol: null,
      });
    });
  }

  /** A dash read as zero (PxWeb) or as missing, reported once per file. */
  private dashInfo(
    key: "dash" | "dash-zero",
    code: "dash-as-zero" | "dash-as-nil",
    text: string,
    line: number,
    column: ValueColumn,
  ): void {
    this.options.issues.once(key, "info", code, line, column.heading, {
      key: key === "dash" ? "dashMissing" : "dashNil",
      params: { text: clip(text) },
    });
  }
}
