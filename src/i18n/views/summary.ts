/**
 * Words of the generated chart summaries (src/charts/summary/): clauses that the summary
 * functions join into sentences. They load with the first summary, not with the app shell.
 */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const summarySv = {
  highLow:
    "högst är {{high}} med {{highValue}} och lägst {{low}} med {{lowValue}}",
  spread:
    "värdena sträcker sig från {{lowValue}} ({{low}}) till {{highValue}} ({{high}})",
  spreadPopulation:
    "utan hänsyn till folkmängden från {{lowValue}} ({{low}}) till {{highValue}} ({{high}})",
  perInhabitantAllEqual:
    "per invånare har alla {{count}} kommuner lika mycket, {{value}} (beräknat)",
  perInhabitantAllEqualWithValue:
    "per invånare har alla {{count}} kommuner med värde lika mycket, {{value}} (beräknat)",
  perInhabitantSpread:
    "per invånare (beräknat) sträcker sig värdena från {{lowValue}} ({{low}}) till {{highValue}} ({{high}})",
  allEqual: "alla {{count}} kommuner har {{value}}",
  allEqualWithValue: "alla {{count}} kommuner med värde har {{value}}",
  kommunerCount: "{{count}} kommuner",
  onlyOne: "bara {{name}} har ett värde, {{value}}",
  rangeOnly:
    "källan ger bara spannet mellan kommunerna, {{range}}, inte varje kommuns värde",
  county: "länets värde är {{value}}",
  countyTotal: "länet har totalt {{value}}",
  countyAverage: "länets kommuner har i genomsnitt {{value}}",
  share: "{{name}} står för {{share}} av länets total (beräknat)",
  received: "{{name}} fick {{value}} {{period}}",
  had: "{{name}} hade {{value}} {{period}}",
  perInhabitant: "{{value}} per invånare (beräknat)",
  perInhabitantSame:
    "lika mycket per invånare som länets kommuner i genomsnitt",
  perInhabitantMore:
    "mer per invånare än länets kommuner i genomsnitt ({{county}})",
  perInhabitantLess:
    "mindre per invånare än länets kommuner i genomsnitt ({{county}})",
  higher: "högre än länet ({{county}})",
  lower: "lägre än länet ({{county}})",
  same: "samma som länet",
  better: "vilket är bättre",
  worse: "vilket är sämre",
  rank: "plats {{rank}} av {{n}}",
  selectedRange: "för {{name}} ger källan bara ett spann, {{range}}",
  selectedMissing: "uppgift saknas för {{name}}",
  missingNames: "uppgift saknas för {{names}}",
  missingCount: "uppgift saknas för {{count}} av {{total}} kommuner",
  rangeCount_one: "{{count}} kommun har bara ett spann i källan",
  rangeCount_other: "{{count}} kommuner har bara ett spann i källan",
  estimated: "värden med ”cirka” är ungefärliga",
  derived:
    "värdena per invånare är beräknade: beloppet delat med folkmängden {{populationPeriod}}",
} as const;

const summaryEn = {
  highLow:
    "highest is {{high}} with {{highValue}} and lowest {{low}} with {{lowValue}}",
  spread:
    "the values range from {{lowValue}} ({{low}}) to {{highValue}} ({{high}})",
  spreadPopulation:
    "without regard to population, from {{lowValue}} ({{low}}) to {{highValue}} ({{high}})",
  perInhabitantAllEqual:
    "per inhabitant, all {{count}} municipalities have the same, {{value}} (calculated)",
  perInhabitantAllEqualWithValue:
    "per inhabitant, all {{count}} municipalities with a value have the same, {{value}} (calculated)",
  perInhabitantSpread:
    "per inhabitant (calculated), the values range from {{lowValue}} ({{low}}) to {{highValue}} ({{high}})",
  allEqual: "all {{count}} municipalities have {{value}}",
  allEqualWithValue: "all {{count}} municipalities with a value have {{value}}",
  kommunerCount: "{{count}} municipalities",
  onlyOne: "only {{name}} has a value, {{value}}",
  rangeOnly:
    "the source gives only the range across the municipalities, {{range}}, not each municipality's value",
  county: "the county's value is {{value}}",
  countyTotal: "the county total is {{value}}",
  countyAverage: "the county's municipalities have {{value}} on average",
  share: "{{name}} accounts for {{share}} of the county total (calculated)",
  received: "{{name}} received {{value}} in {{period}}",
  had: "{{name}} had {{value}} in {{period}}",
  perInhabitant: "{{value}} per inhabitant (calculated)",
  perInhabitantSame:
    "the same per inhabitant as the county's municipalities on average",
  perInhabitantMore:
    "more per inhabitant than the county's municipalities on average ({{county}})",
  perInhabitantLess:
    "less per inhabitant than the county's municipalities on average ({{county}})",
  higher: "higher than the county ({{county}})",
  lower: "lower than the county ({{county}})",
  same: "the same as the county",
  better: "which is better",
  worse: "which is worse",
  rank: "rank {{rank}} of {{n}}",
  selectedRange: "for {{name}} the source gives only a range, {{range}}",
  selectedMissing: "no value for {{name}}",
  missingNames: "no value for {{names}}",
  missingCount: "no value for {{count}} of {{total}} municipalities",
  rangeCount_one: "{{count}} municipality has only a range in the source",
  rangeCount_other: "{{count}} municipalities have only a range in the source",
  estimated: "values marked “about” are approximate",
  derived:
    "the values per inhabitant are calculated: the amount divided by the population {{populationPeriod}}",
} as const satisfies Widen<typeof summarySv>;

registerMessages("summary", summarySv, summaryEn);
