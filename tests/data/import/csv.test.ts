import { describe, expect, it } from "vitest";

import {
  detectDelimiter,
  readCsv,
  readSepLine,
  scanLines,
  type CsvReadOptions,
} from "@/data/import/csv";

describe(readSepLine, () => {
  it.each([
    ["sep=;\nA;B", ";", "A;B"],
    ["sep=,\r\nA,B", ",", "A,B"],
    ["sep=\t\nA\tB", "\t", "A\tB"],
    ['"sep=;"\nA;B', ";", "A;B"],
    ["SEP=;;;;\r\nA;B", ";", "A;B"],
  ])("%j", (text, delimiter, rest) => {
    expect(readSepLine(text)).toEqual({ delimiter, rest });
  });

  it("ignores files without one", () => {
    expect(readSepLine("Kommun;sep=;\n")).toBeNull();
    expect(readSepLine("separat;x\n")).toBeNull();
  });
});

describe(detectDelimiter, () => {
  it.each([
    [
      "semicolon with decimal commas",
      "Kommun;År;Värde\nBotkyrka;2019;5,6\nSolna;2019;7,25\n",
      ";",
    ],
    ["semicolon, one row", "Kommun;År;Värde\nBotkyrka;2019;5,6\n", ";"],
    ["comma", "Kommun,År,Värde\nBotkyrka,2019,5.6\n", ","],
    [
      "comma with quoted decimal commas",
      'Kommun,År,Värde\nBotkyrka,2019,"5,6"\nSolna,2019,"7,1"\n',
      ",",
    ],
    ["TAB", "Kommun\tÅr\tVärde\nBotkyrka\t2019\t5,6\n", "\t"],
    [
      "PxWeb title with commas in quotes",
      '"Folkmängd efter region, kön och år"\n\n"region";"2019"\n"0127 Botkyrka";93\n',
      ";",
    ],
  ])("%s", (_, text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("is null for a single column", () => {
    expect(detectDelimiter("Kommun\nBotkyrka\n")).toBeNull();
  });
});

describe(scanLines, () => {
  it("keeps uniform CR LF and finds the first line over the limit", () => {
    const scan = scanLines("ab\r\nabcdef\r\nabc\r\n", 5);
    expect(scan.newline).toBe("\r\n");
    expect(scan.tooLong).toEqual({ line: 2, length: 6 });
  });

  it("normalises mixed line ends and lone CRs to LF", () => {
    const scan = scanLines("a\r\nb\nc\rd", 10, 2);
    expect(scan.text).toBe("a\nb\nc\nd");
    expect(scan.newline).toBe("\n");
    expect(scan.tooLong).toBeNull();
  });

  it("counts from the given first line", () => {
    expect(scanLines("a\nbbbbbb", 3, 2).tooLong).toEqual({
      line: 3,
      length: 6,
    });
  });
});

function read(text: string, options: Partial<CsvReadOptions> = {}) {
  const rows: [number, string[]][] = [];
  const errors: [string, number, number][] = [];
  let tooLong: number | null = null;
  readCsv(
    text,
    {
      delimiter: ";",
      newline: "\n",
      firstLine: 1,
      maxRecordLength: 1000,
      ...options,
    },
    {
      row: (fields, line) => rows.push([line, fields]),
      quoteError: (kind, line, last) => errors.push([kind, line, last]),
      recordTooLong: (line) => (tooLong = line),
    },
  );
  return { rows, errors, tooLong };
}

describe(readCsv, () => {
  it("numbers rows by physical line, with quoted newlines and blank lines", () => {
    const { rows } = read('a;b\n"x\ny";1\n\n"p";"q\n\nr"\nlast;2');
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ["x\ny", "1"]],
      [4, [""]],
      [5, ["p", "q\n\nr"]],
      [8, ["last", "2"]],
    ]);
  });

  it("reads CR LF files with CR LF inside quotes", () => {
    const { rows } = read('a;b\r\n"x\r\ny";1\r\nz;2\r\n', { newline: "\r\n" });
    expect(rows.map(([line, fields]) => [line, fields[0]])).toEqual([
      [1, "a"],
      [2, "x\r\ny"],
      [4, "z"],
      [5, ""],
    ]);
  });

  it("keeps every value as text", () => {
    const { rows } = read("v\n0127\n1e3\n007\n");
    expect(rows.map(([, fields]) => fields[0])).toEqual([
      "v",
      "0127",
      "1e3",
      "007",
      "",
    ]);
  });

  it("reads rows across chunk boundaries, quoted or not", () => {
    const line = (i: number) =>
      `${String(i).padStart(6, "0")};"text with ; and\nnewline";${"x".repeat(i % 50)}`;
    const text = Array.from({ length: 5000 }, (_, i) => line(i)).join("\n");
    const { rows } = read(text, { maxRecordLength: 100000 });
    expect(rows).toHaveLength(5000);
    expect(rows[4321]).toEqual([
      8643,
      ["004321", "text with ; and\nnewline", "x".repeat(4321 % 50)],
    ]);
  });

  it("reports an unclosed quote with the lines it swallows", () => {
    const { rows, errors } = read('a;b\n1;"open\n2;3\n');
    expect(rows).toEqual([[1, ["a", "b"]]]);
    expect(errors).toEqual([["unclosed", 2, 4]]);
  });

  it("reports text after a closing quote, which makes papaparse swallow the rest", () => {
    const { rows, errors } = read('a;b\n"x"y;1\nc;2\n');
    expect(rows).toEqual([[1, ["a", "b"]]]);
    expect(errors).toEqual([["unclosed", 2, 4]]);
  });

  it("accepts a quote inside an unquoted field and spaces after a closing quote", () => {
    const { rows, errors } = read('a;b\nx"y;1\n"z" ;2');
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      [1, ["a", "b"]],
      [2, ['x"y', "1"]],
      [3, ["z", "2"]],
    ]);
  });

  it("stops at a record longer than the limit", () => {
    const text = `a;b\n1;"${"x\n".repeat(40000)}`;
    const { tooLong, rows } = read(text, { maxRecordLength: 1000 });
    expect(tooLong).toBe(2);
    expect(rows).toEqual([[1, ["a", "b"]]]);
  });
});
