/**
 * Files that are not text: known binary signatures (a renamed .xlsx, a PDF, an image), each with
 * what the file is and what to do instead.
 */
import type { LocalText } from "@/domain/local-text";

interface Signature {
  readonly bytes: readonly number[];
  readonly what: LocalText;
  readonly todo: LocalText;
}

export const SAVE_AS_CSV: LocalText = {
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

export function startsWith(
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
