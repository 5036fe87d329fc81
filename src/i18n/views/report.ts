/** Messages of the Kommunrapport view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const reportSv = {
  title: "Kommunrapport: {{name}}",
  back: "Tillbaka till Kommunprofilen",
  print: "Skriv ut eller spara som PDF",
  hint: "Välj ”Spara som PDF” i utskriftsdialogen för en PDF-fil (A4).",
  dates:
    "Uppgifter till och med {{period}} · dataversioner publicerade senast {{published}} · utskriven {{printed}}",
  choose: "Välj en kommun i Kommunprofilen för att få dess rapport.",
  funding:
    "Stimulansmedel {{period}}: {{value}}, {{perCapita}} per invånare (beräknat) {{cite}}",
  fundingNoPerCapita: "Stimulansmedel {{period}}: {{value}} {{cite}}",
  population: "Folkmängd {{period}}: {{value}} {{cite}}",
  themesTitle: "{{name}} jämfört med länet, indikator för indikator",
  tableOnly:
    "Indikatorerna under {{themes}} har ingen riktning (ett högre värde är varken bättre eller sämre) och står bara i tabellerna nedan.",
  tables: "Siffrorna i tabellform",
  sources: "Källor",
  page: "sida",
  of: "av",
} as const;

export const reportEn = {
  title: "Municipality report: {{name}}",
  back: "Back to the municipality profile",
  print: "Print or save as PDF",
  hint: "Choose “Save as PDF” in the print dialog for a PDF file (A4).",
  dates:
    "Figures up to {{period}} · dataset versions published by {{published}} · printed {{printed}}",
  choose:
    "Choose a municipality in the municipality profile to get its report.",
  funding:
    "Stimulus funds {{period}}: {{value}}, {{perCapita}} per inhabitant (calculated) {{cite}}",
  fundingNoPerCapita: "Stimulus funds {{period}}: {{value}} {{cite}}",
  population: "Population {{period}}: {{value}} {{cite}}",
  themesTitle: "{{name}} compared with the county, indicator by indicator",
  tableOnly:
    "The indicators under {{themes}} have no direction (a higher value is neither better nor worse) and are given only in the tables below.",
  tables: "The numbers as tables",
  sources: "Sources",
  page: "page",
  of: "of",
} as const satisfies Widen<typeof reportSv>;

registerMessages("report", reportSv, reportEn);
