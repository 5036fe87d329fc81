/** Swedish: the file as a whole (size, bytes, encoding, JSON or CSV at all), the reference for en/file.ts. */
import { groupDigits } from "../quote";

/** What a file that is not text is (a known binary signature). */
const KINDS = {
  xlsx: "en Excel-arbetsbok (.xlsx) eller en annan ZIP-fil",
  zip: "en tom ZIP-fil",
  xls: "en äldre Excel-arbetsbok (.xls) eller ett annat Office-dokument",
  pdf: "ett PDF-dokument",
  gzip: "en gzip-komprimerad fil",
  "7z": "ett 7z-arkiv",
  rar: "ett RAR-arkiv",
  png: "en bild (PNG)",
  jpeg: "en bild (JPEG)",
  gif: "en bild (GIF)",
  tiff: "en bild (TIFF)",
  webp: "en bild (WebP)",
  utf32: "text i UTF-32, som inte stöds",
  elf: "ett program (ELF)",
};

const SAVE_AS_CSV =
  "Öppna filen i Excel (eller programmet den kommer från) och välj Spara som → CSV UTF-8 (kommaavgränsad), och läs sedan in CSV-filen.";

/** What to do instead of loading such a file. */
const TODOS = {
  saveAsCsv: SAVE_AS_CSV,
  unpack:
    "Packa upp den först och läs in CSV- eller JSON-filen som finns i den.",
  notData: "Läs in en CSV- eller JSON-fil med siffrorna i stället.",
  copyTable:
    "Kopiera tabellen till Excel och spara den som CSV UTF-8 (kommaavgränsad).",
};

export type BinaryKind = keyof typeof KINDS;
export type BinaryTodo = keyof typeof TODOS;

/** 104857600 bytes → "100,0 MB". */
const megabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")}\u00a0MB`;

export const fileSv = {
  tooLarge: (p: { size: number; limit: number }) =>
    `Filen är ${megabytes(p.size)} och gränsen är ${megabytes(p.limit)}, så den har inte lästs. Dela upp den, eller ta bara med de kommuner och år du behöver.`,
  emptyFile: () => "Filen är tom.",
  jsonNotDecodable: () =>
    "JSON-filen har tecken som inte kan avkodas (se ovan) och kan därför inte läsas. Spara den på nytt som UTF-8.",
  noDataRows: () => "Filen har inga datarader under rubrikraden.",
  onlyOutside: (p: { rows: number }) =>
    `Filen gäller bara kommuner eller län utanför Stockholms län (${p.rows} datarader) och har inget värde för länet eller dess kommuner att jämföra med, så den kan inte användas här.`,
  noValidRows: (p: { rows: number }) =>
    `Ingen av filens ${p.rows} datarader kunde användas; se problemen nedan.`,
  internalError: (p: { detail: string }) =>
    `Ett oväntat fel uppstod vid kontrollen av filen (${p.detail}). Filen används inte.`,
  notText: (p: { kind: BinaryKind; todo: BinaryTodo }) =>
    `Filen är ${KINDS[p.kind]}, inte en textfil med tabelldata. ${TODOS[p.todo]}`,
  utf16Invalid: (p: { bigEndian: boolean }) =>
    `Filen börjar som UTF-16-text (${p.bigEndian ? "UTF-16BE" : "Excels Unicode-text"}) men innehåller ogiltiga tecken. ${SAVE_AS_CSV}`,
  nulByte: (p: { at: number }) =>
    `Filen innehåller binära data (en NUL-byte vid byte ${p.at}), så den är inte en textfil. ${SAVE_AS_CSV}`,
  nulCharacter: (p: { at: number }) =>
    `Filen innehåller binära data (ett NUL-tecken vid tecken ${p.at}), så den är inte en textfil. ${SAVE_AS_CSV}`,
  controlCharacters: (p: { count: number; sample: number }) =>
    `Filen innehåller många styrtecken (${p.count} av de första ${p.sample} tecknen), så den är inte en textfil med tabelldata. ${SAVE_AS_CSV}`,
  markup: () =>
    `Filen är XML eller HTML (t.ex. en sparad webbsida eller Excel 2003 XML), inte CSV eller JSON. ${SAVE_AS_CSV}`,
  windows1252: () =>
    "Filen är inte UTF-8, så den lästes som Windows-1252 (det Excel skriver med ”CSV (kommaavgränsad)”). Kontrollera att å, ä och ö ser rätt ut; spara helst som CSV UTF-8.",
  lineNotDecodable: () =>
    "Raden innehåller tecken som inte kan avkodas (visas som �): filen har skadade byte eller har konverterats fel tidigare. Raden används inte. Spara filen på nytt som CSV UTF-8.",
  mojibake: (p: { text: string }) =>
    `Raden innehåller felkodade tecken (”${p.text}”, UTF-8 som lästs som Windows-1252) som inte kan rättas. Raden används inte. Spara filen på nytt som CSV UTF-8.`,
  doubleEncoded: (p: { text: string; fixed: string }) =>
    `Raden var dubbelkodad (UTF-8 som lästs som Windows-1252, t.ex. ”${p.text}” för ”${p.fixed}”) och har rättats. Kontrollera namnen.`,
  bidiControls: (p: { count: number; line: number }) =>
    `Filen har ${p.count} osynliga tecken som vänder textriktningen (t.ex. U+202E), första på rad ${p.line}. De har tagits bort, så att text och tal visas i rätt ordning.`,
  moreIssues: (p: { hidden: number; code: string; shown: number }) =>
    `Ytterligare ${groupDigits(p.hidden, "sv")} problem av samma slag (${p.code}) visas inte; de första ${p.shown} står ovan.`,
};
