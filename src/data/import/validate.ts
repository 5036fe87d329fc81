/**
 * Checks across rows: duplicates (same area, indicator, period and gender with the same value:
 * a warning, the first is kept), conflicts (different values: an error on every line involved,
 * none of them used), impossible values (a share outside 0–100, a negative count or rate: an
 * error, the value is not used, and no other value for the same figure is used either) and
 * unusual ones (a negative amount in kronor, which a net figure can be: a warning). Keys are
 * numbers built from small dense indexes, so a million rows cost one Map entry each and no key
 * strings.
 */
import type { IssueCollector } from "./issues";
import { KeyTable } from "./key-table";
import { sameValue, type Where, whereOf } from "./observation-text";
import type { ImportedObservation, ImportIndicator } from "./report-types";
import {
  checkPossible,
  conflictMessage,
  duplicateMessage,
  type Namer,
  namerOf,
} from "./row-checks";
import { StoreIndexes } from "./store-indexes";

/** Marks a key whose values disagree: every further value for it is a conflict too. */
const CONFLICTED = 0x7fffffff;
/** Marks a key whose value was impossible: any other value for it is not used either. */
const REFUSED = 0x7ffffffe;

export class ObservationStore {
  private readonly observations: (ImportedObservation | null)[] = [];
  private readonly columns: (string | null)[] = [];
  /** (series, period × area) → index in `observations`; CONFLICTED once values disagree. */
  private readonly byKey: KeyTable;
  private readonly indexes = new StoreIndexes();
  /** How the messages name an observation. */
  private readonly name: Namer;
  /** What the value checks report to (made once: they run for every value). */
  private readonly checks: { issues: IssueCollector; name: Namer };
  private conflicts = 0;

  constructor(
    private readonly issues: IssueCollector,
    private readonly areaSlots: number,
    areaName: (code: string) => string,
    /** Expected number of observations (sizes the key table once instead of growing it). */
    expected = 1024,
  ) {
    this.byKey = new KeyTable(expected);
    this.name = namerOf(areaName);
    this.checks = { issues, name: this.name };
  }

  /** Registers an indicator (in file order) and fills in its unit and label when first known. */
  indicator(id: string, unit: string | null, label: string | null): number {
    return this.indexes.indicator(id, unit, label);
  }

  period(period: string): number {
    return this.indexes.period(period);
  }

  /** Adds an observation, reporting duplicates, conflicts and implausible values. */
  add(
    o: ImportedObservation,
    areaIndex: number,
    indicatorIndex: number,
    periodIndex: number,
    column: string | null,
  ): void {
    const seriesIndex = this.indexes.seriesOf(indicatorIndex, o.gender);
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
        params: { ...this.name(o), place: where },
      }));
      return;
    }
    if (existing === CONFLICTED) {
      const where = whereOf(o, column);
      this.issues.add("error", "conflict", where.line, column, () =>
        conflictMessage(this.name, o, where, null),
      );
      return;
    }
    if (existing !== -1) {
      this.again(o, existing, { series: seriesIndex, cell }, column);
      return;
    }
    if (
      o.value !== null &&
      !this.possible(o, o.value, indicatorIndex, column)
    ) {
      this.byKey.set(seriesIndex, cell, REFUSED);
      return;
    }
    this.observations.push(o);
    this.columns.push(column);
  }

  /** A second value for a key: a duplicate (same value) or a conflict (both values dropped). */
  private again(
    o: ImportedObservation,
    existing: number,
    key: { readonly series: number; readonly cell: number },
    column: string | null,
  ): void {
    const first = this.observations[existing];
    if (!first) return;
    const firstWhere: Where = {
      line: first.line === 0 ? null : first.line,
      column: this.columns[existing] ?? null,
    };
    const where = whereOf(o, column);
    if (sameValue(first, o)) {
      this.issues.add("warning", "duplicate", where.line, column, () =>
        duplicateMessage(this.name, o, firstWhere),
      );
      return;
    }
    this.byKey.set(key.series, key.cell, CONFLICTED);
    this.conflicts++;
    this.observations[existing] = null;
    const message = conflictMessage(this.name, o, where, {
      o: first,
      where: firstWhere,
    });
    this.issues.add(
      "error",
      "conflict",
      firstWhere.line,
      firstWhere.column,
      message,
    );
    this.issues.add("error", "conflict", where.line, column, message);
  }

  /** Whether a value is possible for its figure (reported when it is not, or is unusual). */
  private possible(
    o: ImportedObservation,
    value: number,
    indicatorIndex: number,
    column: string | null,
  ): boolean {
    const kind = this.indexes.kindOf(indicatorIndex, o.unit, o.indicator);
    if (kind === null) return true;
    return checkPossible(o, value, kind, this.checks, column);
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
      indicators: this.indexes.indicators(),
    };
  }
}
