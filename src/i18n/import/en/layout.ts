/** English: which column is what (headings, area, period and value columns). */
import { quoteEn as q } from "../quote";
import type { layoutSv } from "../sv/layout";

const HEADER_HELP =
  "The file needs a header row with the municipality or municipality code, and either a year column and a value column (e.g. Kommunkod;Indikator;År;Värde) or one year per column (e.g. Kommun;2019;2020).";

export const layoutEn: typeof layoutSv = {
  tooManyColumns: (p) =>
    `The header row has ${p.columns} columns; at most ${p.max} can be read.`,
  headerIsData: (p) =>
    `Line ${p.line} looks like data (${q(p.text)}), not headings. ${HEADER_HELP}`,
  areaLevelCounty: (p) =>
    `The column ${q(p.heading)} holds counties or regions, so “Stockholm” there means Stockholm County (01), not the municipality of Stockholm; other counties are not used.`,
  rowNumbers: (p) =>
    `Column ${p.column}${p.heading === "" ? " (without a heading)" : ` (${q(p.heading)})`} holds row numbers (as R and pandas write them) and is not used.`,
  columnNotImported: (p) =>
    `The column ${q(p.heading)} is not used by the import.`,
  columnDividesIndicator: (p) =>
    `The column ${q(p.heading)} divides the indicator further; each combination becomes its own series.`,
  duplicateColumn: (p) =>
    `The column ${q(p.heading)} means the same as column ${p.first} (${q(p.firstHeading)}); only the first is used.`,
  areaCodeColumnGuessed: (p) =>
    `The column ${q(p.heading)} holds municipality or county codes and is used as the area code.`,
  areaColumnGuessed: (p) =>
    `The column ${q(p.heading)} holds municipalities and is used as the municipality column.`,
  noAreaColumn: (p) =>
    `Found no column with the municipality or municipality code (headings: ${p.headings.map(q).join(", ")}). ${HEADER_HELP}`,
  noPeriodColumn: () =>
    `Found no column for the year or period (e.g. “År”/“Year”). ${HEADER_HELP}`,
  noValueColumns: () => `Found no columns with values. ${HEADER_HELP}`,
  indicatorFromTitle: (p) =>
    `The file has no indicator column; the indicator is named after the file's title, ${q(p.title)}.`,
  indicatorFromFileName: (p) =>
    `The file has no indicator column; the indicator is named after the file, ${q(p.name)}.`,
  columnAsBreakdown: (p) =>
    `The column ${q(p.heading)} holds text and is read as a breakdown of the values (e.g. age).`,
  noYearForColumn: (p) =>
    `The column ${q(p.heading)} has no year in its heading and the file has no year column; the column is not used.`,
  columnUnrecognised: (p) =>
    `The column ${q(p.heading === "" ? `no. ${p.column}` : p.heading)} is not recognised and is not used.`,
};
