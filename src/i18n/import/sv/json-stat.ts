/** Swedish: JSON-stat 2.0 datasets from PxWeb, the reference for en/json-stat.ts. */
import { groupDigits, quoteSv as q } from "../quote";

export const jsonStatSv = {
  jsonStatVersion: (p: { version: string | null }) =>
    `JSON-stat-versionen är ${p.version ?? "saknas"}, inte ${q("2.0")}; filen läses ändå som 2.0.`,
  noAreaDimension: (p: { dimensions: string }) =>
    `JSON-stat-filen har ingen dimension för område (region eller kommun), bara ${p.dimensions}. Det är siffror för hela landet, och det finns inget att läsa in per kommun. Hämta tabellen med variabeln Region och välj kommunerna.`,
  noTimeDimension: (p: { dimensions: string }) =>
    `Hittar ingen dimension för tid (dimensioner: ${p.dimensions}).`,
  valueNotList: () =>
    "value i JSON-stat-filen är varken en lista eller ett objekt.",
  valueCount: (p: { values: number; cells: number }) =>
    `value har ${p.values} värden men dimensionerna ger ${p.cells} celler.`,
  statusWithValue: (p: { text: string; path: string }) =>
    `Värden med statusen ${q(p.text)} (första: ${p.path}) läses som rapporterade.`,
  noIndicatorDimension: (p: { name: string }) =>
    `Filen har ingen indikatordimension (ContentsCode); indikatorn heter ${q(p.name)}.`,
  cubeIncomplete: () =>
    "JSON-stat-filen saknar id, size eller dimension, eller så är id och size olika långa.",
  dimensionInvalid: (p: {
    number: number;
    id: string | null;
    size: string | null;
  }) =>
    `Dimension nr ${p.number} har ogiltigt id eller storlek (${p.id ?? "saknas"}, ${p.size ?? "saknas"}).`,
  /** `cells` and `factors` are decimal digits: the product may exceed what a number holds. */
  tooManyCells: (p: {
    cells: string;
    factors: readonly string[];
    limit: number;
  }) =>
    `JSON-stat-filen anger ${groupDigits(p.cells, "sv")} celler (${p.factors.map((f) => groupDigits(f, "sv")).join(" × ")}) och gränsen är ${groupDigits(p.limit, "sv")}, så den har inte lästs. Hämta färre regioner, perioder eller andra val åt gången.`,
  dimensionCategories: (p: { id: string; size: number }) =>
    `Dimensionen ${q(p.id)} saknar kategorier (category.index) som stämmer med storleken ${p.size}.`,
};
