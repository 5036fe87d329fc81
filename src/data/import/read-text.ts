/**
 * The first steps of an import, bytes → text: an empty file is refused, the bytes are decoded
 * (decode.ts), bidi controls removed (bidi.ts) and double-encoded lines repaired (mojibake.ts).
 */
import { stripBidiControls } from "./bidi";
import { decodeBytes } from "./decode";
import type { IssueCollector } from "./issues";
import { repairText } from "./mojibake";
import type { ImportEncoding } from "./report-types";

export type TextResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: ImportEncoding;
      /** Lines that could not be decoded or repaired: their rows are not used. */
      readonly badLines: ReadonlySet<number>;
    }
  | { readonly ok: false; readonly encoding: ImportEncoding | null };

/** The file's text, or why there is none (among the issues). */
export function readText(
  bytes: Uint8Array,
  issues: IssueCollector,
  progress: (fraction: number) => void,
): TextResult {
  if (bytes.byteLength === 0) {
    issues.add("error", "empty-file", null, null, { key: "emptyFile" });
    return { ok: false, encoding: null };
  }
  const decoded = decodeBytes(bytes, issues);
  if (!decoded.ok) return { ok: false, encoding: decoded.encoding };
  progress(0.05);
  const { text, encoding } = decoded.decoded;
  const repaired = repairText(stripBidiControls(text, issues), issues);
  progress(0.1);
  return {
    ok: true,
    text: repaired.text,
    encoding,
    badLines: repaired.badLines,
  };
}
