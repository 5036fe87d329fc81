/**
 * Seeded fuzzing: thousands of mutated CSV and JSON files (byte flips, truncation, inserted
 * quotes, delimiters, BOMs, NULs, line ends, huge numbers, prototype keys). Whatever the bytes,
 * checkImport returns a report (never throws, never an internal error), its decision is one of
 * the three, and every issue is well formed with a message in both languages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import type { ImportReport } from "@/data/import/report-types";
import { SWEDISH_KOMMUNER, SWEDISH_LAN } from "@/data/import/sweden-areas";
import { periodKind } from "@/domain/periods";

import {
  tidyCsvRow,
  TIDY_CSV_HEADER,
} from "../../../scripts/lib/import-fixture";
import { IMPORT_CONTEXT } from "../../fixtures/import-context";
import { en, sv } from "./message-text";

/** mulberry32: a small deterministic PRNG. */
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

const FIXTURES = resolve(import.meta.dirname, "..", "..", "fixtures", "import");
const encoder = new TextEncoder();
const SEEDS: Uint8Array[] = [
  ...readdirSync(FIXTURES)
    .filter((f) => f !== "README.md")
    .map((f) => new Uint8Array(readFileSync(resolve(FIXTURES, f)))),
  encoder.encode(
    [
      TIDY_CSV_HEADER,
      ...Array.from({ length: 60 }, (_, i) => tidyCsvRow(i * 37)),
    ].join("\r\n"),
  ),
];

const SNIPPETS = [
  '"',
  '""',
  ";",
  ",",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\ufeff",
  "\u0000",
  "sep=;\n",
  "..",
  "-",
  "–",
  "99999999999999999999",
  "1e308",
  "-0",
  "0x1A",
  "1 234,5",
  "12.5",
  "=1+1",
  "@A1",
  "__proto__",
  "constructor",
  "{",
  "[",
  "}",
  "]",
  '{"values":[',
  '"__proto__":',
  "Ã¶",
  "\ufffd",
  "0127 Botkyrka",
  "Stockholms län",
  "2013-2016",
  "x".repeat(300),
].map((s) => encoder.encode(s));

/** The county's areas and (kept for the national comparisons) every other kommun and län. */
const CODES = new Set([
  ...IMPORT_CONTEXT.areas.map((a) => a.code),
  ...SWEDISH_KOMMUNER.map(([code]) => code),
  ...SWEDISH_LAN.map(([code]) => code),
]);

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  let out = Array.from(bytes);
  const steps = 1 + Math.floor(random() * 6);
  for (let step = 0; step < steps; step++) {
    const at = Math.floor(random() * (out.length + 1));
    const kind = Math.floor(random() * 7);
    if (kind === 0 && out.length > 0)
      out[Math.min(at, out.length - 1)] = Math.floor(random() * 256);
    else if (kind === 1) out = out.slice(0, at);
    else if (kind === 2 || kind === 3) {
      const snippet =
        SNIPPETS[Math.floor(random() * SNIPPETS.length)] ?? new Uint8Array();
      out.splice(at, 0, ...snippet);
    } else if (kind === 4) out.splice(at, Math.floor(random() * 20));
    else if (kind === 5) {
      const from = Math.floor(random() * out.length);
      out.splice(at, 0, ...out.slice(from, from + Math.floor(random() * 80)));
    } else
      out.splice(
        at,
        0,
        ...Array.from({ length: Math.floor(random() * 8) }, () =>
          Math.floor(random() * 256),
        ),
      );
  }
  return Uint8Array.from(out);
}

const DECISIONS = ["accept", "accept-with-row-errors", "reject"];
const SEVERITIES = ["error", "warning", "info"];

/** What is wrong with a report (plain checks: thousands of expect() calls would be slow). */
function problemsOf(report: ImportReport, bytes: Uint8Array): string[] {
  const problems: string[] = [];
  if (!DECISIONS.includes(report.decision))
    problems.push(`decision ${report.decision}`);
  let lines = 2;
  for (const byte of bytes) if (byte === 10 || byte === 13) lines++;
  for (const issue of report.issues) {
    if (!/^[a-z0-9-]+$/.test(issue.code) || issue.code === "internal-error")
      problems.push(`code ${issue.code}: ${en(issue.message)}`);
    if (!SEVERITIES.includes(issue.severity))
      problems.push(`severity ${issue.severity}`);
    if (sv(issue.message).length < 6 || en(issue.message).length < 6)
      problems.push(`message of ${issue.code}`);
    if (
      issue.line !== null &&
      (!Number.isInteger(issue.line) || issue.line < 1 || issue.line > lines)
    )
      problems.push(`line ${issue.line} of ${issue.code}`);
  }
  const errors = report.issues.some((i) => i.severity === "error");
  if (report.decision === "accept" && errors)
    problems.push("accepted with errors");
  if (
    report.decision === "accept-with-row-errors" &&
    !errors &&
    report.totals.outsideCountyRows === 0
  )
    problems.push("row errors without an error or a row outside the county");
  if (report.decision === "reject" && report.observations.length > 0)
    problems.push("rejected with observations");
  if (report.decision !== "reject" && report.observations.length === 0)
    problems.push("accepted without observations");
  for (const o of report.observations) {
    if (!CODES.has(o.area)) problems.push(`area ${o.area}`);
    if (periodKind(o.period) === null) problems.push(`period ${o.period}`);
    if (o.value !== null && !Number.isFinite(o.value))
      problems.push(`value ${o.value}`);
    if (
      (o.status === "reported") !== (o.value !== null) &&
      !(o.symbol !== null && o.value === 0)
    )
      problems.push(`status ${o.status} with ${o.value}`);
    if (o.indicator === "") problems.push("empty indicator");
  }
  return problems;
}

describe("fuzzed files", () => {
  it("always give a well-formed report", () => {
    const random = prng(20261123);
    let checked = 0;
    const decisions = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const seed = SEEDS[i % SEEDS.length] ?? new Uint8Array();
      const bytes = mutate(seed, random);
      const name = i % 5 === 0 ? "fuzz.json" : "fuzz.csv";
      const report = checkImport(bytes, name, IMPORT_CONTEXT, {
        maxLineLength: 2000,
      });
      const problems = problemsOf(report, bytes);
      if (problems.length > 0)
        expect({ file: new TextDecoder().decode(bytes), problems }).toEqual({});
      decisions.set(report.decision, (decisions.get(report.decision) ?? 0) + 1);
      checked++;
    }
    expect(checked).toBe(5000);
    // The mutations are mild enough that all three decisions occur.
    expect([...decisions.keys()].sort()).toEqual([
      "accept",
      "accept-with-row-errors",
      "reject",
    ]);
  }, 30_000);

  it("survive random bytes", () => {
    const random = prng(7);
    for (let i = 0; i < 500; i++) {
      const bytes = Uint8Array.from(
        { length: Math.floor(random() * 400) },
        () => Math.floor(random() * 256),
      );
      expect(
        problemsOf(checkImport(bytes, "random.csv", IMPORT_CONTEXT), bytes),
      ).toEqual([]);
    }
  });
});
