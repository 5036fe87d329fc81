/** Messages of Län och regioner (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const regionsSv = {
  intro:
    "Stockholms län bland landets 21 regioner, rangordnat, med riket som referens. Värdena är Koladas egna för varje region; en region utan värde saknas i diagrammet och räknas inte som noll.",
  indicator: "Indikator",
  period: "År",
  loading: "Hämtar värden för landets regioner …",
  title:
    "Stockholms län: {{value}} {{period}}, plats {{rank}} av {{n}} regioner",
  titleMissing: "Stockholms län bland landets regioner {{period}}",
  countyValue: "Stockholms län har {{value}}.",
  countyMissing: "Kolada har inget värde för Stockholms län detta år.",
  sweden: "Riket har {{value}}.",
  swedenMissing: "Kolada har inget värde för riket detta år.",
  coverage: "Värde för {{count}} av {{total}} regioner",
  missingTitle: "Regioner utan värde ({{count}})",
  noRegionValues:
    "Kolada har inga värden för regionerna för {{label}}; bara kommunernas värden finns.",
} as const;

export const regionsEn = {
  intro:
    "Stockholm County among Sweden's 21 regions, ranked, with Sweden as the reference. The values are Kolada's own for each region; a region without a value is left out of the chart and never counted as zero.",
  indicator: "Indicator",
  period: "Year",
  loading: "Loading values for Sweden's regions …",
  title:
    "Stockholm County: {{value}} {{period}}, rank {{rank}} of {{n}} regions",
  titleMissing: "Stockholm County among Sweden's regions {{period}}",
  countyValue: "Stockholm County has {{value}}.",
  countyMissing: "Kolada has no value for Stockholm County this year.",
  sweden: "Sweden has {{value}}.",
  swedenMissing: "Kolada has no value for Sweden this year.",
  coverage: "Values for {{count}} of {{total}} regions",
  missingTitle: "Regions without a value ({{count}})",
  noRegionValues:
    "Kolada has no values for the regions for {{label}}; only the municipalities' values exist.",
} as const satisfies Widen<typeof regionsSv>;

registerMessages("regions", regionsSv, regionsEn);
