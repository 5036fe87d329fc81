/** Swedish: reading a CSV file's lines, header and rows, the reference for en/csv.ts. */
import { quoteSv as q } from "../quote";

export const csvSv = {
  sepLine: (p: { delimiter: string }) =>
    `Första raden (”sep=${p.delimiter === "\t" ? "TAB" : p.delimiter}”) anger avgränsaren och är ingen data.`,
  noDelimiter: () =>
    "Hittar ingen avgränsare mellan kolumnerna (semikolon, komma eller tabb). Filen behöver minst två kolumner: kommun och värde.",
  lineTooLong: (p: { line: number; length: number; max: number }) =>
    `Rad ${p.line} är ${p.length} tecken lång; högst ${p.max} tillåts. Filen läses inte (är det verkligen en tabell?).`,
  titleRow: (p: { text: string }) =>
    `Raden ${q(p.text)} står ovanför rubrikraden och läses som rubrik eller anteckning.`,
  unclosedQuote: (p: { line: number; lastLine: number }) =>
    `Citattecknet som börjar på rad ${p.line} stängs aldrig, så rad ${p.line}–${p.lastLine} kan inte läsas.`,
  badQuotes: () =>
    'Raden har citattecken på fel ställe (ett fält som börjar med " måste sluta med " före avgränsaren); raden används inte.',
  recordTooLong: (p: { line: number; max: number }) =>
    `Raden som börjar på rad ${p.line} fortsätter över mer än ${p.max} tecken (oftast ett citattecken som aldrig stängs); resten av filen läses inte.`,
  noHeader: () =>
    "Filen har ingen rubrikrad med minst två kolumner (den är tom eller har bara en kolumn).",
  noteRow: (p: { text: string }) =>
    `Raden innehåller bara texten ${q(p.text)} och läses som en anteckning, inte som data.`,
  tooFewFields: (p: { fields: number; width: number }) =>
    `Raden har ${p.fields} fält men rubrikraden har ${p.width}; raden används inte.`,
  tooManyFields: (p: { fields: number; width: number }) =>
    `Raden har ${p.fields} fält men rubrikraden har ${p.width}, ofta ett decimalkomma eller en avgränsare i ett värde utan citattecken; raden används inte.`,
  rowsFiltered: (p: { count: number; value: string; heading: string }) =>
    `${p.count} rader med ett annat värde än ${q(p.value)} i kolumnen ${q(p.heading)} används inte (valt i kolumnmappningen).`,
  missingIndicator: () => "Indikatorn saknas; raden används inte.",
};
