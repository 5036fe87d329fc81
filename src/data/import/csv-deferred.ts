/**
 * Cells such as "560,000" or "1.234" whose reading waits for the whole file: 560 000 where the
 * column's (else the file's) other cells show comma groups, 560 where they show decimal commas,
 * and otherwise an error (ambiguous-number), never a guess.
 */
import { ambiguousNumber } from "./cell-messages";
import { copyRow, type RowState } from "./csv-row-state";
import type { IssueCollector } from "./issues";
import type { ValueColumn } from "./layouts";
import { FormatEvidence } from "./number-format";
import { type ParsedNumber, singleGroupValue } from "./numbers";

export interface DeferredCell {
  readonly text: string;
  readonly line: number;
  readonly column: ValueColumn;
  readonly row: RowState;
  readonly shape: "single-comma" | "single-point";
}

export class DeferredCells {
  /** Format evidence per value column over every row. */
  private readonly evidence = new Map<number, FormatEvidence>();
  private readonly cells: DeferredCell[] = [];

  /** The evidence of a value column, to add the shape of each of its telling cells. */
  evidenceOf(index: number): FormatEvidence {
    let evidence = this.evidence.get(index);
    if (!evidence) {
      evidence = new FormatEvidence();
      this.evidence.set(index, evidence);
    }
    return evidence;
  }

  /** Keeps a cell (with a copy of its row) until the whole file has been read. */
  wait(cell: DeferredCell): void {
    this.cells.push({ ...cell, row: copyRow(cell.row) });
  }

  /**
   * Reads every waiting cell by its column's evidence (a column without telling cells follows
   * the whole file) and hands it on, or reports it as ambiguous.
   */
  finish(
    issues: IssueCollector,
    use: (cell: DeferredCell, parsed: ParsedNumber) => void,
  ): void {
    if (this.cells.length === 0) return;
    const file = new FormatEvidence();
    for (const evidence of this.evidence.values()) file.addAll(evidence);
    for (const cell of this.cells) {
      const own = this.evidence.get(cell.column.index);
      const evidence = own && !own.empty ? own : file;
      const reading = evidence.readSingle(cell.shape);
      const parsed =
        reading === null ? null : singleGroupValue(cell.text, reading);
      if (parsed === null)
        issues.add(
          "error",
          "ambiguous-number",
          cell.line,
          cell.column.heading,
          () => ambiguousNumber(cell.text, cell.shape, evidence.mixed),
        );
      else use(cell, parsed);
    }
    this.cells.length = 0;
  }
}
