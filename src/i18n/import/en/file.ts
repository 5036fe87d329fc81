/** English: the file as a whole (size, bytes, encoding, JSON or CSV at all). */
import { groupDigits } from "../quote";
import type { BinaryKind, BinaryTodo, fileSv } from "../sv/file";

const KINDS: Record<BinaryKind, string> = {
  xlsx: "an Excel workbook (.xlsx) or another ZIP file",
  zip: "an empty ZIP file",
  xls: "an old Excel workbook (.xls) or another Office document",
  pdf: "a PDF document",
  gzip: "a gzip-compressed file",
  "7z": "a 7z archive",
  rar: "a RAR archive",
  png: "an image (PNG)",
  jpeg: "an image (JPEG)",
  gif: "an image (GIF)",
  tiff: "an image (TIFF)",
  webp: "an image (WebP)",
  utf32: "UTF-32 text, which is not supported",
  elf: "a program (ELF)",
};

const SAVE_AS_CSV =
  "Open it in Excel (or the program it comes from), choose Save As → CSV UTF-8 (comma delimited) and load that CSV file instead.";

const TODOS: Record<BinaryTodo, string> = {
  saveAsCsv: SAVE_AS_CSV,
  unpack: "Unpack it first and load the CSV or JSON file inside.",
  notData: "Load a CSV or JSON file with the figures instead.",
  copyTable:
    "Copy the table into Excel and save it as CSV UTF-8 (comma delimited).",
};

/** 104857600 bytes → "100.0 MB". */
const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(1)}\u00a0MB`;

export const fileEn: typeof fileSv = {
  tooLarge: (p) =>
    `The file is ${megabytes(p.size)} and the limit is ${megabytes(p.limit)}, so it was not read. Split it, or keep only the municipalities and years you need.`,
  emptyFile: () => "The file is empty.",
  jsonNotDecodable: () =>
    "The JSON file has characters that cannot be decoded (see above) and so cannot be read. Save it again as UTF-8.",
  noDataRows: () => "The file has no data rows below the header.",
  onlyOutside: (p) =>
    `The file is only about municipalities or counties outside Stockholm County (${p.rows} data rows) and has no value for the county or its municipalities to compare with, so it cannot be used here.`,
  noValidRows: (p) =>
    `None of the file's ${p.rows} data rows could be used; see the problems below.`,
  internalError: (p) =>
    `An unexpected error occurred while checking the file (${p.detail}). The file is not used.`,
  notText: (p) =>
    `The file is ${KINDS[p.kind]}, not a text file with table data. ${TODOS[p.todo]}`,
  utf16Invalid: (p) =>
    `The file starts as UTF-16 text (${p.bigEndian ? "UTF-16BE" : "Excel's Unicode text"}) but contains invalid characters. ${SAVE_AS_CSV}`,
  nulByte: (p) =>
    `The file contains binary data (a NUL byte at byte ${p.at}), so it is not a text file. ${SAVE_AS_CSV}`,
  nulCharacter: (p) =>
    `The file contains binary data (a NUL character at character ${p.at}), so it is not a text file. ${SAVE_AS_CSV}`,
  controlCharacters: (p) =>
    `The file contains many control characters (${p.count} of the first ${p.sample}), so it is not a text file with table data. ${SAVE_AS_CSV}`,
  markup: () =>
    `The file is XML or HTML (e.g. a saved web page or Excel 2003 XML), not CSV or JSON. ${SAVE_AS_CSV}`,
  windows1252: () =>
    "The file is not UTF-8, so it was read as Windows-1252 (what Excel writes for “CSV (comma delimited)”). Check that å, ä and ö look right; preferably save as CSV UTF-8.",
  lineNotDecodable: () =>
    "The line contains characters that cannot be decoded (shown as �): the file has broken bytes or was converted wrongly before. The line is not used. Save the file again as CSV UTF-8.",
  mojibake: (p) =>
    `The line contains garbled characters (“${p.text}”, UTF-8 read as Windows-1252) that cannot be repaired. The line is not used. Save the file again as CSV UTF-8.`,
  doubleEncoded: (p) =>
    `The line was double-encoded (UTF-8 read as Windows-1252, e.g. “${p.text}” for “${p.fixed}”) and has been repaired. Check the names.`,
  bidiControls: (p) =>
    `The file has ${p.count} invisible characters that reverse the text direction (e.g. U+202E), the first on line ${p.line}. They were removed, so text and numbers show in the right order.`,
  moreIssues: (p) =>
    `${groupDigits(p.hidden, "en")} more problems of the same kind (${p.code}) are not listed; the first ${p.shown} are shown above.`,
};
