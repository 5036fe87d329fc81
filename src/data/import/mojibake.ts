/**
 * Mojibake repair: UTF-8 text that was once read as Windows-1252 and saved again ("VÃ¤rmdÃ¶"),
 * turned back line by line where the whole line decodes.
 */
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
import { cp1252Byte, decodeStrict } from "./text-decoders";

/**
 * UTF-8 read twice ("Ã¶" for "ö", "â€“" for "–"): a lead byte C2/C3/E2 read as Windows-1252
 * followed by continuation bytes read the same way.
 */
const CONTINUATION =
  "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122";

const MOJIBAKE = new RegExp(
  `[\u00c2\u00c3][${CONTINUATION}]|\u00e2[${CONTINUATION}]{2}`,
);

export interface RepairedText {
  readonly text: string;
  /** Lines that could not be decoded or repaired: their rows are not used. */
  readonly badLines: ReadonlySet<number>;
}

/**
 * Repairs lines of double-encoded UTF-8 (reported as a warning per line) and marks lines with
 * U+FFFD (broken bytes, or a replacement character from an earlier bad conversion) or mojibake
 * that cannot be repaired as errors. Lines are physical lines (CR LF, LF or CR each end one).
 */
export function repairText(text: string, issues: IssueCollector): RepairedText {
  const badLines = new Set<number>();
  if (!hasSuspect(text)) return { text, badLines };
  const lines = text.split(/(\r\n|\n|\r)/);
  let changed = false;
  for (let i = 0, line = 1; i < lines.length; i += 2, line++) {
    const original = lines[i] ?? "";
    if (original.includes("\ufffd")) {
      badLines.add(line);
      issues.add("error", "not-decodable", line, null, {
        key: "lineNotDecodable",
      });
      continue;
    }
    const match = MOJIBAKE.exec(original);
    if (!match) continue;
    const repaired = repairLine(original);
    if (repaired === null) {
      badLines.add(line);
      issues.add("error", "mojibake", line, null, {
        key: "mojibake",
        params: { text: clip(match[0]) },
      });
      continue;
    }
    lines[i] = repaired;
    changed = true;
    const fixed = repairLine(match[0]) ?? "";
    issues.add("warning", "encoding-double-utf8", line, null, {
      key: "doubleEncoded",
      params: { text: clip(match[0]), fixed: clip(fixed) },
    });
  }
  return { text: changed ? lines.join("") : text, badLines };
}

function hasSuspect(text: string): boolean {
  return (
    text.includes("\ufffd") ||
    text.includes("\u00c3") ||
    text.includes("\u00c2") ||
    text.includes("\u00e2")
  );
}

/** Re-reads a line's Windows-1252 bytes as UTF-8; null if that is not valid UTF-8. */
function repairLine(line: string): string | null {
  const bytes = new Uint8Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const byte = cp1252Byte(line.charCodeAt(i));
    if (byte === -1) return null;
    bytes[i] = byte;
  }
  return decodeStrict("utf-8", bytes);
}
