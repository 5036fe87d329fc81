/** Swedish: JSON files (which format, tidy records, Kolada responses), the reference for en/json.ts. */
import { quoteSv as q } from "../quote";

/** What the top level of an unknown JSON file holds. */
export type TopLevel =
  | { readonly kind: "value"; readonly value: string }
  | { readonly kind: "empty" }
  | { readonly kind: "keys"; readonly keys: readonly string[]; more: boolean };

/** A JSON value as the file has it (null: the field is absent). */
const json = (value: string | null): string => value ?? "saknas";

const topLevel = (top: TopLevel): string =>
  top.kind === "value"
    ? `filen är bara värdet ${top.value}`
    : top.kind === "empty"
      ? "objektet är tomt"
      : `översta nivån har nycklarna ${top.keys.map(q).join(", ")}${top.more ? " …" : ""}`;

interface Path {
  readonly path: string;
}
interface Found {
  readonly value: string | null;
}

export const jsonSv = {
  badJson: (p: { detail: string }) =>
    `Filen är inte giltig JSON (${p.detail}).`,
  jsonStatCollection: () =>
    "Filen är JSON-stat men inte en enda JSON-stat 2.0-datamängd (class: dataset). Hämta tabellen som json-stat2 från PxWeb.",
  pxwebJson: () =>
    "Filen är PxWebs eget JSON-format (columns och data), som inte läses. Hämta tabellen i formatet json-stat2 eller csv i stället.",
  unknownJson: (p: { found: TopLevel }) =>
    `JSON-filen har inget format som känns igen (${topLevel(p.found)}). Det som läses är en lista med observationer (area, indicator, period, value), ett svar från Koladas API (values) eller en JSON-stat 2.0-datamängd från PxWeb.`,
  /** `path` "" is the file's top-level list. */
  emptyJson: (p: Path) =>
    `JSON-filen har inga värden: ${p.path === "" ? "listan" : p.path} är tom.`,
  jsonFormulaValue: (p: { text: string }) =>
    `Värdet ${q(p.text)} ser ut som en kalkylbladsformel; det beräknas aldrig och används inte.`,
  jsonFormulaText: (p: { text: string }) =>
    `Texten ${q(p.text)} ser ut som en kalkylbladsformel; den läses som text och beräknas aldrig.`,
  numberTooLarge: (p: { number: string }) =>
    `Talet ${p.number} är för stort (högst 15 siffror före decimaltecknet); värdet används inte.`,
  numberInfinite: () =>
    "Talet är för stort för att läsas (det blir oändligt, som 1e400); värdet används inte.",
  jsonNotANumber: (p: { text: string }) =>
    `${q(p.text)} är inget tal (JSON-tal som 12.5, null eller en symbol som ${q("..")}); värdet används inte.`,
  pxwebMetadataV1: () =>
    "Filen är tabellens beskrivning (metadata) från PxWeb, inte data: den har variabler och koder men inga värden. Den sparades från svaret på en GET-fråga. Hämta själva datat med en POST-fråga (med en query och formatet json-stat2 eller csv) och spara det svaret.",
  pxwebMetadataV2: () =>
    "Filen är tabellens beskrivning (metadata) från PxWeb, inte data: den har dimensioner och koder men inga värden (value saknas). Hämta själva datat (adressen …/data i stället för …/metadata, formatet json-stat2 eller csv) och spara det svaret.",
  indicatorWithoutId: (p: { index: number }) =>
    `indicators[${p.index}] saknar id och används inte.`,
  recordNotObject: (p: Path) =>
    `${p.path} är inget objekt med area, indicator, period och value; den används inte.`,
  keyIgnored: (p: { key: string }) =>
    `Fältet ${q(p.key)} används inte vid importen.`,
  areaInvalid: (p: Found) =>
    `area är ${json(p.value)}; det behövs en kommunkod eller ett kommunnamn. Posten används inte.`,
  indicatorInvalid: (p: Found) =>
    `indicator är ${json(p.value)}; posten används inte.`,
  periodInvalid: (p: Found) =>
    `period är ${json(p.value)}; det behövs ett år som ${q("2019")} eller en månad som ${q("2019M01")}. Posten används inte.`,
  statusDisagrees: (p: { text: string }) =>
    `Statusen ${q(p.text)} stämmer inte med värdet; posten används inte.`,
  koladaPartial: (p: { key: string; next: boolean }) =>
    `Filen är en sida av ett längre svar från Kolada (${p.key} finns); bara den här sidan läses in. Hämta ${p.next ? "alla sidor" : "också de tidigare sidorna"} och spara dem som en fil.`,
  koladaBadRecord: (p: Path) =>
    `${p.path} har inte Koladas form (kpi, municipality, period, values); posten används inte.`,
  koladaUnit: (p: Path) =>
    `${p.path} gäller en organisatorisk enhet (ou), inte en kommun; posten används inte. Hämta data per kommun (municipality) från Kolada.`,
  municipalityInvalid: (p: Found) =>
    `municipality är ${json(p.value)}; posten används inte.`,
  koladaPeriodInvalid: (p: Found) =>
    `period är ${json(p.value)}; posten används inte.`,
  koladaNoValues: (p: Path) => `${p.path} har inga värden (values är tom).`,
  koladaEntryNotObject: (p: Path) =>
    `${p.path} är inget objekt med gender och value; det används inte.`,
  koladaStatus: (p: Path & { text: string }) =>
    `Kolada anger statusen ${q(p.text)} för värden (första: ${p.path}); de läses som rapporterade. Kontrollera vad statusen betyder.`,
};
