/**
 * The value cells of a CSV row: statistical symbols, numbers in the column's decided format
 * (numbers.ts), cells such as "560,000" that wait for the whole file's evidence, units written
 * in cells, status columns, and then the observation store. Every refused cell is reported with
 * its physical line and column; nothing is ever partly read.
 */
import type { LocalText } from "@/domain/local-text";

import type { StatusResult } from "./fields";
import { isFormulaLike } from "./formula";
import { clip, type IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import {
  FormatEvidence,
  numberShape,
  otherModeNumber,
  parseNumber,
  singleGroupValue,
  symbolMeaning,
  trimCell,
  type DecimalMode,
  type ParsedNumber,
} from "./numbers";
import type { ImportStatus } from "./report-types";
import type { Breakdown } from "./series";
import type { ObservationStore } from "./validate";

export interface PeriodCell {
  readonly period: string;
  readonly index: number;
}

/** The current row's resolved cells, reused for every row (no allocation per value). */
export class RowState {
  area = "";
  areaIndex = 0;
  indicator = "";
  period: PeriodCell = { period: "", index: 0 };
  unit: string | null = null;
  label: string | null = null;
  gender: string | null = null;
  breakdown: Breakdown | null = null;
  status: StatusResult | null = null;
}

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

export function quoteSv(text: string): string {
  return `”${clip(text)}”`;
}
export function quoteEn(text: string): string {
  return `“${clip(text)}”`;
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
          () => this.numberMessage(raw, text, column.index),
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
            {
              sv: `Värdena i kolumnen ${quoteSv(column.heading)} skrivs med ${quoteSv(hint)}; det tas som enhet.`,
              en: `The values in the column ${quoteEn(column.heading)} are written with ${quoteEn(hint)}; that is taken as the unit.`,
            },
          );
        } else if (!unitAgrees(unit, parsed.unit)) {
          const declared = unit;
          const hint = parsed.unit;
          this.issues.add(
            "error",
            "unit-mismatch",
            line,
            column.heading,
            () => ({
              sv: `Värdet ${quoteSv(text)} har enheten ${quoteSv(hint)} men enheten är ${quoteSv(declared)}; värdet används inte.`,
              en: `The value ${quoteEn(text)} has the unit ${quoteEn(hint)} but the unit is ${quoteEn(declared)}; the value is not used.`,
            }),
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
    this.issues.add("error", "status-conflict", line, heading, () => ({
      sv: `Värdet ${quoteSv(text)} stämmer inte med statusen (${status === "reported" ? "rapporterat" : status === "missing" ? "saknas" : "skyddat"}); värdet används inte.`,
      en: `The value ${quoteEn(text)} does not agree with the status (${status}); the value is not used.`,
    }));
  }

  private dashInfo(text: string, line: number, heading: string): void {
    this.issues.once("dash", "info", "dash-as-zero", line, heading, {
      sv: `Tecknet ${quoteSv(text)} betyder i vissa källor noll och i andra att uppgift saknas. Det läses som saknat värde (aldrig som 0) och tecknet sparas; ange 0 om du menar noll.`,
      en: `The sign ${quoteEn(text)} means zero in some sources and “no figure” in others. It is read as a missing value (never as 0) and the sign is kept; write 0 if you mean zero.`,
    });
  }

  private dashZeroInfo(text: string, line: number, heading: string): void {
    this.issues.once("dash-zero", "info", "dash-as-nil", line, heading, {
      sv: `Filen är en export från SCB:s statistikdatabas (PxWeb), där ${quoteSv(text)} betyder noll (”inget att redovisa”). Sådana celler läses som 0 och tecknet sparas.`,
      en: `The file is an export from SCB's database (PxWeb), where ${quoteEn(text)} means nil (“nothing to report”). Such cells are read as 0 and the sign is kept.`,
    });
  }

  private numberCode(raw: string): string {
    if (isFormulaLike(raw)) return "formula-cell";
    return "bad-number";
  }

  private numberMessage(raw: string, text: string, index: number): LocalText {
    if (isFormulaLike(raw)) return formulaValue(raw);
    const mode = this.options.modes.get(index) ?? "comma";
    if (/^[-+]?(inf|infinity|-?inf)$/i.test(text)) {
      return {
        sv: `${quoteSv(text)} betyder ett oändligt värde (R och pandas skriver så vid division med noll); det är inget tal och används inte.`,
        en: `${quoteEn(text)} means an infinite value (R and pandas write it after a division by zero); it is not a number and is not used.`,
      };
    }
    if (otherModeNumber(text, mode)) {
      return mode === "comma"
        ? {
            sv: `${quoteSv(text)} har decimalpunkt men filen använder decimalkomma; värdet används inte.`,
            en: `${quoteEn(text)} has a decimal point but the file uses a decimal comma; the value is not used.`,
          }
        : {
            sv: `${quoteSv(text)} har decimalkomma men filen använder decimalpunkt; värdet används inte.`,
            en: `${quoteEn(text)} has a decimal comma but the file uses a decimal point; the value is not used.`,
          };
    }
    return {
      sv: `${quoteSv(text)} är inget tal (skriv t.ex. 1 234,5) eller symbol för saknat värde (t.ex. ..); värdet används inte.`,
      en: `${quoteEn(text)} is not a number (write e.g. 1 234,5) or a symbol for a missing value (e.g. ..); the value is not used.`,
    };
  }
}

