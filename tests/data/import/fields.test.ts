import { describe, expect, it } from "vitest";

import {
  normaliseGender,
  parsePeriod,
  parseStatus,
} from "@/data/import/fields";
import { isFormulaLike } from "@/data/import/formula";
import { sv } from "./message-text";

describe(parsePeriod, () => {
  it.each([
    ["2019", "2019", false],
    ["1998", "1998", false],
    ["2013-2016", "2013-2016", false],
    ["2013–2016", "2013-2016", true],
    ["2013 - 2016", "2013-2016", true],
    ["2013/2016", "2013-2016", true],
    ["2014M08", "2014M08", false],
    ["2014M8", "2014M08", true],
    ["2014-08", "2014M08", true],
    ["2014K1", "2014K1", false],
    ["2014Q1", "2014K1", true],
    ["2014 K4", "2014K4", true],
  ])("%j → %j", (text, period, noted) => {
    const result = parsePeriod(text);
    expect(result.ok && result.period).toBe(period);
    expect(result.ok && result.note !== null).toBe(noted);
  });

  it.each([
    ["2019", "year"],
    ["2013–2016", "range"],
    ["2014M08", "month"],
    ["2014Q3", "quarter"],
  ])("%j is a %s", (text, kind) => {
    const result = parsePeriod(text);
    expect(result.ok && result.kind).toBe(kind);
  });

  it.each([
    [""],
    ["19"],
    ["1899"],
    ["2101"],
    ["2016-2013"],
    ["2019-2019"],
    ["2019K5"],
    ["2019M13"],
    ["2019M00"],
    ["2019-20"],
    ["2019:1"],
    ["2019.0"],
    ["år 2019"],
    ["20190"],
  ])("%j is not a period", (text) => {
    const result = parsePeriod(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && sv(result.message)).toBeTruthy();
  });
});

describe(normaliseGender, () => {
  it.each([
    ["T", "T"],
    ["totalt", "T"],
    ["Båda könen", "T"],
    ["K", "K"],
    ["k", "K"],
    ["kvinnor", "K"],
    ["Women", "K"],
    ["M", "M"],
    ["män", "M"],
    ["pojkar", "M"],
    ["0–17 år", "0–17 år"],
  ])("%j → %j", (text, gender) => {
    expect(normaliseGender(text)).toBe(gender);
  });
});

describe(parseStatus, () => {
  it.each([
    ["", { kind: "none" }],
    ["reported", { kind: "reported", note: null }],
    ["estimated", { kind: "reported", note: "estimated" }],
    ["Saknas", { kind: "symbol", status: "missing", symbol: null }],
    ["sekretess", { kind: "symbol", status: "suppressed", symbol: null }],
    ["..", { kind: "symbol", status: "suppressed", symbol: ".." }],
    ["-", { kind: "symbol", status: "missing", symbol: "-" }],
    ["konstig", { kind: "unknown" }],
  ])("%j", (text, result) => {
    expect(parseStatus(text)).toEqual(result);
  });
});

describe(isFormulaLike, () => {
  it.each([
    ["=SUM(A1:A2)", true],
    ["=1+1", true],
    ["+5", true],
    ["+46 8 123", true],
    ["@SUM(A1)", true],
    ["-abc", true],
    ["-2+3+cmd|' /C calc'!A0", true],
    ["\t=1", true],
    ["\r=1", true],
    ["\n1", true],
    ["-5", false],
    ["-5,5", false],
    ["-1 234,5", false],
    ["\u22125", false],
    ["-", false],
    ["Botkyrka", false],
    ["", false],
    ["5=5", false],
  ])("%j → %s", (text, formula) => {
    expect(isFormulaLike(text)).toBe(formula);
  });
});
