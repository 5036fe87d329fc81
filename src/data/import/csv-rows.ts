/**
 * Reads the data rows of a CSV file by its plan: one row → one observation per value column.
 * A row error (unknown area, bad year, wrong number of fields) drops the row; a cell error (bad
 * number) drops that value only. Everything is reported with its physical line and column.
 * Distinct cell texts (areas, years, indicators) are resolved once and cached, and numbers take
 * a fast path, so a million rows read in a few hundred milliseconds.
 */
import type { LocalText } from "@/domain/local-text";

import type { AreaMatcher } from "./area-match";
import {
  normaliseGender,
  parsePeriod,
  parseStatus,
  type StatusResult,
} from "./fields";
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
import { SeriesNamer, type Breakdown, type SeriesName } from "./series";
import type { ObservationStore } from "./validate";

type Resolved<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: LocalText; readonly code: string };

interface PeriodCell {
  readonly period: string;
  readonly index: number;
}

/** The current row's resolved cells, reused for every row (no allocation per value). */
class RowState {
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

function quoteSv(text: string): string {
  return `”${clip(text)}”`;
}
function quoteEn(text: string): string {
  return `“${clip(text)}”`;
}

export class CsvRowReader {
  /** Data rows read (non-empty rows below the header, notes excluded). */
  rows = 0;
  private readonly plan: CsvPlan;
  private readonly issues: IssueCollector;
  private readonly store: ObservationStore;
  private readonly matcher: AreaMatcher;
  private readonly columns: FixedColumn[] = [];
  private readonly periodCache = new Map<string, Resolved<PeriodCell>>();
  private readonly indicatorCache = new Map<string, Resolved<string>>();
  private readonly textCache = new Map<string, string | null>();
  private readonly genderCache = new Map<string, string | null>();
  private readonly statusCache = new Map<string, StatusResult>();
  private readonly namer = new SeriesNamer();
  /** Format evidence per value column over every row (decides "560,000" and "1.234"). */
  private readonly evidence = new Map<number, FormatEvidence>();
  /** Cells whose reading waits for the whole file's evidence: "560,000", "1.234". */
  private readonly deferred: DeferredCell[] = [];
  private readonly areaHeading: string;
  private readonly row = new RowState();
  /** Line of each field when the row spans several lines (quoted newlines), else null. */
  private fieldLines: number[] | null = null;
  private lastPeriodRaw = "";
  private lastPeriod: Resolved<PeriodCell> | null = null;
  private lastIndicatorRaw = "";
  private lastIndicator: Resolved<string> | null = null;