const ZERO: ParsedNumber = { value: 0, unit: null };

/** Soft hyphens next to a digit ("\u00ad24 år", "25\u00ad29 år") mean "-"; elsewhere nothing. */
export function withoutSoftHyphens(text: string): string {
  return text
    .replace(/\u00ad(?=\d)|(?<=\d)\u00ad/g, "-")
    .replace(/\u00ad/g, "");
}

function copyRow(row: RowState): RowState {
  const copy = new RowState();
  Object.assign(copy, row);
  return copy;
}

function ambiguousMessage(
  text: string,
  shape: "single-comma" | "single-point",
  mixed: boolean,
): LocalText {
  const digits = text.replace(/[.,]/, "");
  const decimal = text.replace(",", ".");
  const why = mixed
    ? {
        sv: "filen blandar svenska och engelska talformat",
        en: "the file mixes Swedish and English number formats",
      }
    : {
        sv: "inget annat värde i filen visar vilket",
        en: "no other value in the file shows which",
      };
  return shape === "single-comma"
    ? {
        sv: `${quoteSv(text)} kan betyda både ${text} (decimalkomma) och ${digits.replace(/^([-\u2212\u2011]?\d{1,3})(\d{3})$/, "$1 $2")} (komma mellan tusental), och ${why.sv}; värdet används inte. Skriv tusental utan komma eller ange talformatet.`,
        en: `${quoteEn(text)} could mean either ${decimal} (decimal comma) or ${digits} (comma between thousands), and ${why.en}; the value is not used. Write thousands without a comma or set the number format.`,
      }
    : {
        sv: `${quoteSv(text)} kan betyda både ${text.replace(".", ",")} (decimalpunkt) och ${digits.replace(/^([-\u2212\u2011]?\d{1,3})(\d{3})$/, "$1 $2")} (punkt mellan tusental), och ${why.sv}; värdet används inte. Skriv decimaler med komma och tusental utan punkt.`,
        en: `${quoteEn(text)} could mean either ${clip(text)} (decimal point) or ${digits} (point between thousands), and ${why.en}; the value is not used. Write decimals with a comma and thousands without a point.`,
      };
}

export function formulaValue(raw: string): LocalText {
  return {
    sv: `Cellen ${quoteSv(raw)} ser ut som en kalkylbladsformel; den beräknas aldrig och används inte.`,
    en: `The cell ${quoteEn(raw)} looks like a spreadsheet formula; it is never evaluated and not used.`,
  };
}

/** Whether a unit written in a cell ("%", "kr") fits the declared unit. */
function unitAgrees(declared: string, hint: "%" | "kr"): boolean {
  const unit = declared.toLowerCase();
  if (hint === "%") return /%|procent|percent/.test(unit);
  return /\bkr\b|kronor|\bsek\b|tkr|mnkr|kr\//.test(unit);
}

/** The line each field starts on, for a row whose quoted fields hold newlines. */
export function fieldLines(fields: readonly string[], line: number): number[] {
  const lines: number[] = [];
  let current = line;
  for (const field of fields) {
    lines.push(current);
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1))
      current++;
  }
  return lines;
}
