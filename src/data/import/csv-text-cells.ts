/**
 * Text and status cells of a CSV row, read once per distinct text: text is trimmed and NFC,
 * soft hyphens (Socialstyrelsen) become "-" next to digits, formula-like text is kept as text and
 * reported; a status cell is a status word, a statistical symbol, empty or unknown (reported).
 */
import { clip } from "./clip";
import { parseStatus, type StatusResult } from "./fields";
import { isFormulaLike } from "./formula";
import type { IssueCollector } from "./issues";
import type { CsvPlan } from "./layouts";
import { trimCell } from "./numbers";

/** Where a field of the current row is: its column's heading and its physical line. */
export interface FieldPlace {
  heading(index: number): string | null;
  lineOf(index: number, line: number): number;
}

/** Soft hyphens next to a digit ("\u00ad24 år", "25\u00ad29 år") mean "-"; elsewhere nothing. */
function withoutSoftHyphens(text: string): string {
  return text
    .replace(/\u00ad(?=\d)|(?<=\d)\u00ad/g, "-")
    .replace(/\u00ad/g, "");
}

export class TextCells {
  private readonly textCache = new Map<string, string | null>();
  private readonly statusCache = new Map<string, StatusResult>();

  constructor(
    private readonly plan: CsvPlan,
    private readonly issues: IssueCollector,
    private readonly place: FieldPlace,
  ) {}

  /** A text cell (indicator, unit, label); null when empty. */
  text(raw: string, index: number, line: number): string | null {
    const cached = this.textCache.get(raw);
    if (cached !== undefined) return cached;
    let text = trimCell(raw).normalize("NFC");
    const column = this.place.heading(index);
    const at = this.place.lineOf(index, line);
    if (text.includes("\u00ad")) {
      const before = text;
      text = withoutSoftHyphens(text);
      this.issues.once("soft-hyphen", "info", "soft-hyphen", at, column, {
        key: "softHyphens",
        params: {
          before: clip(before.replace(/\u00ad/g, "[SHY]")),
          text: clip(text),
        },
      });
    }
    const value = text === "" ? null : text;
    if (isFormulaLike(raw))
      this.issues.once(
        `${index}\u0000${raw}`,
        "warning",
        "formula-cell",
        at,
        column,
        { key: "formulaText", params: { text: clip(raw) } },
      );
    this.textCache.set(raw, value);
    return value;
  }

  /** The row's status cell. */
  status(raw: string, line: number): StatusResult {
    let cached = this.statusCache.get(raw);
    if (cached) return cached;
    const text = trimCell(raw);
    cached = parseStatus(text);
    const column = this.place.heading(this.plan.status);
    const params = { text: clip(text) };
    if (cached.kind === "unknown")
      this.issues.once(text, "warning", "unknown-status", line, column, {
        key: "unknownStatus",
        params,
      });
    else if (cached.kind === "reported" && cached.note !== null)
      this.issues.once(text, "info", "status-mapped", line, column, {
        key: "statusMapped",
        params,
      });
    this.statusCache.set(raw, cached);
    return cached;
  }
}