  constructor(private readonly options: RowReaderOptions) {
    this.plan = options.plan;
    this.issues = options.issues;
    this.store = options.store;
    this.matcher = options.matcher;
    this.areaHeading = this.plan.headings[this.plan.areaCode] ?? "";
    for (const column of this.plan.values) {
      let period: PeriodCell | null = null;
      if (column.period !== null) {
        const parsed = this.period(column.period);
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

  /** The physical line of a field of the current row. */
  private lineOf(index: number, line: number): number {
    return this.fieldLines?.[index] ?? line;
  }

  private heading(index: number): string | null {
    return index === -1 ? null : (this.plan.headings[index] ?? null);
  }

  private period(raw: string): Resolved<PeriodCell> {
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
  private text(raw: string, index: number, line: number): string | null {
    const cached = this.textCache.get(raw);
    if (cached !== undefined) return cached;
    let text = trimCell(raw).normalize("NFC");
    if (text.includes("\u00ad")) {
      const before = text;
      text = withoutSoftHyphens(text);
      const column = this.heading(index);
      this.issues.once(
        "soft-hyphen",
        "info",
        "soft-hyphen",
        this.lineOf(index, line),
        column,
        {
          sv: `Texten ${quoteSv(before.replace(/\u00ad/g, "[SHY]"))} har mjuka bindestreck (U+00AD, som Socialstyrelsens statistikdatabas skriver); mellan siffror läses de som ”-” (${quoteSv(text)}), annars tas de bort.`,
          en: `The text ${quoteEn(before.replace(/\u00ad/g, "[SHY]"))} has soft hyphens (U+00AD, as Socialstyrelsen's database writes them); next to digits they are read as “-” (${quoteEn(text)}), elsewhere they are removed.`,
        },
      );
    }
    const value = text === "" ? null : text;
    if (isFormulaLike(raw)) {
      const column = this.heading(index);
      this.issues.once(
        `${index}\u0000${raw}`,
        "warning",
        "formula-cell",
        this.lineOf(index, line),
        column,
        {
          sv: `Cellen ${quoteSv(raw)} ser ut som en kalkylbladsformel; den läses som text och beräknas aldrig.`,
          en: `The cell ${quoteEn(raw)} looks like a spreadsheet formula; it is read as text and never evaluated.`,
        },
      );
    }
    this.textCache.set(raw, value);
    return value;
  }

  private indicator(raw: string, line: number): Resolved<string> {
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
              message: {
                sv: "Indikatorn saknas; raden används inte.",
                en: "The indicator is missing; the row is not used.",
              },
            }
          : { ok: true, value: text };
      this.indicatorCache.set(raw, cached);
    }
    return cached;
  }

  /** The row's series (indicator and breakdown values) and its gender (T/K/M). */
  private series(
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

  private status(raw: string, line: number): StatusResult {
    let cached = this.statusCache.get(raw);
    if (!cached) {
      const text = trimCell(raw);
      cached = parseStatus(text);
      const column = this.heading(this.plan.status);
      if (cached.kind === "unknown") {
        this.issues.once(text, "warning", "unknown-status", line, column, {
          sv: `Statusen ${quoteSv(text)} känns inte igen; värdet läses som det står.`,
          en: `The status ${quoteEn(text)} is not recognised; the value is read as it stands.`,
        });
      } else if (cached.kind === "reported" && cached.note !== null) {
        this.issues.once(text, "info", "status-mapped", line, column, {
          sv: `Statusen ${quoteSv(text)} läses som ett rapporterat värde.`,
          en: `The status ${quoteEn(text)} is read as a reported value.`,
        });
      }
      this.statusCache.set(raw, cached);
    }
    return cached;
  }

  /** One row of fields from papaparse with its physical line. */
  read(fields: readonly string[], line: number, span = 0): void {
    const plan = this.plan;
    this.fieldLines = span > 0 ? fieldLines(fields, line) : null;
    if (fields.length === 1 && fields[0] === "") return;
    if (this.options.badLines.size > 0 && this.options.badLines.has(line))
      return;
    let filled = 0;
    let only = -1;
    for (let i = 0; i < fields.length && filled < 2; i++) {
      const field = fields[i] ?? "";
      if (field !== "" && trimCell(field) !== "") {
        filled++;
        only = i;
      }
    }
    if (filled === 0) return;
    const areaRaw = fields[plan.areaCode] ?? "";
    if (
      filled === 1 &&
      (only !== plan.areaCode || !this.matcher.resolve(areaRaw).ok)
    ) {
      const text = trimCell(fields[only] ?? "");
      this.issues.add("info", "note-row", line, null, () => ({
        sv: `Raden innehåller bara texten ${quoteSv(text)} och läses som en anteckning, inte som data.`,
        en: `The line holds only the text ${quoteEn(text)} and is read as a note, not as data.`,
      }));
      return;
    }
    this.rows++;
    if (plan.keep.size > 0 && !this.kept(fields)) return;
    if (fields.length <= plan.required) {
      this.issues.add("error", "too-few-fields", line, null, () => ({
        sv: `Raden har ${fields.length} fält men rubrikraden har ${plan.width}; raden används inte.`,
        en: `The line has ${fields.length} fields but the header has ${plan.width}; the line is not used.`,
      }));
      return;
    }
    if (fields.length > plan.width && !this.extraFieldsEmpty(fields)) {
      this.issues.add("error", "too-many-fields", line, null, () => ({
        sv: `Raden har ${fields.length} fält men rubrikraden har ${plan.width}, ofta ett decimalkomma eller en avgränsare i ett värde utan citattecken; raden används inte.`,
        en: `The line has ${fields.length} fields but the header has ${plan.width}, often a decimal comma or a delimiter in a value without quotes; the line is not used.`,
      }));
      return;
    }
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
        this.lineOf(plan.areaCode, line),
        this.areaHeading,
        () => (formula ? formulaValue(areaRaw) : area.message),
      );
      return;
    }
    if (area.note)
      this.issues.once(
        area.note.code === "area-by-name"
          ? `${areaRaw}\u0000${fields[plan.areaName] ?? ""}`
          : areaRaw,
        "info",
        area.note.code,
        this.lineOf(plan.areaCode, line),
        this.areaHeading,
        area.note.message,
      );

    let rowPeriod: PeriodCell | null = null;
    if (plan.period !== -1) {
      const period = this.period(fields[plan.period] ?? "");
      if (!period.ok) {
        this.issues.add(
          "error",
          period.code,
          this.lineOf(plan.period, line),
          this.heading(plan.period),
          period.message,
        );
        return;
      }
      rowPeriod = period.value;
    }
    let rowIndicator: string | null = null;
    if (plan.indicator !== -1) {
      const indicator = this.indicator(fields[plan.indicator] ?? "", line);
      if (!indicator.ok) {
        this.issues.add(
          "error",
          indicator.code,
          this.lineOf(plan.indicator, line),
          this.heading(plan.indicator),
          indicator.message,
        );
        return;
      }
      rowIndicator = indicator.value;
    }
    const unit =
      plan.unit === -1
        ? null
        : this.text(fields[plan.unit] ?? "", plan.unit, line);
    const label =
      plan.label === -1
        ? null
        : this.text(fields[plan.label] ?? "", plan.label, line);
    const status =
      plan.status === -1 ? null : this.status(fields[plan.status] ?? "", line);

    for (const { column, period: fixedPeriod } of this.columns) {
      const period = fixedPeriod ?? rowPeriod;
      const indicator = column.indicator ?? rowIndicator;
      if (period === null || indicator === null) continue;
      const row = this.row;
      const series =
        plan.gender === -1 && plan.breakdowns.length === 0
          ? null
          : this.series(indicator, fields, line);
      row.area = area.code;
      row.areaIndex = area.index;
      row.indicator =
        series?.name.series ??
        (indicator === "" ? plan.fallbackIndicator : indicator);
      row.breakdown = series?.name.breakdown ?? null;
      row.gender = series?.gender ?? null;
      row.period = period;
      row.unit = unit ?? column.unit;
      row.label = label;
      row.status = status;
      this.cell(
        fields[column.index] ?? "",
        this.lineOf(column.index, line),
        column,
        row,
      );
    }
  }

  /** Rows left out by a column mapping's filter ("keep only Kön = Totalt"), per column. */
  private readonly filtered = new Map<number, number>();

  private kept(fields: readonly string[]): boolean {
    for (const [index, value] of this.plan.keep) {
      if (trimCell(fields[index] ?? "") === value) continue;
      this.filtered.set(index, (this.filtered.get(index) ?? 0) + 1);
      return false;
    }
    return true;
  }

  private reportFiltered(): void {
    for (const [index, count] of this.filtered) {
      const heading = this.plan.headings[index] ?? "";
      const value = this.plan.keep.get(index) ?? "";
      this.issues.add("info", "rows-filtered", null, heading, {
        sv: `${count} rader med ett annat värde än ${quoteSv(value)} i kolumnen ${quoteSv(heading)} används inte (valt i kolumnmappningen).`,
        en: `${count} rows with another value than ${quoteEn(value)} in the column ${quoteEn(heading)} are not used (chosen in the column mapping).`,
      });
    }
  }

  private extraFieldsEmpty(fields: readonly string[]): boolean {
    for (let i = this.plan.width; i < fields.length; i++)
      if (trimCell(fields[i] ?? "") !== "") return false;
    return true;
  }

  private cell(
    raw: string,
    line: number,
    column: ValueColumn,
    row: RowState,
  ): void {
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
    this.reportFiltered();
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

function formulaValue(raw: string): LocalText {
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
function fieldLines(fields: readonly string[], line: number): number[] {
  const lines: number[] = [];
  let current = line;
  for (const field of fields) {
    lines.push(current);
    for (let i = field.indexOf("\n"); i !== -1; i = field.indexOf("\n", i + 1))
      current++;
  }
  return lines;
}
