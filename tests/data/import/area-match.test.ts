import { describe, expect, it } from "vitest";

import { nameKey } from "@/data/import/area-index";
import { AreaMatcher } from "@/data/import/area-match";

import { IMPORT_CONTEXT } from "../../fixtures/import-context";
import { en, sv } from "./message-text";

const matcher = new AreaMatcher(IMPORT_CONTEXT.areas);

describe(AreaMatcher, () => {
  it.each([
    // codes
    ["0127", "0127", null],
    ["0180", "0180", null],
    ["01", "01", null],
    ["00", "00", null],
    ["127", "0127", "area-code-padded"],
    ["1", "01", "area-code-padded"],
    ["0001", "01", "area-code-kolada"],
    ["0000", "00", "area-code-kolada"],
    // names and their variants
    ["Botkyrka", "0127", "area-name-mapped"],
    ["  botkyrka ", "0127", "area-name-mapped"],
    ["BOTKYRKA KOMMUN", "0127", "area-name-mapped"],
    ["Botkyrka kommun", "0127", "area-name-mapped"],
    ["Stockholms stad", "0180", "area-name-mapped"],
    ["Sundbybergs stad", "0183", "area-name-mapped"],
    ["Danderyds kommun", "0162", "area-name-mapped"],
    ["Nynäshamns kommun", "0192", "area-name-mapped"],
    ["Upplands-Väsby", "0114", "area-name-mapped"],
    ["Upplands Bro", "0139", "area-name-mapped"],
    ["upplands_bro", "0139", "area-name-mapped"],
    ["Väsby", "0114", "area-name-mapped"],
    ["Eker\u006f\u0308", "0125", "area-name-mapped"], // NFD "ö"
    ["Ekero", "0125", "area-name-mapped"],
    ["Sodertalje", "0181", "area-name-mapped"],
    ["Värdö", "0120", "area-name-mapped"],
    ["Stockholms län", "01", "area-name-mapped"],
    ["Stockholms läns landsting", "01", "area-name-mapped"],
    ["Region Stockholm", "01", "area-name-mapped"],
    ["Riket", "00", "area-name-mapped"],
    ["Sverige", "00", "area-name-mapped"],
    // PxWeb's "code name"
    ["0127 Botkyrka", "0127", null],
    ["01 Stockholms län", "01", null],
    ["127 Botkyrka", "0127", "area-code-padded"],
    ["Botkyrka (0127)", "0127", null],
  ])("%j → %s", (text, code, note) => {
    const result = matcher.resolve(text);
    expect(result.ok && result.code).toBe(code);
    expect(result.ok && (result.note?.code ?? null)).toBe(note);
  });

  it.each([
    ["1480", "outside-county", "utanför Stockholms län"],
    ["14", "outside-county-region", "utanför Stockholms län"],
    ["0380", "outside-county", "utanför Stockholms län"],
    ["0013", "outside-county-region", "utanför Stockholms län"],
    ["2080", "outside-county", "Falun"],
    ["0199", "unknown-area", "0199"],
    ["12345", "unknown-area", "12345"],
    ["Göteborg", "outside-county", "Göteborg"],
    ["Region Uppsala", "outside-county-region", "Uppsala län"],
    ["1917", "unknown-area", "1917"],
    ["1917 Heby", "unknown-area", "1917"],
    ["15 f.d. Älvsborgs län", "unknown-area", "15"],
    ["50 no regional distribution", "unknown-area", "50"],
    ["99", "unknown-area", "99"],
    ["0", "unknown-area", "00"],
    ["Total", "unknown-area", "Total"],
    ["NA", "unknown-area", "NA"],
    ["0331 Heby", "outside-county", "Heby"],
    ["03 Uppsala county", "outside-county-region", "Uppsala"],
    ["0127 Göteborg", "area-mismatch", "Göteborg"],
    ["Stockholms", "unknown-area", "Stockholms"],
    ["Upplands", "unknown-area", "Upplands"],
    ["0099", "unknown-area", "0099"],
    ["", "missing-area", "saknas"],
    ["   ", "missing-area", "saknas"],
    ["0127 Solna", "area-mismatch", "Solna"],
    ["0127 Botkyrkaa", "area-mismatch", "Botkyrkaa"],
    ["Solna (0127)", "area-mismatch", "Solna"],
    ["__proto__", "unknown-area", "__proto__"],
    ["constructor", "unknown-area", "constructor"],
  ])("%j is a row error (%s)", (text, code, mentioned) => {
    const result = matcher.resolve(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(sv(result.message)).toContain(mentioned);
    expect(en(result.message)).toBeTruthy();
  });

  it.each([
    ["Stockholm", "01"],
    ["Stockholms län", "01"],
    ["Region Stockholm", "01"],
    ["01 Stockholms län", "01"],
    ["0001", "01"],
    ["Riket", "00"],
  ])(
    "at county level %j is the county %s, never the municipality",
    (text, code) => {
      const result = matcher.resolveCounty(text);
      expect(result.ok && result.code).toBe(code);
    },
  );

  it.each([
    ["Uppsala", "outside-county-region"],
    ["Region Skåne", "outside-county-region"],
    ["Jönköping", "outside-county-region"],
    ["Södermanland", "outside-county-region"],
    ["Jämtland", "outside-county-region"],
    ["Botkyrka", "unknown-area"],
    ["Xyz", "unknown-area"],
  ])("at county level %j is not used (%s)", (text, code) => {
    const result = matcher.resolveCounty(text);
    expect(!result.ok && result.code).toBe(code);
  });

  it("maps a row by its name when the code cell is empty, and says so", () => {
    const result = matcher.resolvePair("", "Stockholms stad");
    expect(result.ok && result.code).toBe("0180");
    expect(result.ok && result.note?.code).toBe("area-by-name");
  });

  it("refuses a code whose name column names another kommun of Sweden", () => {
    const result = matcher.resolvePair("0127", "Göteborg");
    expect(!result.ok && result.code).toBe("area-mismatch");
  });

  it("checks that a code column and a name column agree", () => {
    expect(matcher.resolvePair("0127", "Botkyrka")).toMatchObject({
      ok: true,
      code: "0127",
    });
    expect(matcher.resolvePair("127", "")).toMatchObject({
      ok: true,
      code: "0127",
    });
    expect(matcher.resolvePair("0127", "Solna")).toMatchObject({
      ok: false,
      code: "area-mismatch",
    });
  });

  it("gives every area a small index for duplicate keys", () => {
    const indexes = IMPORT_CONTEXT.areas.map((a) => {
      const result = matcher.resolve(a.code);
      return result.ok ? result.index : -1;
    });
    expect(new Set(indexes).size).toBe(IMPORT_CONTEXT.areas.length);
    expect(Math.max(...indexes)).toBeLessThan(matcher.size);
  });
});

describe(nameKey, () => {
  it.each([
    ["Upplands-Bro", "upplands bro"],
    ["  UPPLANDS\u00a0VÄSBY ", "upplands väsby"],
    ["Eker\u006f\u0308", "ekerö"],
  ])("%j → %j", (text, key) => {
    expect(nameKey(text)).toBe(key);
  });
});
