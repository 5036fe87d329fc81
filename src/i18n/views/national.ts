/** Messages of the national comparisons (Jämför kommuner's "Jämför med"); sv is the reference. */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const nationalSv = {
  reference: "Jämför med",
  county: "Länets kommuner",
  group: "Liknande kommuner i landet",
  sweden: "Alla kommuner i landet",
  unavailableNoData:
    "Jämförelse med hela landet finns bara för nyckeltal ur Kolada; för {{label}} finns inga värden för landets kommuner. Jämför med länets kommuner.",
  unavailablePerCapita:
    "Värden för hela landet finns bara som Kolada redovisar dem, inte omräknade per invånare. Välj visningssättet utan per invånare.",
  unavailablePeriod: "Kolada har inga värden för landets kommuner {{period}}.",
  chooseKommun:
    "Markera en kommun för att jämföra den med liknande kommuner (dess kommungrupp 2017).",
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
  reference: "Compare with",
  county: "The county's municipalities",
  group: "Similar municipalities in Sweden",
  sweden: "All municipalities in Sweden",
  unavailableNoData:
    "Comparisons with all of Sweden exist only for Kolada key figures; {{label}} has no values for Sweden's municipalities. Compare with the county's municipalities.",
  unavailablePerCapita:
    "Values for all of Sweden exist only as Kolada reports them, not per inhabitant. Choose the view without per inhabitant.",
  unavailablePeriod:
    "Kolada has no values for Sweden's municipalities for {{period}}.",
  chooseKommun:
    "Select a municipality to compare it with similar municipalities (its municipality group 2017).",
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
