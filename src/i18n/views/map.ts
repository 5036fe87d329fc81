/** Messages of the Map view (sv is the reference; en must have the same keys). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const mapSv = {
  heading: "Karta",
  intro:
    "Kommunerna färgade efter sitt värde; de inre kommunerna visas också förstorade. Välj en kommun för att öppna dess profil.",
  introTiles:
    "Varje ruta är en kommun, placerad ungefär som på en karta över länet. Välj en ruta för att öppna kommunens profil.",
  layout: "Visa som",
  layoutMap: "Karta",
  layoutTiles: "Rutor",
  insetTitle: "Inre kommunerna, förstorade",
  scale: "Färgskala",
  scaleSequential: "Grupper efter värde",
  scaleDiverging: "Jämfört med länet",
  title: "{{label}} {{period}}",
  perCapitaSubtitle:
    "kr per invånare, {{period}}, befolkning {{populationPeriod}}",
  legendTitle: "Förklaring",
  legendSequential:
    "Ljus färg = lägre värde, mörk = högre. Kommunerna i upp till fem grupper av likartade värden.",
  legendSequentialHigherWorse:
    "Mörkast där det är sämst: högre värde är sämre. Kommunerna i upp till fem grupper av likartade värden.",
  legendSequentialHigherBetter:
    "Mörkast där det är sämst: lägre värde är sämre. Kommunerna i upp till fem grupper av likartade värden.",
  legendDiverging:
    "Jämfört med länets värde {{county}}. Blått och orange visar under och över länet.",
  legendDivergingPolarity:
    "Jämfört med länets värde {{county}}. Orange är den sämre sidan, blått den bättre.",
  divergingUnavailable:
    "Länet har inget jämförbart värde här, så kartan visar grupper från lägre till högre i stället.",
  binRange: "{{min}} – {{max}}",
  binSingle: "{{min}}",
  binCount_one: "{{count}} kommun",
  binCount_other: "{{count}} kommuner",
  binGroup: "grupp {{index}} av {{total}}",
  farBelow: "under {{bound}}, mycket lägre än länet",
  below: "{{low}} – {{county}}, lägre än länet",
  same: "{{county}}, som länet",
  above: "{{county}} – {{high}}, högre än länet",
  farAbove: "över {{bound}}, mycket högre än länet",
  better: "bättre",
  worse: "sämre",
  best: "bäst",
  worst: "sämst",
  noData: "Uppgift saknas",
  noDataShort: "saknas",
  selected: "markerad",
} as const;

export const mapEn = {
  heading: "Map",
  intro:
    "The municipalities coloured by their value; the inner municipalities are also shown enlarged. Choose a municipality to open its profile.",
  introTiles:
    "Each square is a municipality, placed roughly as on a map of the county. Choose a square to open the municipality's profile.",
  layout: "Show as",
  layoutMap: "Map",
  layoutTiles: "Squares",
  insetTitle: "The inner municipalities, enlarged",
  scale: "Colour scale",
  scaleSequential: "Groups by value",
  scaleDiverging: "Compared with the county",
  title: "{{label}} {{period}}",
  perCapitaSubtitle:
    "SEK per inhabitant, {{period}}, population {{populationPeriod}}",
  legendTitle: "Legend",
  legendSequential:
    "Light colour = lower value, dark = higher. The municipalities in up to five groups of similar values.",
  legendSequentialHigherWorse:
    "Darkest where it is worst: a higher value is worse. The municipalities in up to five groups of similar values.",
  legendSequentialHigherBetter:
    "Darkest where it is worst: a lower value is worse. The municipalities in up to five groups of similar values.",
  legendDiverging:
    "Compared with the county value {{county}}. Blue and orange show below and above the county.",
  legendDivergingPolarity:
    "Compared with the county value {{county}}. Orange is the worse side, blue the better.",
  divergingUnavailable:
    "The county has no comparable value here, so the map shows groups from lower to higher instead.",
  binRange: "{{min}} – {{max}}",
  binSingle: "{{min}}",
  binCount_one: "{{count}} municipality",
  binCount_other: "{{count}} municipalities",
  binGroup: "group {{index}} of {{total}}",
  farBelow: "below {{bound}}, much lower than the county",
  below: "{{low}} – {{county}}, lower than the county",
  same: "{{county}}, same as the county",
  above: "{{county}} – {{high}}, higher than the county",
  farAbove: "above {{bound}}, much higher than the county",
  better: "better",
  worse: "worse",
  best: "best",
  worst: "worst",
  noData: "No data",
  noDataShort: "no data",
  selected: "highlighted",
} as const satisfies Widen<typeof mapSv>;

registerMessages("map", mapSv, mapEn);
