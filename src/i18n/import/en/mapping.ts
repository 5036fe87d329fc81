/** English: a column mapping (read from its file, applied to a file). */
import { quoteEn as q } from "../quote";
import type { mappingSv } from "../sv/mapping";

export const mappingEn: typeof mappingSv = {
  mappingNotJson: () => "The column mapping is not a valid JSON file.",
  mappingShape: (p) =>
    `The column mapping has the wrong shape${p.path ? ` at ${q(p.path)}` : ""} (version ${p.version} is expected, with area, period, values, breakdowns, numberFormat and dash).`,
  mappingColumnMissing: (p) =>
    `The column mapping uses column ${p.column} (${q(p.heading)}), but the file has only ${p.columns} columns.`,
  mappingHeadingDiffers: (p) =>
    `Column ${p.column} is called ${q(p.actual)} in the file but ${q(p.heading)} in the column mapping; the mapping belongs to another file and is not used.`,
  mappingNoPeriodHeading: (p) =>
    `By the column mapping the column ${q(p.heading)} has its period in the heading, but the heading is no period (e.g. “2019” or “2014M08”).`,
  periodFixed: (p) =>
    `The file has no period; by the column mapping every value is for ${p.period}.`,
};
