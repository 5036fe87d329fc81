/**
 * Checks across rows: duplicates (same area, indicator, period and gender with the same value:
 * a warning, the first is kept), conflicts (different values: an error on every line involved,
 * none of them used), impossible values (a share outside 0–100, a negative count or rate: an
 * error, the value is not used, and no other value for the same figure is used either) and
 * unusual ones (a negative amount in kronor, which a net figure can be: a warning). Keys are
 * numbers built from small dense indexes, so a million rows cost one Map entry each and no key
 * strings.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import type { IssueCollector } from "./issues";
import { KeyTable } from "./key-table";
import type { ImportedObservation, ImportIndicator } from "./report-types";
import { unitKind, type UnitKind } from "./unit-kinds";
import {
  sameValue,
  subjectOf,
  valueOf,
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
      this.issues.add("error", "conflict", where.line, column, () => ({
        key: "conflictWithImpossible",
        params: { ...this.figure(o), place: where },
      }));
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

  /** The value and what it is a value of, as the messages name them. */
  private figure(o: ImportedObservation) {
    return { value: valueOf(o), subject: subjectOf(o, this.areaName(o.area)) };
  }

  private duplicateText(o: ImportedObservation, first: Where): ImportMessage {
    return {
      key: "duplicate",
      params: { subject: this.figure(o).subject, first },
    };
  }

  private conflictText(
    o: ImportedObservation,
    where: Where,
    first: ImportedObservation | null,
    firstWhere: Where | null,
  ): ImportMessage {
    if (!first || !firstWhere)
      return {
        key: "conflictAgain",
        params: { ...this.figure(o), place: where },
      };
    return {
      key: "conflict",
      params: {
        ...this.figure(o),
        place: where,
        first: valueOf(first),
        firstPlace: firstWhere,
      },
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
        key: "shareOutOfRange",
        params: this.figure(o),
      }));
      return false;
    }
    if (kind === "count" && value < 0) {
      this.issues.add("error", "impossible-value", line, column, () => ({
        key: "negativeCount",
        params: this.figure(o),
      }));
      return false;
    }
    if (kind === "amount" && value < 0) {
      this.issues.add("warning", "implausible", line, column, () => ({
        key: "negativeAmount",
        params: this.figure(o),
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
