/**
 * The import session keeps the bytes: the file is checked again with the user's column mapping,
 * the report is replaced, and a later save uses the latest report (and keeps its mapping). The
 * main-thread fallback of runImport does the same, and a recheck overtaken by a newer one is
 * aborted, never shown.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { parseMapping, type ImportMapping } from "@/data/import/mapping";
import { startImportSession } from "@/data/local/import-session";
import {
  getLocalObservations,
  listLocalDatasets,
} from "@/data/local/local-store";
import { runImport } from "@/data/local/run-import";

import { IMPORT_CONTEXT } from "../../fixtures/import-context";
import { en } from "../import/message-text";

const FIXTURES = resolve(import.meta.dirname, "..", "..", "fixtures");
const BYTES = new Uint8Array(
  readFileSync(resolve(FIXTURES, "import", "needs-mapping.csv")),
);
const MAPPING = ((): ImportMapping => {
  const parsed = parseMapping(
    readFileSync(
      resolve(FIXTURES, "import-mappings", "needs-mapping.json"),
      "utf8",
    ),
  );
  if (!parsed.ok) throw new Error(en(parsed.message));
  return parsed.mapping;
})();
const SAVE = {
  name: "Stöd",
  choices: [],
  importedAt: "2026-11-23T10:00:00.000Z",
};

const session = () =>
  startImportSession(BYTES, "needs-mapping.csv", IMPORT_CONTEXT.areas);

describe(startImportSession, () => {
  it("checks the same bytes again with a mapping and replaces the report", () => {
    const s = session();
    expect(s.checked.report.decision).toBe("reject");
    expect(s.checked.report.mapping).toBeNull();
    const mapped = s.recheck(MAPPING);
    expect(mapped.report.decision).toBe("accept");
    expect(mapped.observationCount).toBe(4);
    expect(mapped.report.mapping).toEqual(MAPPING);
    expect(mapped.sha256).toBe(s.checked.sha256);
    // null: detection's reading again.
    expect(s.recheck(null).report.decision).toBe("reject");
  });

  it("refuses a mapping whose headings are another file's", () => {
    const s = session();
    const other: ImportMapping = {
      ...MAPPING,
      area: { ...MAPPING.area, column: { index: 0, heading: "Kommun" } },
    };
    const report = s.recheck(other).report;
    expect(report.decision).toBe("reject");
    expect(report.issues.map((i) => i.code)).toContain("mapping-mismatch");
  });

  it("saves the latest report, with the mapping it was read with", async () => {
    const s = session();
    s.recheck(MAPPING);
    const meta = await s.save(SAVE);
    expect(meta.observationCount).toBe(4);
    expect(meta.mapping).toEqual(MAPPING);
    expect(meta.indicators.map((i) => i.label.sv)).toEqual([
      "Andel med stöd (%)",
    ]);
    const stored = await getLocalObservations(meta.id);
    expect(stored.meta.mapping).toEqual(MAPPING);
    expect(stored.observations).toHaveLength(4);
  });
});

describe("runImport without a worker (the main-thread fallback)", () => {
  const file = () =>
    new File([BYTES], "needs-mapping.csv", { type: "text/csv" });

  it("rechecks, aborts a request overtaken by a newer one, and saves the latest report", async () => {
    const result = await runImport(
      file(),
      IMPORT_CONTEXT.areas,
      () => undefined,
    ).result;
    expect(result.report.decision).toBe("reject");
    const first = result.recheck({ ...MAPPING, dash: "zero" });
    const second = result.recheck(MAPPING);
    await expect(first).rejects.toMatchObject({ name: "AbortError" });
    const checked = await second;
    expect(checked.report.decision).toBe("accept");
    expect(checked.observationCount).toBe(4);
    const meta = await result.save(SAVE);
    expect(meta.mapping).toEqual(MAPPING);
  });

  it("runs a recheck still waiting before a save", async () => {
    const result = await runImport(
      file(),
      IMPORT_CONTEXT.areas,
      () => undefined,
    ).result;
    const waiting = result.recheck(MAPPING);
    const meta = await result.save(SAVE);
    expect(meta.observationCount).toBe(4);
    expect((await waiting).report.decision).toBe("accept");
    expect((await listLocalDatasets()).map((d) => d.id)).toEqual([meta.id]);
  });
});

describe("stored metas from before mappings were kept", () => {
  it("load with mapping null", async () => {
    const s = session();
    s.recheck(MAPPING);
    const meta = await s.save(SAVE);
    // Write the meta back as an older version of the app stored it: without `mapping`.
    const { openDB } = await import("idb");
    const db = await openDB("psykisk-halsa-egen-data");
    const old: Record<string, unknown> = { ...meta };
    delete old.mapping;
    await db.put("meta", old);
    db.close();
    const [listed] = await listLocalDatasets();
    expect(listed?.mapping).toBeNull();
    expect((await getLocalObservations(meta.id)).meta.mapping).toBeNull();
  });
});
