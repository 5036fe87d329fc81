import { describe, expect, it } from "vitest";

import { parseCsv } from "@/data/parse-csv";

describe(parseCsv, () => {
  it("numbers rows by their physical line, counting blank lines", () => {
    const { rows, error } = parseCsv("a,b\n1,2\n\n3,4\n");
    expect(error).toBeNull();
    expect(rows).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: ["3", "4"] },
    ]);
  });

  it("counts newlines inside quoted fields", () => {
    const { rows } = parseCsv('a,b\n"x\ny",2\n3,4\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(rows[1]?.fields[0]).toBe("x\ny");
  });

  it("keeps every value as text: no dynamic typing", () => {
    const { rows } = parseCsv("v\n007\n1e3\n");
    expect(rows.map((r) => r.fields[0])).toEqual(["v", "007", "1e3"]);
  });

  it("reports an unterminated quote with its line", () => {
    const { error } = parseCsv('a,b\n1,2\n"broken,3\n');
    expect(error?.line).toBe(3);
  });
});
