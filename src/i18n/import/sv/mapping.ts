/** Swedish: a column mapping (read from its file, applied to a file), the reference for en/mapping.ts. */
import { quoteSv as q } from "../quote";

export const mappingSv = {
  mappingNotJson: () => "Kolumnmappningen är ingen giltig JSON-fil.",
  mappingShape: (p: { path: string; version: number }) =>
    `Kolumnmappningen har fel form${p.path ? ` vid ${q(p.path)}` : ""} (version ${p.version} väntas, med area, period, values, breakdowns, numberFormat och dash).`,
  mappingColumnMissing: (p: {
    column: number;
    heading: string;
    columns: number;
  }) =>
    `Kolumnmappningen använder kolumn ${p.column} (${q(p.heading)}), men filen har bara ${p.columns} kolumner.`,
  mappingHeadingDiffers: (p: {
    column: number;
    actual: string;
    heading: string;
  }) =>
    `Kolumn ${p.column} heter ${q(p.actual)} i filen men ${q(p.heading)} i kolumnmappningen; mappningen hör till en annan fil och används inte.`,
  mappingNoPeriodHeading: (p: { heading: string }) =>
    `Kolumnen ${q(p.heading)} ska enligt kolumnmappningen ha perioden i rubriken, men rubriken är ingen period (t.ex. ”2019” eller ”2014M08”).`,
  periodFixed: (p: { period: string }) =>
    `Filen har ingen period; enligt kolumnmappningen gäller alla värden ${p.period}.`,
};
