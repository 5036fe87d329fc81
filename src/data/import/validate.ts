/**
 * Checks across rows: duplicates (same area, indicator, period and gender with the same value:
 * a warning, the first is kept), conflicts (different values: an error on every line involved,
 * none of them used), impossible values (a share outside 0–100, a negative count or rate: an
 * error, the value is not used, and no other value for the same figure is used either) and
 * unusual ones (a negative amount in kronor, which a net figure can be: a warning). Keys are
 * numbers built from small dense indexes, so a million rows cost one Map entry each and no key
 * strings.
 */
import type { LocalText } from "@/domain/local-text";

import type { IssueCollector } from "./issues";
import { KeyTable } from "./key-table";
import type { ImportedObservation, ImportIndicator } from "./report-types";
import { unitKind, type UnitKind } from "./unit-kinds";
import {
  placeText,
  sameValue,
  valueText,
  type Where,
  whereOf,
} from "./observation-text";

/** Marks a key whose values disagree: every further value for it is a conflict too. */
const CONFLICTED = 0x7fffffff;
/** Marks a key whose value was impossible: any other value for it is not used either. */
const REFUSED = 0x7ffffffe;

interface IndicatorEntry {
  readonly id: string;
  unit: string | null;
  label: string | null;
  kinds: Map<string, UnitKind>;
}

export class ObservationStore {
  private readonly observations: (ImportedObservation | null)[] = [];
  private readonly columns: (string | null)[] = [];
  /** (series, period × area) → index in `observations`; CONFLICTED once values disagree. */
  private readonly byKey: KeyTable;
  private readonly indicatorIds = new Map<string, number>();
  private readonly indicatorList: IndicatorEntry[] = [];
  private readonly periods = new Map<string, number>();
  private readonly series = new Map<number, Map<string, number>>();
  private seriesCount = 0;
  private lastIndicator = -1;
  private lastGender: string | null = null;
  private lastSeries = -1;
  private conflicts = 0;

  constructor(
    private readonly issues: IssueCollector,
    private readonly areaSlots: number,
    private readonly areaName: (code: string) => string,
    /** Expected number of observations (sizes the key table once instead of growing it). */
    expected = 1024,
  ) {
    this.byKey = new KeyTable(expected);
  }

  /** Registers an indicator (in file order) and fills in its unit and label when first known. */
  indicator(id: string, unit: string | null, label: string | null): number {
    let index = this.indicatorIds.get(id);
    if (index === undefined) {
      index = this.indicatorList.length;
      this.indicatorIds.set(id, index);
      this.indicatorList.push({ id, unit, label, kinds: new Map() });
      return index;
    }
    const entry = this.indicatorList[index];
    if (entry) {
      if (entry.unit === null && unit !== null) entry.unit = unit;
      if (entry.label === null && label !== null) entry.label = label;
    }
    return index;
  }

  period(period: string): number {
    let index = this.periods.get(period);
    if (index === undefined) {
      index = this.periods.size;
      this.periods.set(period, index);
    }
    return index;
  }

  /** Dense index of (indicator, gender); the last pair is remembered (rows come in runs). */
  seriesOf(indicatorIndex: number, gender: string | null): number {
    if (indicatorIndex === this.lastIndicator && gender === this.lastGender)
      return this.lastSeries;
    this.lastIndicator = indicatorIndex;
    this.lastGender = gender;
    this.lastSeries = this.findSeries(indicatorIndex, gender);
    return this.lastSeries;
  }

  private findSeries(indicatorIndex: number, gender: string | null): number {
    let byGender = this.series.get(indicatorIndex);
    if (!byGender) {
      byGender = new Map();
      this.series.set(indicatorIndex, byGender);
    }
    const key = gender ?? "\u0000";
    let index = byGender.get(key);
    if (index === undefined) {
      index = this.seriesCount++;
      byGender.set(key, index);
    }
    return index;
  }

  /** Adds an observation, reporting duplicates, conflicts and implausible values. */
  add(
    o: ImportedObservation,
    areaIndex: number,
    indicatorIndex: number,
    periodIndex: number,
    column: string | null,
  ): void {
    const seriesIndex = this.seriesOf(indicatorIndex, o.gender);
    const cell = periodIndex * this.areaSlots + areaIndex;
    const existing = this.byKey.setIfAbsent(
      seriesIndex,
      cell,
      this.observations.length,
    );
    if (existing === REFUSED) {
      const where = whereOf(o, column);
      this.issues.add("error", "conflict", where.line, column, () => {
        const subject = this.subject(o);
        return {
          sv: `Ett annat värde (${valueText(o).sv}) för ${subject.sv}, vars första värde i filen är omöjligt; ${placeText(where).sv} används inte heller.`,
          en: `Another value (${valueText(o).en}) for ${subject.en}, whose first value in the file is impossible; ${placeText(where).en} is not used either.`,
        };
      });
      return;
    }
    if (existing === CONFLICTED) {
      const where = whereOf(o, column);
      this.issues.add("error", "conflict", where.line, column, () =>
        this.conflictText(o, where, null, null),
      );
      return;
    }
    if (existing !== -1) {
      const first = this.observations[existing];
      if (!first) return;
      const firstWhere: Where = {
        line: first.line === 0 ? null : first.line,
        column: this.columns[existing] ?? null,
      };
      const where = whereOf(o, column);
      if (sameValue(first, o)) {
        this.issues.add("warning", "duplicate", where.line, column, () =>
          this.duplicateText(o, firstWhere),
        );
        return;
      }
      this.byKey.set(seriesIndex, cell, CONFLICTED);
      this.conflicts++;
      this.observations[existing] = null;
      const message = this.conflictText(o, where, first, firstWhere);
      this.issues.add(
        "error",
        "conflict",
        firstWhere.line,
        firstWhere.column,
        message,
      );
      this.issues.add("error", "conflict", where.line, column, message);
      return;
    }
    if (o.value !== null && !this.checkPossible(o, indicatorIndex, column)) {
      this.byKey.set(seriesIndex, cell, REFUSED);
      return;
    }
    this.observations.push(o);
    this.columns.push(column);
  }

