import { describe, expect, it } from "vitest";

import { parseNumber, singleGroupValue, trimCell } from "@/data/import/numbers";
import { symbolMeaning } from "@/data/import/symbols";
import { FormatEvidence, numberShape } from "@/data/import/number-format";

describe(parseNumber, () => {
  it.each([
    ["0", 0],
    ["12", 12],
    ["-12", -12],
    ["5,6", 5.6],
    ["-5,6", -5.6],
    ["0,25", 0.25],
    ["007", 7],
    ["3 174 063", 3174063],
    ["3\u00a0174\u00a0063,5", 3174063.5],
    ["3\u202f174\u202f063", 3174063],
    ["\u22123\u00a0174\u00a0063,5", -3174063.5],
    ["\u2011928", -928],
    ["12 345 678,901", 12345678.901],
    ["1.234.567", 1234567],
    ["1.234,5", 1234.5],
    ["999999999999999", 999999999999999],
  ])("comma mode reads %j as %d", (text, value) => {
    expect(parseNumber(text, "comma")).toEqual({ value, unit: null });
  });

  it.each([
    ["12,5 %", 12.5, "%"],
    ["12,5%", 12.5, "%"],
    ["12,5\u00a0%", 12.5, "%"],
    ["1 234 kr", 1234, "kr"],
    ["-5kr", -5, "kr"],
  ])("reads %j with its unit", (text, value, unit) => {
    expect(parseNumber(text, "comma")).toEqual({ value, unit });
  });

  it.each([
    [""],
    ["-"],
    [","],
    ["5,"],
    [",5"],
    ["12abc"],
    ["abc12"],
    ["0x1A"],
    ["1e3"],
    ["1E3"],
    ["Infinity"],
    ["-Infinity"],
    ["NaN"],
    ["+5"],
    ["--5"],
    ["5-"],
    ["1,234,5"],
    ["1.23,5"],
    ["3,174,063"],
    ["12 34"],
    ["1 2345"],
    ["1  234"],
    ["12.5"],
    ["5 %%"],
    ["5 USD"],
    ["1234567890123456"],
    [" 5"],
    ["٣"],
  ])("comma mode refuses %j (never a partial parse)", (text) => {
    expect(parseNumber(text, "comma")).toBeNull();
  });

  it.each([
    ["12.5", 12.5],
    ["-0.25", -0.25],
    ["9.94257206", 9.94257206],
    ["2 540 100.5", 2540100.5],
    ["40", 40],
    ["3,174,063", 3174063],
    ["-3,174,063.25", -3174063.25],
    ["1,234.5", 1234.5],
  ])("point mode reads %j as %d", (text, value) => {
    expect(parseNumber(text, "point")?.value).toBe(value);
  });

  it.each([["12,5"], ["560,000"], ["1,23,456"], ["1.2.3"], ["1e3"]])(
    "point mode refuses %j",
    (text) => {
      expect(parseNumber(text, "point")).toBeNull();
    },
  );
});

describe("parseNumber against Number()", () => {
  it("gives exactly the double Number() gives for the decimal, for 20 000 random cells", () => {
    let state = 12345;
    const next = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state;
    };
    for (let i = 0; i < 20_000; i++) {
      const integer = String(next() % 10 ** (1 + (next() % 9)));
      const decimals = next() % 12;
      const fraction = Array.from({ length: decimals }, () => next() % 10).join(
        "",
      );
      const negative = next() % 2 === 0;
      const comma = `${negative ? "-" : ""}${integer}${decimals ? `,${fraction}` : ""}`;
      const expected = Number(comma.replace(",", "."));
      expect(parseNumber(comma, "comma")?.value).toBe(expected);
      expect(parseNumber(comma.replace(",", "."), "point")?.value).toBe(
        expected,
      );
    }
  });
});

