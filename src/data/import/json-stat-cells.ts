/**
 * The cells of a JSON-stat 2.0 cube, in row-major order: every cell is a row. A refused area,
 * period or value is a counted error; the other dimensions that vary name the series
 * (json-stat-axes.ts), kön is the gender.
 */
import type { AreaResult } from "./area-results";
import { clip } from "./clip";
import type { PeriodResult } from "./fields";
import type { IssueCollector } from "./issues";
import {
  jsonValue,
  own,
  PROGRESS_EVERY,
  type JsonImportResult,
  type JsonObject,
} from "./json-common";
import {
  type Axes,
  axesOf,
  type CubeInput,
  sexOf,
  statusReader,
} from "./json-stat-axes";
import type { Dimension } from "./json-stat-cube";
import type { ImportStatus } from "./report-types";
import { SeriesNamer } from "./series";
import { symbolMeaning } from "./symbols";

/** Reads every cell into the store. */
export function readCells(cube: CubeInput): JsonImportResult {
  const axes = axesOf(cube);
  const value = (n: number): unknown =>
    Array.isArray(cube.valueRaw)
      ? (cube.valueRaw[n] as unknown)
      : own(cube.valueRaw as JsonObject, String(n));
  const statusAt = statusReader(own(cube.data, "status"));
  const namer = new SeriesNamer();
  for (let n = 0; n < cube.total; n++) {
    if (n % PROGRESS_EVERY === 0) cube.input.onChunk(n / cube.total);
    readCell(n, value(n), statusAt(n), { cube, axes, namer });
  }
  return { format: "json-stat2", rows: cube.total, readable: true };
}

/** One cell: its area, period and value (each refused one reported), then the store. */
function readCell(
  n: number,
  raw: unknown,
  statusText: string | null,
  { cube, axes, namer }: { cube: CubeInput; axes: Axes; namer: SeriesNamer },
): void {
  const { roles, input } = cube;
  const { issues, store } = input;
  const path = `value[${n}]`;
  const g = axes.position(n, roles.geo);
  const result = axes.areas[g] as AreaResult;
  if (!result.ok && !("kept" in result)) {
    issues.add("error", result.code, null, path, result.message);
    return;
  }
  // Elsewhere in Sweden: counted apart, listed once per area, and kept.
  if (!result.ok) issues.add("info", result.code, null, path, result.message);
  const area = result.ok ? result : result.kept;
  if (area.note) {
    const id = axes.geo.ids[g] ?? "";
    const where = `${axes.geo.id}=${id}`;
    issues.once(id, "info", area.note.code, null, where, area.note.message);
  }
  const period = axes.periods[axes.position(n, roles.time)] as PeriodResult;
  if (!period.ok) {
    issues.add("error", "bad-period", null, path, period.message);
    return;
  }
  const parsed = jsonValue(raw);
  if (!parsed.ok) {
    issues.add("error", parsed.code, null, path, parsed.message);
    return;
  }
  const { status, symbol } = cellStatus(parsed.cell, statusText, path, issues);
  const { named, sex, unit, label } = cellSeries(n, cube, axes, namer);
  store.add(
    {
      area: area.code,
      indicator: named.series,
      period: period.period,
      value: parsed.cell.value,
      status,
      symbol,
      unit,
      gender: sex?.[1] ?? null,
      breakdown: named.breakdown,
      line: 0,
    },
    area.index,
    store.indicator(named.series, unit, label),
    store.period(period.period),
    path,
  );
}

/** The cell's status and symbol: its value's, or the cube's status when the value is missing. */
function cellStatus(
  cell: {
    readonly value: number | null;
    readonly status: ImportStatus;
    readonly symbol: string | null;
  },
  statusText: string | null,
  path: string,
  issues: IssueCollector,
): { status: ImportStatus; symbol: string | null } {
  let { status, symbol } = cell;
  if (statusText !== null) {
    if (cell.value === null) {
      symbol = statusText;
      const meaning = symbolMeaning(statusText.trim());
      if (meaning) status = meaning.status;
    } else
      issues.once(statusText, "info", "status-with-value", null, path, {
        key: "statusWithValue",
        params: { text: clip(statusText), path },
      });
  }
  return { status, symbol };
}

/** The cell's series (named by its metric and the dimensions that vary), kön, unit and label. */
function cellSeries(
  n: number,
  { dims, roles, input }: CubeInput,
  axes: Axes,
  namer: SeriesNamer,
) {
  const m = axes.metric ? axes.position(n, roles.metric) : 0;
  const parts = axes.others.map((i): readonly [string, string] => {
    const dim = dims[i] as Dimension;
    const p = axes.position(n, i);
    return [dim.id, dim.labels[p] ?? dim.ids[p] ?? ""];
  });
  const sex = sexOf(
    dims[axes.sex],
    axes.sex === -1 ? 0 : axes.position(n, axes.sex),
  );
  const named = namer.name(
    axes.metric ? (axes.metric.ids[m] ?? "") : axes.indicator,
    parts,
    sex,
    input.fileStem,
  );
  return {
    named,
    sex,
    unit: axes.metric ? (axes.metric.units[m] ?? null) : null,
    label: axes.metric ? (axes.metric.labels[m] ?? null) : null,
  };
}
