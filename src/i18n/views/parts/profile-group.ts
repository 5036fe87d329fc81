/** Messages of Kommunprofil's kommungrupp comparison (profile.group, composed in ../profile.ts). */
import type { Widen } from "../../widen";

export const profileGroupSv = {
  control: "Jämför med",
  off: "Länet",
  on: "Länet och liknande kommuner",
  intro:
    "Liknande kommuner: {{name}} tillhör SKR:s kommungrupp 2017 {{group}} ({{code}}), {{members}} kommuner i landet. Gruppens median och spann (lägsta–högsta värde) samma år räknas av appen ur Koladas värden för hela landet (beräknat). En kommun utan värde räknas inte, den räknas aldrig som noll.",
  notPlaced: "{{name}} har ingen kommungrupp 2017 i SKR:s indelning.",
  loading: "Hämtar värden för hela landet …",
  failed: "Värdena för hela landet kunde inte hämtas.",
  above:
    "Över medianen för {{group}} ({{count}} kommuner med värde): {{value}} mot {{median}} (spann {{min}}–{{max}}, beräknat).",
  below:
    "Under medianen för {{group}} ({{count}} kommuner med värde): {{value}} mot {{median}} (spann {{min}}–{{max}}, beräknat).",
  atMedian:
    "Lika med medianen för {{group}} ({{count}} kommuner med värde): {{value}} mot {{median}} (spann {{min}}–{{max}}, beräknat).",
  ownMissing:
    "{{name}} har inget värde {{period}} i Koladas data för hela landet. Medianen för {{group}} ({{count}} kommuner med värde) är {{median}} (spann {{min}}–{{max}}, beräknat).",
  noValues:
    "{{group}} har inga värden {{period}} i Koladas data för hela landet.",
  noDataset:
    "Ingen jämförelse med liknande kommuner: indikatorn finns inte i Koladas data för hela landet.",
  column: "Kommungrupp {{code}}: median (spann), beräknat",
  cell: "{{median}} ({{min}}–{{max}}), {{relation}}",
  cellCount: "{{count}} av {{members}} kommuner med värde",
  relationAbove: "{{name}} över",
  relationBelow: "{{name}} under",
  relationAtMedian: "{{name}} lika med medianen",
  relationMissing: "{{name}} saknar värde",
  cellNoValues: "inga värden {{period}}",
  cellNoDataset: "finns inte för hela landet",
} as const;

export const profileGroupEn = {
  control: "Compare with",
  off: "The county",
  on: "The county and similar municipalities",
  intro:
    "Similar municipalities: {{name}} belongs to SKR's municipality group 2017 {{group}} ({{code}}), {{members}} municipalities in Sweden. The group's median and range (lowest–highest value) for the same year are computed by the app from Kolada's values for all of Sweden (computed). A municipality without a value is left out, never counted as zero.",
  notPlaced: "{{name}} has no municipality group 2017 in SKR's classification.",
  loading: "Loading values for all of Sweden …",
  failed: "The values for all of Sweden could not be loaded.",
  above:
    "Above the median of {{group}} ({{count}} municipalities with a value): {{value}} against {{median}} (range {{min}}–{{max}}, computed).",
  below:
    "Below the median of {{group}} ({{count}} municipalities with a value): {{value}} against {{median}} (range {{min}}–{{max}}, computed).",
  atMedian:
    "Equal to the median of {{group}} ({{count}} municipalities with a value): {{value}} against {{median}} (range {{min}}–{{max}}, computed).",
  ownMissing:
    "{{name}} has no value for {{period}} in Kolada's data for all of Sweden. The median of {{group}} ({{count}} municipalities with a value) is {{median}} (range {{min}}–{{max}}, computed).",
  noValues:
    "{{group}} has no values for {{period}} in Kolada's data for all of Sweden.",
  noDataset:
    "No comparison with similar municipalities: the indicator is not in Kolada's data for all of Sweden.",
  column: "Municipality group {{code}}: median (range), computed",
  cell: "{{median}} ({{min}}–{{max}}), {{relation}}",
  cellCount: "{{count}} of {{members}} municipalities with a value",
  relationAbove: "{{name}} above",
  relationBelow: "{{name}} below",
  relationAtMedian: "{{name}} equal to the median",
  relationMissing: "{{name}} has no value",
  cellNoValues: "no values for {{period}}",
  cellNoDataset: "not available for all of Sweden",
} as const satisfies Widen<typeof profileGroupSv>;