describe(symbolMeaning, () => {
  it.each([
    ["", "missing", false],
    [".", "missing", false],
    ["..", "suppressed", false],
    ["...", "missing", false],
    ["......", "missing", false],
    ["-", "missing", true],
    ["\u2013", "missing", true],
    ["\u2212", "missing", true],
    ["x", "suppressed", false],
    ["X", "suppressed", false],
    ["\u00d7", "suppressed", false],
  ])("%j means %s", (text, status, dash) => {
    expect(symbolMeaning(text)).toEqual({ status, dash });
  });

  it.each([["NA"], ["NaN"], ["N/A"]])("%j (R, pandas) is missing", (text) => {
    expect(symbolMeaning(text)).toEqual({ status: "missing", dash: false });
  });

  it.each([["0"], ["......."], ["saknas"], ["Inf"], ["- -"]])(
    "%j is not a symbol",
    (text) => {
      expect(symbolMeaning(text)).toBeNull();
    },
  );
});

describe(trimCell, () => {
  it.each([
    ["  5 ", "5"],
    ["\u00a05,5\u00a0", "5,5"],
    ["\t..\r", ".."],
    ["Botkyrka", "Botkyrka"],
  ])("%j → %j", (text, trimmed) => {
    expect(trimCell(text)).toBe(trimmed);
  });
});

function evidenceOf(cells: readonly string[]): FormatEvidence {
  const evidence = new FormatEvidence();
  for (const cell of cells) evidence.add(numberShape(cell));
  return evidence;
}

describe(numberShape, () => {
  it.each([
    ["1234", "plain"],
    ["3 174 063", "plain"],
    ["8,3", "dec-comma"],
    ["0,125", "dec-comma"],
    ["1234,567", "dec-comma"],
    ["1 234,567", "dec-comma"],
    ["12.5", "dec-point"],
    ["2540100.5", "dec-point"],
    ["0.125", "dec-point"],
    ["3,174,063", "group-comma"],
    ["1,234.5", "group-comma"],
    ["1.234.567", "group-point"],
    ["1.234,5", "group-point"],
    ["560,000", "single-comma"],
    ["-12,500", "single-comma"],
    ["12,500 %", "single-comma"],
    ["1.234", "single-point"],
    ["12.5abc", "other"],
    ["12abc", "plain"],
  ] as const)("%j is %s", (text, shape) => {
    expect(numberShape(text)).toBe(shape);
  });
});

describe(FormatEvidence, () => {
  it.each([
    [["5,6", "7", "8,25"], "comma"],
    [["5", "7"], null],
    [["12.5", "7", "0.25"], "point"],
    [["3,174,063", "560,000"], "point"],
    [["1.234", "12.500"], null],
    [["5,6", "12.5", "1,5"], "comma"],
  ] as const)("%j → mode %s", (cells, mode) => {
    expect(evidenceOf(cells).mode).toBe(mode);
  });

  it.each([
    // English file with thousands commas: "560,000" is 560 000.
    [["3,174,063", "2540100.5"], "single-comma", "group"],
    // Swedish decimals: "560,000" is 560.
    [["8,3", "12,25"], "single-comma", "decimal"],
    // Nothing tells: never guessed.
    [["560", "12"], "single-comma", null],
    // Decimal points only: a comma could still be a decimal comma typed by hand.
    [["12.5"], "single-comma", null],
    [["12.5"], "single-point", "decimal"],
    [["1.234.567"], "single-point", "group"],
    [["8,3"], "single-point", null],
    // Both kinds of cells: nothing in between.
    [["3,174,063", "8,3"], "single-comma", null],
    [["12.5", "8,3"], "single-point", null],
  ] as const)("%j reads a %s cell as %s", (cells, shape, reading) => {
    expect(evidenceOf(cells).readSingle(shape)).toBe(reading);
  });
});

describe(singleGroupValue, () => {
  it.each([
    ["560,000", "group", 560000],
    ["560,000", "decimal", 560],
    ["-12,500", "group", -12500],
    ["-12,500", "decimal", -12.5],
    ["1.234", "decimal", 1.234],
    ["1.234", "group", 1234],
  ] as const)("%j as %s is %d", (text, reading, value) => {
    expect(singleGroupValue(text, reading)?.value).toBe(value);
  });
});
