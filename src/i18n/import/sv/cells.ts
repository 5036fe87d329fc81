/** Swedish: value cells (numbers, symbols, units, statuses, formulas), the reference for en/cells.ts. */
import { quoteSv as q } from "../quote";

const STATUS = {
  reported: "rapporterat",
  missing: "saknas",
  suppressed: "skyddat",
};

export type CellStatus = keyof typeof STATUS;

/** "560000" → "560 000": the thousands reading of a number with one group. */
const thousands = (digits: string): string =>
  digits.replace(/^([-\u2212\u2011]?\d{1,3})(\d{3})$/, "$1 $2");

const headings = (list: readonly string[]): string =>
  list.map(q).join(", ") || "ingen";

export const cellsSv = {
  formulaCell: (p: { text: string }) =>
    `Cellen ${q(p.text)} ser ut som en kalkylbladsformel; den beräknas aldrig och används inte.`,
  formulaText: (p: { text: string }) =>
    `Cellen ${q(p.text)} ser ut som en kalkylbladsformel; den läses som text och beräknas aldrig.`,
  softHyphens: (p: { before: string; text: string }) =>
    `Texten ${q(p.before)} har mjuka bindestreck (U+00AD, som Socialstyrelsens statistikdatabas skriver); mellan siffror läses de som ”-” (${q(p.text)}), annars tas de bort.`,
  unknownStatus: (p: { text: string }) =>
    `Statusen ${q(p.text)} känns inte igen; värdet läses som det står.`,
  statusMapped: (p: { text: string }) =>
    `Statusen ${q(p.text)} läses som ett rapporterat värde.`,
  statusConflict: (p: { text: string; status: CellStatus }) =>
    `Värdet ${q(p.text)} stämmer inte med statusen (${STATUS[p.status]}); värdet används inte.`,
  dashMissing: (p: { text: string }) =>
    `Tecknet ${q(p.text)} betyder i vissa källor noll och i andra att uppgift saknas. Det läses som saknat värde (aldrig som 0) och tecknet sparas; ange 0 om du menar noll.`,
  dashNil: (p: { text: string }) =>
    `Filen är en export från SCB:s statistikdatabas (PxWeb), där ${q(p.text)} betyder noll (”inget att redovisa”). Sådana celler läses som 0 och tecknet sparas.`,
  unitHint: (p: { heading: string; hint: string }) =>
    `Värdena i kolumnen ${q(p.heading)} skrivs med ${q(p.hint)}; det tas som enhet.`,
  unitMismatch: (p: { text: string; hint: string; declared: string }) =>
    `Värdet ${q(p.text)} har enheten ${q(p.hint)} men enheten är ${q(p.declared)}; värdet används inte.`,
  infiniteNumber: (p: { text: string }) =>
    `${q(p.text)} betyder ett oändligt värde (R och pandas skriver så vid division med noll); det är inget tal och används inte.`,
  pointInCommaFile: (p: { text: string }) =>
    `${q(p.text)} har decimalpunkt men filen använder decimalkomma; värdet används inte.`,
  commaInPointFile: (p: { text: string }) =>
    `${q(p.text)} har decimalkomma men filen använder decimalpunkt; värdet används inte.`,
  notANumber: (p: { text: string }) =>
    `${q(p.text)} är inget tal (skriv t.ex. 1 234,5) eller symbol för saknat värde (t.ex. ..); värdet används inte.`,
  ambiguousComma: (p: { text: string; mixed: boolean }) =>
    `${q(p.text)} kan betyda både ${p.text} (decimalkomma) och ${thousands(p.text.replace(/[.,]/, ""))} (komma mellan tusental), och ${p.mixed ? "filen blandar svenska och engelska talformat" : "inget annat värde i filen visar vilket"}; värdet används inte. Skriv tusental utan komma eller ange talformatet.`,
  ambiguousPoint: (p: { text: string; mixed: boolean }) =>
    `${q(p.text)} kan betyda både ${p.text.replace(".", ",")} (decimalpunkt) och ${thousands(p.text.replace(/[.,]/, ""))} (punkt mellan tusental), och ${p.mixed ? "filen blandar svenska och engelska talformat" : "inget annat värde i filen visar vilket"}; värdet används inte. Skriv decimaler med komma och tusental utan punkt.`,
  numberFormatEnglish: () =>
    "Filen skriver tal på engelskt sätt: punkt före decimaler och komma mellan tusental (t.ex. ”3,174,063” och ”12.5”); så läses de i hela filen.",
  decimalPoint: () =>
    "Filen använder decimalpunkt (t.ex. ”12.5”), så punkt läses som decimaltecken i hela filen.",
  numberFormatMixed: (p: {
    point: readonly string[];
    comma: readonly string[];
  }) =>
    `Kolumnerna skriver tal på olika sätt, så talformatet avgörs per kolumn: decimalpunkt i ${headings(p.point)}, decimalkomma i ${headings(p.comma)}. Kontrollera värdena.`,
};
