import { describe, expect, it } from "vitest";

import {
  decideDecimalMode,
  parseNumber,
  symbolMeaning,
  trimCell,
} from "@/data/import/numbers";

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
    ["1.234,5"],
    ["1,234,5"],
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
  ])("point mode reads %j as %d", (text, value) => {
    expect(parseNumber(text, "point")?.value).toBe(value);
  });

  it.each([["12,5"], ["3,174,063"], ["1.2.3"], ["1e3"]])(
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

  it.each([["0"], ["......."], ["saknas"], ["NA"], ["- -"]])(
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

describe(decideDecimalMode, () => {
  it.each([
    [["5,6", "7", "8,25"], "comma", false],
    [["5", "7"], "comma", false],
    [["12.5", "7", "0.25"], "point", false],
    [["9.94257206"], "point", false],
    // Only "x.yyy": the point may be a thousands separator, so it is never guessed.
    [["1.234", "12.500"], "comma", true],
    [["1.234", "12.5"], "point", false],
    // Both separators: the Swedish comma wins and the point cells become errors.
    [["5,6", "12.5"], "comma", false],
  ] as const)("%j → %s", (cells, mode, ambiguousPoint) => {
    expect(decideDecimalMode(cells)).toEqual({ mode, ambiguousPoint });
  });
});