  private subject(o: ImportedObservation): LocalText {
    const gender = o.gender === null ? "" : `, ${o.gender}`;
    const text = `${this.areaName(o.area)} (${o.area}), ${o.indicator}, ${o.period}${gender}`;
    return { sv: text, en: text };
  }

  private duplicateText(o: ImportedObservation, first: Where): LocalText {
    const subject = this.subject(o);
    const place = placeText(first);
    return {
      sv: `Samma uppgift (${subject.sv}) med samma värde finns redan på ${place.sv}; dubbletten används inte.`,
      en: `The same figure (${subject.en}) with the same value is already on ${place.en}; the duplicate is not used.`,
    };
  }

  private conflictText(
    o: ImportedObservation,
    where: Where,
    first: ImportedObservation | null,
    firstWhere: Where | null,
  ): LocalText {
    const subject = this.subject(o);
    const here = placeText(where);
    const value = valueText(o);
    if (!first || !firstWhere) {
      return {
        sv: `Ytterligare ett värde (${value.sv}) för ${subject.sv}, som redan har motstridiga värden; ${here.sv} används inte.`,
        en: `Another value (${value.en}) for ${subject.en}, which already has conflicting values; ${here.en} is not used.`,
      };
    }
    const there = placeText(firstWhere);
    const other = valueText(first);
    return {
      sv: `Motstridiga värden för ${subject.sv}: ${other.sv} på ${there.sv} och ${value.sv} på ${here.sv}. Inget av dem används.`,
      en: `Conflicting values for ${subject.en}: ${other.en} on ${there.en} and ${value.en} on ${here.en}. Neither is used.`,
    };
  }

  /** Reports an impossible value (false: not used) or an unusual one (true: used). */
  private checkPossible(
    o: ImportedObservation,
    indicatorIndex: number,
    column: string | null,
  ): boolean {
    const entry = this.indicatorList[indicatorIndex];
    if (!entry || o.value === null) return true;
    const unitKey = o.unit ?? "";
    let kind = entry.kinds.get(unitKey);
    if (kind === undefined) {
      kind = unitKind(o.unit, o.indicator);
      entry.kinds.set(unitKey, kind);
    }
    const value = o.value;
    const line = whereOf(o, column).line;
    if (kind === "share" && (value < 0 || value > 100)) {
      this.issues.add("error", "impossible-value", line, column, () => ({
        sv: `Värdet ${valueText(o).sv} för ${this.subject(o).sv} är en andel i procent men ligger utanför 0–100, vilket är omöjligt; värdet används inte.`,
        en: `The value ${valueText(o).en} for ${this.subject(o).en} is a percentage share but lies outside 0–100, which is impossible; the value is not used.`,
      }));
      return false;
    }
    if (kind === "count" && value < 0) {
      this.issues.add("error", "impossible-value", line, column, () => ({
        sv: `Värdet ${valueText(o).sv} för ${this.subject(o).sv} är negativt, men ett antal eller en kvot per invånare kan inte vara det; värdet används inte.`,
        en: `The value ${valueText(o).en} for ${this.subject(o).en} is negative, but a count or a rate per inhabitant cannot be; the value is not used.`,
      }));
      return false;
    }
    if (kind === "amount" && value < 0) {
      this.issues.add("warning", "implausible", line, column, () => ({
        sv: `Värdet ${valueText(o).sv} för ${this.subject(o).sv} är ett negativt belopp. Det kan stämma för en nettosiffra, men kontrollera det.`,
        en: `The value ${valueText(o).en} for ${this.subject(o).en} is a negative amount. That can be right for a net figure, but check it.`,
      }));
    }
    return true;
  }

  /** The observations kept (conflicting ones removed) and the indicators in file order. */
  result(): {
    observations: ImportedObservation[];
    indicators: ImportIndicator[];
  } {
    let observations: ImportedObservation[];
    if (this.conflicts === 0) {
      observations = this.observations as ImportedObservation[];
    } else {
      observations = [];
      for (const o of this.observations) if (o) observations.push(o);
    }
    return {
      observations,
      indicators: this.indicatorList.map(({ id, unit, label }) => ({
        id,
        unit,
        label,
      })),
    };
  }
}
