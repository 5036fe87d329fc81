/**
 * Bytes → text. Refuses files that are not text (a renamed .xlsx, a PDF, an image, NUL bytes) with
 * a message that says what the file is and what to do. Decodes in this order: a BOM (UTF-8,
 * UTF-16LE, UTF-16BE), strict UTF-8, then Windows-1252 (Excel's "CSV (kommaavgränsad)" on
 * Swedish Windows), and says which it used. Never produces U+FFFD: undecodable bytes make their
 * line an error instead.
 */
import type { LocalText } from "@/domain/local-text";

import { clip, type IssueCollector } from "./issues";
import type { ImportEncoding } from "./report-types";

interface Signature {
  readonly bytes: readonly number[];
  readonly what: LocalText;
  readonly todo: LocalText;
}

const SAVE_AS_CSV: LocalText = {
  sv: "Öppna filen i Excel (eller programmet den kommer från) och välj Spara som → CSV UTF-8 (kommaavgränsad), och läs sedan in CSV-filen.",
  en: "Open it in Excel (or the program it comes from), choose Save As → CSV UTF-8 (comma delimited) and load that CSV file instead.",
};
const UNPACK: LocalText = {
  sv: "Packa upp den först och läs in CSV- eller JSON-filen som finns i den.",
  en: "Unpack it first and load the CSV or JSON file inside.",
};
const NOT_DATA: LocalText = {
  sv: "Läs in en CSV- eller JSON-fil med siffrorna i stället.",
  en: "Load a CSV or JSON file with the figures instead.",
};

const SIGNATURES: readonly Signature[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: {
      sv: "en Excel-arbetsbok (.xlsx) eller en annan ZIP-fil",
      en: "an Excel workbook (.xlsx) or another ZIP file",
    },
    todo: SAVE_AS_CSV,
  },
  {
    bytes: [0x50, 0x4b, 0x05, 0x06],
    what: { sv: "en tom ZIP-fil", en: "an empty ZIP file" },
    todo: SAVE_AS_CSV,
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: {
      sv: "en äldre Excel-arbetsbok (.xls) eller ett annat Office-dokument",
      en: "an old Excel workbook (.xls) or another Office document",
    },
    todo: SAVE_AS_CSV,
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: { sv: "ett PDF-dokument", en: "a PDF document" },
    todo: {
      sv: "Kopiera tabellen till Excel och spara den som CSV UTF-8 (kommaavgränsad).",
      en: "Copy the table into Excel and save it as CSV UTF-8 (comma delimited).",
    },
  },
  {
    bytes: [0x1f, 0x8b],
    what: { sv: "en gzip-komprimerad fil", en: "a gzip-compressed file" },
    todo: UNPACK,
  },
  {
    bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c],
    what: { sv: "ett 7z-arkiv", en: "a 7z archive" },
    todo: UNPACK,
  },
  {
    bytes: [0x52, 0x61, 0x72, 0x21],
    what: { sv: "ett RAR-arkiv", en: "a RAR archive" },
    todo: UNPACK,
  },
  {
    bytes: [0x89, 0x50, 0x4e, 0x47],
    what: { sv: "en bild (PNG)", en: "an image (PNG)" },
    todo: NOT_DATA,
  },
  {
    bytes: [0xff, 0xd8, 0xff],
    what: { sv: "en bild (JPEG)", en: "an image (JPEG)" },
    todo: NOT_DATA,
  },
  {
    bytes: [0x47, 0x49, 0x46, 0x38],
    what: { sv: "en bild (GIF)", en: "an image (GIF)" },
    todo: NOT_DATA,
  },
  {
    bytes: [0x49, 0x49, 0x2a, 0x00],
    what: { sv: "en bild (TIFF)", en: "an image (TIFF)" },
    todo: NOT_DATA,
  },
  {
    bytes: [0x4d, 0x4d, 0x00, 0x2a],
    what: { sv: "en bild (TIFF)", en: "an image (TIFF)" },
    todo: NOT_DATA,
  },
  {
    bytes: [0xff, 0xfe, 0x00, 0x00],
    what: {
      sv: "text i UTF-32, som inte stöds",
      en: "UTF-32 text, which is not supported",
    },
    todo: SAVE_AS_CSV,
  },
  {
    bytes: [0x7f, 0x45, 0x4c, 0x46],
    what: { sv: "ett program (ELF)", en: "a program (ELF)" },
    todo: NOT_DATA,
  },
];

const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(
  bytes: Uint8Array,
  prefix: readonly number[],
  at = 0,
): boolean {
  if (bytes.length < at + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++)
    if (bytes[at + i] !== prefix[i]) return false;
  return true;
}

function notText(what: LocalText, todo: LocalText): LocalText {
  return {
    sv: `Filen är ${what.sv}, inte en textfil med tabelldata. ${todo.sv}`,
    en: `The file is ${what.en}, not a text file with table data. ${todo.en}`,
  };
}

/** A message if the bytes are a known binary format, else null. */
export function sniffBinary(bytes: Uint8Array): LocalText | null {
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes))
      return notText(signature.what, signature.todo);
  }
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8))
    return notText({ sv: "en bild (WebP)", en: "an image (WebP)" }, NOT_DATA);
  return null;
}

