/** Messages of the national comparisons (Jämför kommuner's "Jämför med"); sv is the reference. */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const nationalSv = {
  unavailablePeriod: "Kolada har inga värden för landets kommuner {{period}}.",
  groupTitle: "{{name}} bland liknande kommuner i landet",
  groupSubtitle:
    "{{label}}, {{period}} · kommungrupp 2017: {{group}} ({{code}}) · {{unit}}",
  swedenTitle: "Länets kommuner bland alla kommuner i landet",
  swedenTitleNamed: "{{name}} bland alla kommuner i landet",
  swedenSubtitle: "{{label}}, {{period}} · {{unit}}",
  coverage:
    "Värde för {{count}} av {{total}} kommuner. En kommun utan värde saknas i figuren, den räknas inte som noll.",
  groupSummary:
    "{{name}} tillhör kommungrupp 2017 {{group}}, {{total}} kommuner i landet, varav {{count}} har värde. Gruppens median är {{median}} och värdena går från {{min}} till {{max}} (beräknat).",
  ownValue: "{{name}} har {{value}}, {{relation}}.",
  ownMissing: "{{name}} har inget värde {{period}}.",
  above: "över medianen",
  below: "under medianen",
  atMedian: "lika med medianen",
  standing: "{{lower}} kommuner har ett lägre och {{higher}} ett högre värde.",
  swedenSummary:
    "{{count}} av {{total}} kommuner i landet har värde; medianen är {{median}} och värdena går från {{min}} till {{max}} (beräknat). Av länets kommuner med värde ligger {{above}} över och {{below}} under medianen i landet.",
  median: "Median (beräknat)",
  medianGroup: "Median, kommungrupp 2017 {{code}} (beräknat)",
  medianSweden: "Median, alla kommuner i landet (beräknat)",
  minimum: "Lägsta värde (beräknat)",
  maximum: "Högsta värde (beräknat)",
  derivedHow: "Beräknat av appen ur {{count}} kommuners värden i Kolada",
  stripLabel: "{{title}}. {{summary}}",
  countyKommun: "Kommun i Stockholms län",
  otherKommun: "Övriga kommuner",
  selectedKommun: "Markerad kommun",
  loading: "Hämtar värden för hela landet …",
} as const;

export const nationalEn = {
  unavailablePeriod:
    "Kolada has no values for Sweden's municipalities for {{period}}.",
  groupTitle: "{{name}} among similar municipalities in Sweden",
  groupSubtitle:
    "{{label}}, {{period}} · municipality group 2017: {{group}} ({{code}}) · {{unit}}",
  swedenTitle: "The county's municipalities among all municipalities in Sweden",
  swedenTitleNamed: "{{name}} among all municipalities in Sweden",
  swedenSubtitle: "{{label}}, {{period}} · {{unit}}",
  coverage:
    "Values for {{count}} of {{total}} municipalities. A municipality without a value is left out of the figure, never counted as zero.",
  groupSummary:
    "{{name}} belongs to the municipality group 2017 {{group}}, {{total}} municipalities in Sweden, {{count}} of them with a value. The group's median is {{median}} and its values range from {{min}} to {{max}} (computed).",
  ownValue: "{{name}} has {{value}}, {{relation}}.",
  ownMissing: "{{name}} has no value for {{period}}.",
  above: "above the median",
  below: "below the median",
  atMedian: "equal to the median",
  standing:
    "{{lower}} municipalities have a lower and {{higher}} a higher value.",
  swedenSummary:
    "{{count}} of {{total}} municipalities in Sweden have a value; the median is {{median}} and values range from {{min}} to {{max}} (computed). Of the county's municipalities with a value, {{above}} are above and {{below}} below Sweden's median.",
  median: "Median (computed)",
  medianGroup: "Median, municipality group 2017 {{code}} (computed)",
  medianSweden: "Median, all municipalities in Sweden (computed)",
  minimum: "Lowest value (computed)",
  maximum: "Highest value (computed)",
  derivedHow:
    "Computed by the app from {{count}} municipalities' values in Kolada",
  stripLabel: "{{title}}. {{summary}}",
  countyKommun: "Municipality in Stockholm County",
  otherKommun: "Other municipalities",
  selectedKommun: "Selected municipality",
  loading: "Loading values for all of Sweden …",
} as const satisfies Widen<typeof nationalSv>;

registerMessages("national", nationalSv, nationalEn);
