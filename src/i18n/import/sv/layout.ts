/** Swedish: which column is what (headings, area, period and value columns), the reference for en/layout.ts. */
import { quoteSv as q } from "../quote";

const HEADER_HELP =
  "Filen behöver en rubrikrad med kommun eller kommunkod, och antingen en kolumn för år och en för värde (t.ex. Kommunkod;Indikator;År;Värde) eller ett år per kolumn (t.ex. Kommun;2019;2020).";

interface Heading {
  readonly heading: string;
}

export const layoutSv = {
  tooManyColumns: (p: { columns: number; max: number }) =>
    `Rubrikraden har ${p.columns} kolumner; högst ${p.max} kan läsas.`,
  headerIsData: (p: { line: number; text: string }) =>
    `Rad ${p.line} ser ut att vara data (${q(p.text)}), inte rubriker. ${HEADER_HELP}`,
  areaLevelCounty: (p: Heading) =>
    `Kolumnen ${q(p.heading)} gäller landsting eller regioner, så ”Stockholm” där betyder Stockholms län (01), inte Stockholms kommun; andra län används inte.`,
  rowNumbers: (p: Heading & { readonly column: number }) =>
    `Kolumn ${p.column}${p.heading === "" ? " (utan rubrik)" : ` (${q(p.heading)})`} innehåller radnummer (som R och pandas skriver) och används inte.`,
  columnNotImported: (p: Heading) =>
    `Kolumnen ${q(p.heading)} används inte vid importen.`,
  columnDividesIndicator: (p: Heading) =>
    `Kolumnen ${q(p.heading)} delar upp indikatorn ytterligare; varje kombination blir en egen serie.`,
  duplicateColumn: (p: Heading & { first: number; firstHeading: string }) =>
    `Kolumnen ${q(p.heading)} har samma betydelse som kolumn ${p.first} (${q(p.firstHeading)}); bara den första används.`,
  areaCodeColumnGuessed: (p: Heading) =>
    `Kolumnen ${q(p.heading)} innehåller kommun- eller länskoder och används som områdeskod.`,
  areaColumnGuessed: (p: Heading) =>
    `Kolumnen ${q(p.heading)} innehåller kommuner och används som kommunkolumn.`,
  noAreaColumn: (p: { headings: readonly string[] }) =>
    `Hittar ingen kolumn med kommun eller kommunkod (rubriker: ${p.headings.map(q).join(", ")}). ${HEADER_HELP}`,
  noPeriodColumn: () =>
    `Hittar ingen kolumn för år eller period (t.ex. ”År”). ${HEADER_HELP}`,
  noValueColumns: () => `Hittar inga kolumner med värden. ${HEADER_HELP}`,
  indicatorFromTitle: (p: { title: string }) =>
    `Filen har ingen indikatorkolumn; indikatorn heter som filens rubrik, ${q(p.title)}.`,
  indicatorFromFileName: (p: { name: string }) =>
    `Filen har ingen indikatorkolumn; indikatorn heter som filen, ${q(p.name)}.`,
  columnAsBreakdown: (p: Heading) =>
    `Kolumnen ${q(p.heading)} innehåller text och läses som en uppdelning av värdena (t.ex. ålder).`,
  noYearForColumn: (p: Heading) =>
    `Kolumnen ${q(p.heading)} har inget år i rubriken och filen har ingen kolumn för år; kolumnen används inte.`,
  columnUnrecognised: (p: Heading & { readonly column: number }) =>
    `Kolumnen ${q(p.heading === "" ? `nr ${p.column}` : p.heading)} känns inte igen och används inte.`,
};
