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
import type { IssueCollector } from "./issues";
import type { CsvPlan, ValueColumn } from "./layouts";
import { trimCell, type DecimalMode } from "./numbers";
import { SeriesNamer, type SeriesName } from "./series";
import type { ObservationStore } from "./validate";
import {
  CellReader,
  fieldLines,
  formulaValue,
  quoteEn,
  quoteSv,
  RowState,
  withoutSoftHyphens,
  type PeriodCell,
} from "./csv-cells";

type Resolved<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: LocalText; readonly code: string };

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
  private readonly store: ObservationStore;
  private readonly matcher: AreaMatcher;
  private readonly columns: FixedColumn[] = [];
  private readonly periodCache = new Map<string, Resolved<PeriodCell>>();
  private readonly indicatorCache = new Map<string, Resolved<string>>();
  private readonly textCache = new Map<string, string | null>();
  private readonly genderCache = new Map<string, string | null>();
  private readonly statusCache = new Map<string, StatusResult>();
  private readonly namer = new SeriesNamer();
  private readonly cells: CellReader;
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
    this.cells = new CellReader({
      plan: options.plan,
      modes: options.modes,
      store: options.store,
      issues: options.issues,
    });
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
        formula ? () => formulaValue(areaRaw) : area.message,
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
      this.cells.read(
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
  /** After the last row: the filtered rows and the cells that waited for the whole file. */
  finish(): void {
    this.reportFiltered();
    this.cells.finish();
  }
}
