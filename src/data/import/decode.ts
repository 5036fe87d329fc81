/**
 * Bytes → text. Refuses files that are not text (a renamed .xlsx, a PDF, an image, NUL bytes) with
 * a message that says what the file is and what to do. Decodes in this order: a BOM (UTF-8,
 * UTF-16LE, UTF-16BE), strict UTF-8, then Windows-1252 (Excel's "CSV (kommaavgränsad)" on
 * Swedish Windows), and says which it used. Never produces U+FFFD: undecodable bytes make their
 * line an error instead.
 */
import type { IssueCollector } from "./issues";
import type { ImportEncoding } from "./report-types";
import { sniffBinary, startsWith } from "./binary-files";
import { decodeStrict, decodeWindows1252 } from "./text-decoders";

interface Decoded {
  readonly text: string;
  readonly encoding: ImportEncoding;
}

export type DecodeResult =
  | { readonly ok: true; readonly decoded: Decoded }
  | { readonly ok: false; readonly encoding: ImportEncoding | null };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes the bytes or reports why not (issue code "not-text"). A file that is mostly valid
 * UTF-8 but has a few broken bytes stays UTF-8; its broken characters become U+FFFD here and
 * findBadLines() turns those lines into errors.
 */
export function decodeBytes(
  bytes: Uint8Array,
  issues: IssueCollector,
): DecodeResult {
  const binary = sniffBinary(bytes);
  if (binary) {
    issues.add("error", "not-text", null, null, binary);
    return { ok: false, encoding: null };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = decodeStrict(encoding, bytes);
    if (text === null) {
      issues.add("error", "not-text", null, null, {
        key: "utf16Invalid",
        params: { bigEndian: encoding === "utf-16be" },
      });
      return { ok: false, encoding };
    }
    return checkText(text, encoding, issues);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    issues.add("error", "not-text", null, null, {
      key: "nulByte",
      params: { at: nul + 1 },
    });
    return { ok: false, encoding: null };
  }
  if (startsWith(bytes, UTF8_BOM)) {
    const text = decodeStrict("utf-8", bytes);
    return checkText(
      text ?? new TextDecoder("utf-8").decode(bytes),
      "utf-8-bom",
      issues,
    );
  }
  const utf8 = decodeStrict("utf-8", bytes);
  if (utf8 !== null) return checkText(utf8, "utf-8", issues);
  const lenient = new TextDecoder("utf-8").decode(bytes);
  if (looksLikeBrokenUtf8(lenient)) return checkText(lenient, "utf-8", issues);
  issues.add("info", "encoding-windows-1252", null, null, {
    key: "windows1252",
  });
  return checkText(decodeWindows1252(bytes), "windows-1252", issues);
}

/** Mostly valid multi-byte UTF-8 with a few broken bytes (not a Windows-1252 file). */
function looksLikeBrokenUtf8(text: string): boolean {
  let broken = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code === 0xfffd) broken++;
    else valid++;
  }
  return valid >= 4 * broken && valid > 0;
}

const CONTROL_SAMPLE = 65536;

function checkText(
  text: string,
  encoding: ImportEncoding,
  issues: IssueCollector,
): DecodeResult {
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    issues.add("error", "not-text", null, null, {
      key: "nulCharacter",
      params: { at: nul + 1 },
    });
    return { ok: false, encoding };
  }
  const sample = Math.min(text.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < sample; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d)
      controls++;
  }
  if (controls > 8 && controls > sample / 100) {
    issues.add("error", "not-text", null, null, {
      key: "controlCharacters",
      params: { count: controls, sample },
    });
    return { ok: false, encoding };
  }
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (
    /^\s*<(?:\?xml|!doctype|html|[a-z]+:?[a-z]*[\s>])/i.test(
      start.slice(0, 200),
    )
  ) {
    issues.add("error", "not-text", null, null, { key: "markup" });
    return { ok: false, encoding };
  }
  return { ok: true, decoded: { text: start, encoding } };
}
