import { describe, expect, it } from "vitest";

import { decodeBytes } from "@/data/import/decode";
import { repairText } from "@/data/import/mojibake";
import { decodeWindows1252 } from "@/data/import/text-decoders";
import { sniffBinary } from "@/data/import/binary-files";
import { IssueCollector } from "@/data/import/issues";
import { en, sv } from "./message-text";

function decode(bytes: number[] | Uint8Array) {
  const issues = new IssueCollector();
  const result = decodeBytes(Uint8Array.from(bytes), issues);
  return { result, issues: issues.finish() };
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe(sniffBinary, () => {
  it.each([
    [
      "xlsx (ZIP)",
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      "Excel-arbetsbok (.xlsx)",
    ],
    [
      "old xls (OLE)",
      [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0],
      ".xls",
    ],
    ["PDF", [...utf8("%PDF-1.7\n")], "PDF"],
    ["gzip", [0x1f, 0x8b, 0x08, 0], "gzip"],
    ["PNG", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a], "PNG"],
    ["JPEG", [0xff, 0xd8, 0xff, 0xe0], "JPEG"],
    ["GIF", [...utf8("GIF89a")], "GIF"],
    ["WebP", [...utf8("RIFF"), 0, 0, 0, 0, ...utf8("WEBP")], "WebP"],
  ])("names %s and says to save as CSV", (_, bytes, what) => {
    const message = sniffBinary(Uint8Array.from(bytes));
    expect(sv(message ?? undefined)).toContain(what);
    expect(sv(message ?? undefined)).toMatch(/CSV|Packa upp|Läs in en CSV/);
    expect(en(message ?? undefined)).toBeTruthy();
  });

  it("lets text through", () => {
    expect(sniffBinary(Uint8Array.from(utf8("Kommun;År\n")))).toBeNull();
    expect(sniffBinary(Uint8Array.from(utf8("PK;1\n")))).toBeNull();
  });
});

describe(decodeBytes, () => {
  it.each([
    ["UTF-8", utf8("Kommun;Österåker\n"), "utf-8"],
    [
      "UTF-8 with BOM",
      [0xef, 0xbb, 0xbf, ...utf8("Kommun;Österåker\n")],
      "utf-8-bom",
    ],
    ["ASCII", utf8("Kommun;Solna\n"), "utf-8"],
  ])("%s", (_, bytes, encoding) => {
    const { result, issues } = decode(bytes);
    expect(result).toEqual({
      ok: true,
      decoded: {
        text: new TextDecoder()
          .decode(Uint8Array.from(bytes))
          .replace(/^\ufeff/, ""),
        encoding,
      },
    });
    expect(issues).toEqual([]);
  });

  it("reads Windows-1252 when the bytes are not UTF-8, and says so", () => {
    // "Österåker;0–17 år;€" in Windows-1252: 0x96 is an en dash and 0x80 the euro sign.
    const bytes = [
      0xd6,
      ...utf8("ster"),
      0xe5,
      ...utf8("ker;0"),
      0x96,
      ...utf8("17 "),
      0xe5,
      ...utf8("r;"),
      0x80,
    ];
    const { result, issues } = decode(bytes);
    expect(result.ok && result.decoded).toEqual({
      text: "Österåker;0\u201317 år;\u20ac",
      encoding: "windows-1252",
    });
    expect(issues.map((i) => [i.code, i.severity])).toEqual([
      ["encoding-windows-1252", "info"],
    ]);
  });

  it("maps every Windows-1252 byte 0x80–0x9F as browsers do (not as Node's latin1)", () => {
    const text = decodeWindows1252(
      Uint8Array.from([
        0x80, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f, 0x81,
      ]),
    );
    expect(Array.from(text, (c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x2026, 0x160, 0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014,
      0x2122, 0x178, 0x81,
    ]);
  });

  it("reads UTF-16LE with BOM (Excel's Unicode text) and UTF-16BE", () => {
    const text = "Kommun\tVärde\r\nÖsteråker\t5\r\n";
    const le = [0xff, 0xfe];
    const be = [0xfe, 0xff];
    for (const char of text) {
      const code = char.charCodeAt(0);
      le.push(code & 0xff, code >> 8);
      be.push(code >> 8, code & 0xff);
    }
    expect(decode(le).result).toEqual({
      ok: true,
      decoded: { text, encoding: "utf-16le" },
    });
    expect(decode(be).result).toEqual({
      ok: true,
      decoded: { text, encoding: "utf-16be" },
    });
  });

  it("refuses NUL bytes, saying where", () => {
    const { result, issues } = decode([
      ...utf8("Kommun;År\n"),
      0,
      ...utf8("x"),
    ]);
    expect(result.ok).toBe(false);
    expect(issues[0]?.code).toBe("not-text");
    expect(sv(issues[0]?.message)).toContain("byte 12");
  });

  it("refuses HTML and XML", () => {
    const { result, issues } = decode(
      utf8("<!DOCTYPE html><html><body>x</body></html>"),
    );
    expect(result.ok).toBe(false);
    expect(sv(issues[0]?.message)).toContain("HTML");
  });

  it("refuses text full of control characters", () => {
    const { result } = decode(
      Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65)),
    );
    expect(result.ok).toBe(false);
  });

  it("keeps a mostly valid UTF-8 file as UTF-8 when a few bytes are broken", () => {
    const bytes = [
      ...utf8("Kommun;Värde\nÖsteråker;5\nSödertälje;6\nTäby;"),
      0xff,
      ...utf8("\n"),
    ];
    const { result } = decode(bytes);
    expect(result.ok && result.decoded.encoding).toBe("utf-8");
    expect(result.ok && result.decoded.text).toContain("\ufffd");
  });
});

describe(repairText, () => {
  it("repairs double-encoded lines and reports each", () => {
    const issues = new IssueCollector();
    const { text, badLines } = repairText(
      "Kommun\nÃ–sterÃ¥ker\nSÃ¶dertÃ¤lje â€“ 2019\nTäby\n",
      issues,
    );
    expect(text).toBe("Kommun\nÖsteråker\nSödertälje – 2019\nTäby\n");
    expect(badLines.size).toBe(0);
    expect(issues.finish().map((i) => [i.line, i.code, i.severity])).toEqual([
      [2, "encoding-double-utf8", "warning"],
      [3, "encoding-double-utf8", "warning"],
    ]);
  });

  it("marks lines it cannot repair, and lines with U+FFFD, as errors (never passed through)", () => {
    const issues = new IssueCollector();
    const { text, badLines } = repairText(
      "a\r\nTäby Ã¤ndrad\r\nSolna \ufffd\r\nb",
      issues,
    );
    expect(text).toBe("a\r\nTäby Ã¤ndrad\r\nSolna \ufffd\r\nb");
    expect([...badLines]).toEqual([2, 3]);
    expect(issues.finish().map((i) => [i.line, i.code])).toEqual([
      [2, "mojibake"],
      [3, "not-decodable"],
    ]);
  });

  it("leaves ordinary Swedish text alone", () => {
    const issues = new IssueCollector();
    const input = "Österåker;Ärlig;Åre;Ö\nâ;Â;Ã\n";
    expect(repairText(input, issues)).toEqual({
      text: input,
      badLines: new Set(),
    });
    expect(issues.finish()).toEqual([]);
  });
});
