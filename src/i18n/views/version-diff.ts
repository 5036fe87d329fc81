/** Messages of "Vad har ändrats" and version pinning on Data och källor (sv is the reference). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const versionDiffSv = {
  heading: "Vad har ändrats",
  intro:
    "Välj två versioner av ett dataset för att se vad som lagts till, tagits bort och ändrats, per kommun och indikator.",
  onlyOne:
    "Varje dataset har hittills bara en publicerad version. När en ny version publiceras visas här vad som skiljer den från den förra.",
  dataset: "Dataset",
  from: "Från version",
  to: "Till version",
  area: "Område",
  allAreas: "Alla områden",
  same: "Välj två olika versioner.",
  loading: "Läser in versionerna …",
  counts:
    "{{added}} tillagda, {{removed}} borttagna och {{changed}} ändrade uppgifter; {{unchanged}} oförändrade.",
  none: "Inga skillnader: versionerna har samma uppgifter.",
  tableLabel: "Ändringar mellan {{from}} och {{to}} i {{dataset}}",
  colArea: "Område",
  colIndicator: "Indikator",
  colBreakdown: "Uppdelning",
  colPeriod: "Period",
  colKind: "Ändring",
  colBefore: "Före",
  colAfter: "Efter",
  colDifference: "Skillnad",
  kind: {
    added: "Tillagd",
    removed: "Borttagen",
    changed: "Ändrad",
  },
  fields: {
    value: "värde",
    status: "status",
    low: "nedre gräns",
    high: "övre gräns",
    note: "anmärkning",
    sourceId: "källa",
    locator: "plats i källan",
  },
  changedFields: "Ändrat: {{fields}}",
  absent: "finns inte",
  missing: "saknas",
  showAll: "Visa alla {{total}} ändringar",
  shownOf: "Visar {{shown}} av {{total}} ändringar.",
  pinColumn: "I diagrammen",
  pin: "Fäst v{{version}} i länken",
  pinned: "Fäst i länken — ta bort",
  pinHelp:
    "En fäst version visas i alla diagram i stället för den senaste, och länken visar samma siffror även när en ny version publiceras.",
} as const;

const versionDiffEn = {
  heading: "What has changed",
  intro:
    "Choose two versions of a dataset to see what was added, removed and changed, per municipality and indicator.",
  onlyOne:
    "So far every dataset has a single published version. When a new version is published, this shows how it differs from the previous one.",
  dataset: "Dataset",
  from: "From version",
  to: "To version",
  area: "Area",
  allAreas: "All areas",
  same: "Choose two different versions.",
  loading: "Loading the versions …",
  counts:
    "{{added}} added, {{removed}} removed and {{changed}} changed figures; {{unchanged}} unchanged.",
  none: "No differences: the versions hold the same figures.",
  tableLabel: "Changes from {{from}} to {{to}} in {{dataset}}",
  colArea: "Area",
  colIndicator: "Indicator",
  colBreakdown: "Breakdown",
  colPeriod: "Period",
  colKind: "Change",
  colBefore: "Before",
  colAfter: "After",
  colDifference: "Difference",
  kind: {
    added: "Added",
    removed: "Removed",
    changed: "Changed",
  },
  fields: {
    value: "value",
    status: "status",
    low: "lower bound",
    high: "upper bound",
    note: "note",
    sourceId: "source",
    locator: "place in the source",
  },
  changedFields: "Changed: {{fields}}",
  absent: "not present",
  missing: "missing",
  showAll: "Show all {{total}} changes",
  shownOf: "Showing {{shown}} of {{total}} changes.",
  pinColumn: "In the charts",
  pin: "Pin v{{version}} in the link",
  pinned: "Pinned in the link — remove",
  pinHelp:
    "A pinned version is shown in every chart instead of the latest, and the link keeps showing the same figures when a new version is published.",
} as const satisfies Widen<typeof versionDiffSv>;

registerMessages("versionDiff", versionDiffSv, versionDiffEn);
