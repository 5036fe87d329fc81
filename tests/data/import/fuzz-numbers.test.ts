/**
 * Seeded fuzzing of number formats: files written the Swedish way (1 234,5) or the English way
 * (1,234.5), with or without thousands separators, some cells written the other way (swapped
 * decimal and thousands separators), some with a single group that reads either way ("560,000").
 * Every cell encodes a known value whatever its form, so the check is strict: no value the import
 * accepts may differ from the value its cell was written from. A refused cell is fine; a wrong
 * number never is.
 */
import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Style = "sv" | "en";

/** Writes |value| with `decimals` decimals in a style, grouped or not. */
function write(
  value: number,
  decimals: number,
  style: Style,
  grouped: boolean,
): string {
  const [integer = "0", fraction = ""] = Math.abs(value)
    .toFixed(decimals)
    .split(".");
  const group = style === "sv" ? " " : ",";
  const decimal = style === "sv" ? "," : ".";
  const digits = grouped
    ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, group)
    : integer;
  return `${value < 0 ? "-" : ""}${digits}${fraction ? `${decimal}${fraction}` : ""}`;
}

/** A cell read strictly in one style: its group separator dropped, its decimal a point. */
function strictRead(text: string, style: Style): number {
  const [group, decimal] = style === "sv" ? [" ", ","] : [",", "."];
  return Number(text.split(group).join("").replace(decimal, "."));
}

const KOMMUNER = IMPORT_CONTEXT.areas
  .map((a) => a.code)
  .filter((c) => c.length === 4);

describe("fuzzed number formats", () => {
  it("never accept a value that differs from the value its cell was written from", () => {
    const random = prng(20261202);
    const pick = <T>(items: readonly T[]): T =>
      items[Math.floor(random() * items.length)] as T;
    let accepted = 0;
    let refused = 0;
    for (let file = 0; file < 400; file++) {
      const style: Style = random() < 0.5 ? "sv" : "en";
      const grouped = random() < 0.6;
      const swapRate = pick([0, 0, 0.02, 0.2]);
      const singleRate = pick([0, 0.1, 0.5, 1]);
      const delimiter = pick([";", ",", "\t"]);
      const truth = new Map<number, number>();
      const lines = [["Kommun", "År", "Värde"].join(delimiter)];
      const rows = 5 + Math.floor(random() * 40);
      for (let r = 0; r < rows; r++) {
        const area = KOMMUNER[r % KOMMUNER.length] ?? "0127";
        const year = 1990 + Math.floor(r / KOMMUNER.length);
        let value: number;
        let decimals: number;
        if (random() < singleRate) {
          // "560,000" / "1.234": one group of three after a separator.
          const head = 1 + Math.floor(random() * 999);
          const tail = Math.floor(random() * 1000);
          const asThousands = random() < 0.5;
          value = asThousands ? head * 1000 + tail : head + tail / 1000;
          decimals = asThousands ? 0 : 3;
          if (asThousands && style === "sv" && !grouped) {
            value = head * 1000 + tail;
          }
        } else {
          decimals = Math.floor(random() * 4);
          value =
            Math.round(random() * 10 ** (1 + Math.floor(random() * 7))) /
            10 ** decimals;
        }
        if (random() < 0.15) value = -value;
        value = Number(value.toFixed(decimals));
        const cellStyle: Style =
          random() < swapRate ? (style === "sv" ? "en" : "sv") : style;
        const text = write(
          value,
          decimals,
          cellStyle,
          grouped || (decimals === 0 && value >= 1000 && singleRate > 0),
        );
        const quoted =
          text.includes(delimiter) || random() < 0.3 ? `"${text}"` : text;
        lines.push([area, String(year), quoted].join(delimiter));
        // A swapped cell with one group ("117,896" in a Swedish file) says nothing of its own
        // form: a strict reader reads it in the file's format, and so must the import.
        truth.set(
          lines.length,
          cellStyle !== style && /^-?\d{1,3}[.,]\d{3}$/.test(text)
            ? strictRead(text, style)
            : value,
        );
      }
      const text = `${lines.join("\n")}\n`;
      const report = checkImport(utf8(text), "fuzz.csv", IMPORT_CONTEXT);
      for (const o of report.observations) {
        if (o.value === null) continue;
        const expected = truth.get(o.line);
        if (o.value !== expected) {
          const line = text.split("\n")[o.line - 1];
          expect({ line, read: o.value, written: expected, file: text }).toBe(
            "the value its cell was written from",
          );
        }
        accepted++;
      }
      refused += report.issues.filter((i) =>
        ["ambiguous-number", "bad-number"].includes(i.code),
      ).length;
    }
    // The fuzzing reached both outcomes: many values read, some refused.
    expect(accepted).toBeGreaterThan(3000);
    expect(refused).toBeGreaterThan(50);
  });
});