/** Windows-1252 bytes 0x80–0x9F as the WHATWG Encoding Standard (and browsers) decode them. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030,
  0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d,
  0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e,
  0x178,
];

/**
 * Windows-1252 → text. Node 20's TextDecoder decodes 0x80–0x9F as C1 controls (latin1) while
 * browsers follow WHATWG (0x96 → "–"); mapping them here gives the same text everywhere.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const text = new TextDecoder("windows-1252").decode(bytes);
  return text.replace(/[\u0080-\u009f]/g, (c) =>
    String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c.charCodeAt(0)),
  );
}

/** The Windows-1252 byte of a character, or -1 (reverse of decodeWindows1252, C1 controls too). */
function cp1252Byte(code: number): number {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  const index = CP1252_HIGH.indexOf(code);
  if (index !== -1) return 0x80 + index;
  if (code >= 0x80 && code <= 0x9f) return code;
  return -1;
}

interface Decoded {
  readonly text: string;
  readonly encoding: ImportEncoding;
}

export type DecodeResult =
  | { readonly ok: true; readonly decoded: Decoded }
  | { readonly ok: false; readonly encoding: ImportEncoding | null };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

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
        sv: `Filen börjar som UTF-16-text (${encoding === "utf-16le" ? "Excels Unicode-text" : "UTF-16BE"}) men innehåller ogiltiga tecken. ${SAVE_AS_CSV.sv}`,
        en: `The file starts as UTF-16 text (${encoding === "utf-16le" ? "Excel's Unicode text" : "UTF-16BE"}) but contains invalid characters. ${SAVE_AS_CSV.en}`,
      });
      return { ok: false, encoding };
    }
    return checkText(text, encoding, issues);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    issues.add("error", "not-text", null, null, {
      sv: `Filen innehåller binära data (en NUL-byte vid byte ${nul + 1}), så den är inte en textfil. ${SAVE_AS_CSV.sv}`,
      en: `The file contains binary data (a NUL byte at byte ${nul + 1}), so it is not a text file. ${SAVE_AS_CSV.en}`,
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
    sv: "Filen är inte UTF-8, så den lästes som Windows-1252 (det Excel skriver med ”CSV (kommaavgränsad)”). Kontrollera att å, ä och ö ser rätt ut; spara helst som CSV UTF-8.",
    en: "The file is not UTF-8, so it was read as Windows-1252 (what Excel writes for “CSV (comma delimited)”). Check that å, ä and ö look right; preferably save as CSV UTF-8.",
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
      sv: `Filen innehåller binära data (ett NUL-tecken vid tecken ${nul + 1}), så den är inte en textfil. ${SAVE_AS_CSV.sv}`,
      en: `The file contains binary data (a NUL character at character ${nul + 1}), so it is not a text file. ${SAVE_AS_CSV.en}`,
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
      sv: `Filen innehåller många styrtecken (${controls} av de första ${sample} tecknen), så den är inte en textfil med tabelldata. ${SAVE_AS_CSV.sv}`,
      en: `The file contains many control characters (${controls} of the first ${sample}), so it is not a text file with table data. ${SAVE_AS_CSV.en}`,
    });
    return { ok: false, encoding };
  }
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (
    /^\s*<(?:\?xml|!doctype|html|[a-z]+:?[a-z]*[\s>])/i.test(
      start.slice(0, 200),
    )
  ) {
    issues.add("error", "not-text", null, null, {
      sv: `Filen är XML eller HTML (t.ex. en sparad webbsida eller Excel 2003 XML), inte CSV eller JSON. ${SAVE_AS_CSV.sv}`,
      en: `The file is XML or HTML (e.g. a saved web page or Excel 2003 XML), not CSV or JSON. ${SAVE_AS_CSV.en}`,
    });
    return { ok: false, encoding };
  }
  return { ok: true, decoded: { text: start, encoding } };
}

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
        sv: `Raden innehåller tecken som inte kan avkodas (visas som �): filen har skadade byte eller har konverterats fel tidigare. Raden används inte. Spara filen på nytt som CSV UTF-8.`,
        en: `The line contains characters that cannot be decoded (shown as �): the file has broken bytes or was converted wrongly before. The line is not used. Save the file again as CSV UTF-8.`,
      });
      continue;
    }
    const match = MOJIBAKE.exec(original);
    if (!match) continue;
    const repaired = repairLine(original);
    if (repaired === null) {
      badLines.add(line);
      issues.add("error", "mojibake", line, null, {
        sv: `Raden innehåller felkodade tecken (”${clip(match[0])}”, UTF-8 som lästs som Windows-1252) som inte kan rättas. Raden används inte. Spara filen på nytt som CSV UTF-8.`,
        en: `The line contains garbled characters (“${clip(match[0])}”, UTF-8 read as Windows-1252) that cannot be repaired. The line is not used. Save the file again as CSV UTF-8.`,
      });
      continue;
    }
    lines[i] = repaired;
    changed = true;
    const fixed = repairLine(match[0]) ?? "";
    issues.add("warning", "encoding-double-utf8", line, null, {
      sv: `Raden var dubbelkodad (UTF-8 som lästs som Windows-1252, t.ex. ”${clip(match[0])}” för ”${clip(fixed)}”) och har rättats. Kontrollera namnen.`,
      en: `The line was double-encoded (UTF-8 read as Windows-1252, e.g. “${clip(match[0])}” for “${clip(fixed)}”) and has been repaired. Check the names.`,
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
