/**
 * What a next version changes against the one before it, in lines for the terminal and as the
 * version's change note when none is given: indicators added, removed and changed (with the
 * fields), and for observations the rows added, removed and changed.
 */
import Papa from "papaparse";

import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import type { Row } from "../builders/common";

interface Summary {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** id → the fields (catalogue) or the number of rows (observations) that changed. */
  readonly changed: ReadonlyMap<string, string>;
  readonly rows: {
    added: number;
    removed: number;
    changed: number;
    /** Rows whose only difference is how the same number is written ("32.0" → "32"). */
    rewritten: number;
  } | null;
}

function byKey<T>(
  items: readonly T[],
  key: (t: T) => string,
): Map<string, string> {
  return new Map(items.map((t) => [key(t), JSON.stringify(t)]));
}

function catalogueSummary(before: string, after: string): Summary {
  const list = (s: string): Indicator[] =>
    // Areas and groups files have no indicators: their summary is empty.
    s === ""
      ? []
      : ((JSON.parse(s) as { indicators?: Indicator[] }).indicators ?? []);
  const old = new Map(list(before).map((i) => [i.id, i]));
  const now = new Map(list(after).map((i) => [i.id, i]));
  const changed = new Map<string, string>();
  for (const [id, i] of now) {
    const o = old.get(id);
    if (!o) continue;
    const keys = new Set([...Object.keys(o), ...Object.keys(i)]);
    const fields = [...keys].filter(
      (k) =>
        JSON.stringify(o[k as keyof Indicator]) !==
        JSON.stringify(i[k as keyof Indicator]),
    );
    if (fields.length > 0) changed.set(id, fields.join(", "));
  }
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed,
    rows: null,
  };
}

function observationSummary(before: string, after: string): Summary {
  const rows = (s: string): Row[] =>
    Papa.parse<Row>(s, { header: true, skipEmptyLines: true }).data;
  const key = (r: Row) =>
    `${r.area_code}|${r.indicator_id}|${r.breakdown}|${r.period}`;
  const oldRows = rows(before);
  const newRows = rows(after);
  const old = byKey(oldRows, key);
  const now = byKey(newRows, key);
  const ids = (rs: Row[]) => new Set(rs.map((r) => r.indicator_id));
  const oldIds = ids(oldRows);
  const newIds = ids(newRows);
  const changed = new Map<string, string>();
  let count = 0;
  let rewritten = 0;
  for (const r of newRows) {
    const o = old.get(key(r));
    if (o === undefined || o === now.get(key(r))) continue;
    const was = JSON.parse(o) as Row;
    if (
      r.value !== "" &&
      Number(was.value) === Number(r.value) &&
      JSON.stringify({ ...was, value: "" }) ===
        JSON.stringify({ ...r, value: "" })
    ) {
      rewritten++;
      continue;
    }
    count++;
    changed.set(
      r.indicator_id,
      String(Number(changed.get(r.indicator_id) ?? 0) + 1),
    );
  }
  return {
    added: [...newIds].filter((id) => !oldIds.has(id)),
    removed: [...oldIds].filter((id) => !newIds.has(id)),
    changed,
    rows: {
      added: [...now.keys()].filter((k) => !old.has(k)).length,
      removed: [...old.keys()].filter((k) => !now.has(k)).length,
      changed: count,
      rewritten,
    },
  };
}

export function summarise(
  before: string,
  after: string,
  format: "csv" | "json",
): Summary {
  return format === "csv"
    ? observationSummary(before, after)
    : catalogueSummary(before, after);
}

/** One line per kind of change, for the terminal. */
export function summaryLines(s: Summary): string[] {
  const lines: string[] = [];
  if (s.rows) {
    lines.push(
      `rows: ${String(s.rows.added)} added, ${String(s.rows.removed)} removed, ${String(s.rows.changed)} changed`,
    );
    if (s.rows.rewritten > 0) {
      lines.push(
        `rows with the same number written differently (e.g. 32.0 → 32): ${String(s.rows.rewritten)}`,
      );
    }
  }
  if (s.added.length > 0) lines.push(`indicators added: ${s.added.join(", ")}`);
  if (s.removed.length > 0)
    lines.push(`indicators removed: ${s.removed.join(", ")}`);
  for (const [id, what] of s.changed) {
    lines.push(
      s.rows ? `${id}: ${what} rows changed` : `${id} changed: ${what}`,
    );
  }
  return lines;
}

/** The change note a next version gets when the command gives none. */
export function describe(s: Summary): LocalText {
  const sv: string[] = [];
  const en: string[] = [];
  if (s.added.length > 0) {
    sv.push(`Nya indikatorer: ${s.added.join(", ")}.`);
    en.push(`New indicators: ${s.added.join(", ")}.`);
  }
  if (s.changed.size > 0) {
    const ids = [...s.changed.keys()].join(", ");
    sv.push(`Ändrade: ${ids}.`);
    en.push(`Changed: ${ids}.`);
  }
  if (s.removed.length > 0) {
    sv.push(`Borttagna: ${s.removed.join(", ")}.`);
    en.push(`Removed: ${s.removed.join(", ")}.`);
  }
  return sv.length > 0
    ? { sv: sv.join(" "), en: en.join(" ") }
    : {
        sv: "Ny version byggd från data-src.",
        en: "New version built from data-src.",
      };
}
