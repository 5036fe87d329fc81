/**
 * The small dense indexes of the observation store (validate.ts): indicators in file order with
 * their unit, label and the kind of their values per unit, periods, and series (an indicator
 * and a gender). Rows come in runs, so the last series is remembered.
 */
import type { ImportIndicator } from "./report-types";
import { unitKind, type UnitKind } from "./unit-kinds";

interface IndicatorEntry {
  readonly id: string;
  unit: string | null;
  label: string | null;
  readonly kinds: Map<string, UnitKind>;
}

export class StoreIndexes {
  private readonly indicatorIds = new Map<string, number>();
  private readonly indicatorList: IndicatorEntry[] = [];
  private readonly periods = new Map<string, number>();
  private readonly series = new Map<number, Map<string, number>>();
  private seriesCount = 0;
  private lastIndicator = -1;
  private lastGender: string | null = null;
  private lastSeries = -1;

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

  /** What the values of an indicator with this unit are (share, count, amount…), cached. */
  kindOf(
    indicatorIndex: number,
    unit: string | null,
    id: string,
  ): UnitKind | null {
    const entry = this.indicatorList[indicatorIndex];
    if (!entry) return null;
    const key = unit ?? "";
    let kind = entry.kinds.get(key);
    if (kind === undefined) {
      kind = unitKind(unit, id);
      entry.kinds.set(key, kind);
    }
    return kind;
  }

  /** The indicators in file order. */
  indicators(): ImportIndicator[] {
    return this.indicatorList.map(({ id, unit, label }) => ({
      id,
      unit,
      label,
    }));
  }
}
