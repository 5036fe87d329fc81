/** Messages of the Importera view's column mapping (importView.mapping, composed in ../import.ts). */
import type { Widen } from "../../widen";

export const importMappingSv = {
  heading: "Kolumner",
  refused:
    "Verktyget kunde inte avgöra vad kolumnerna innehåller. Ange det här så läses filen igen.",
  intro:
    "Så här har verktyget läst kolumnerna. Stämmer det inte kan du ändra det; filen läses då igen direkt.",
  open: "Ändra vad kolumnerna betyder",
  tableCaption: "De första {{rows}} raderna i {{file}}",
  colLine: "Rad",
  columnsLegend: "Vad innehåller varje kolumn?",
  columnLabel: "Kolumn {{n}}: {{heading}}",
  noHeading: "(utan rubrik)",
  examples: "Till exempel: {{values}}",
  noExamples: "Tom i de första raderna.",
  roles: {
    area: "Kommun eller kommunkod",
    areaName: "Kommunnamn (kontroll)",
    period: "Period",
    value: "Värde",
    indicator: "Indikator",
    breakdown: "Uppdelning",
    unused: "Används inte",
  },
  keep: "Behåll bara (”{{heading}}”)",
  keepAll: "alla värden som egna serier",
  periodLegend: "Var står perioden (år, kvartal, månad)?",
  periodFrom: {
    column: "I en egen kolumn (välj den som Period ovan)",
    headings: "I värdekolumnernas rubriker (t.ex. 2019, 2020)",
    fixed: "Samma period för hela filen",
  },
  fixedPeriod: "Period för hela filen",
  fixedPeriodHint: "Till exempel 2023, 2023K1 eller 2023M08.",
  levelLegend: "Vilka områden gäller filen?",
  levels: {
    kommun: "Kommuner",
    county: "Län, landsting eller regioner",
  },
  indicatorName: "Indikatorns namn",
  indicatorNameHint:
    "Lämnar du fältet tomt används värdekolumnernas rubriker eller filens namn.",
  numberFormatLegend: "Hur skrivs talen?",
  numberFormats: {
    sv: "Svenska (1 234,5)",
    en: "Engelska (1,234.5)",
  },
  dashLegend: "Vad betyder ”-” i filen?",
  dashes: {
    zero: "Noll",
    missing: "Saknat värde",
  },
  problems: {
    noArea: "Välj vilken kolumn som har kommun eller kommunkod.",
    manyAreas: "Bara en kolumn kan ha kommun eller kommunkod.",
    manyAreaNames: "Bara en kolumn kan vara kommunnamn (kontroll).",
    noValue: "Välj minst en kolumn med värden.",
    noPeriodColumn:
      "Välj vilken kolumn som har perioden, eller ange att perioden står någon annanstans.",
    manyPeriods: "Bara en kolumn kan ha perioden.",
    periodColumnUnused:
      "En kolumn är vald som Period, men perioden ska tas från rubrikerna eller gälla hela filen. Ändra kolumnen eller var perioden står.",
    noFixedPeriod: "Skriv perioden för hela filen, t.ex. 2023.",
    manyIndicators: "Bara en kolumn kan ha indikatorn.",
  },
  notYet: "Filen läses inte igen förrän det här är rättat:",
  rechecking: "Läser filen igen …",
  rechecked:
    "Filen är läst igen: {{observations}} uppgifter kan användas, {{errors}} rader har fel.",
  recheckFailed: "Filen kunde inte läsas igen: {{message}}",
  save: "Spara kolumnmappningen",
  saveHint:
    "Sparar dina val som en liten fil, så att nästa fil med samma kolumner läses likadant.",
  load: "Använd en sparad kolumnmappning",
  loaded: "Kolumnmappningen i {{file}} används.",
  loadNotParsed: "{{file}} kan inte användas: {{message}}",
  loadMismatch:
    "Kolumnmappningen i {{file}} passar inte den här filen: {{message}}",
} as const;

export const importMappingEn = {
  heading: "Columns",
  refused:
    "The tool could not tell what the columns contain. Say it here and the file is read again.",
  intro:
    "This is how the tool read the columns. If it is wrong you can change it; the file is then read again at once.",
  open: "Change what the columns mean",
  tableCaption: "The first {{rows}} rows of {{file}}",
  colLine: "Line",
  columnsLegend: "What does each column contain?",
  columnLabel: "Column {{n}}: {{heading}}",
  noHeading: "(no heading)",
  examples: "For example: {{values}}",
  noExamples: "Empty in the first rows.",
  roles: {
    area: "Municipality or municipality code",
    areaName: "Municipality name (check)",
    period: "Period",
    value: "Value",
    indicator: "Indicator",
    breakdown: "Breakdown",
    unused: "Not used",
  },
  keep: "Keep only (“{{heading}}”)",
  keepAll: "every value as its own series",
  periodLegend: "Where is the period (year, quarter, month)?",
  periodFrom: {
    column: "In a column of its own (choose it as Period above)",
    headings: "In the value columns' headings (e.g. 2019, 2020)",
    fixed: "One period for the whole file",
  },
  fixedPeriod: "Period for the whole file",
  fixedPeriodHint: "For example 2023, 2023K1 or 2023M08.",
  levelLegend: "Which areas is the file about?",
  levels: {
    kommun: "Municipalities",
    county: "Counties or regions",
  },
  indicatorName: "Name of the indicator",
  indicatorNameHint:
    "If you leave it empty, the value columns' headings or the file's name are used.",
  numberFormatLegend: "How are the numbers written?",
  numberFormats: {
    sv: "Swedish (1 234,5)",
    en: "English (1,234.5)",
  },
  dashLegend: "What does “-” mean in the file?",
  dashes: {
    zero: "Zero",
    missing: "A missing value",
  },
  problems: {
    noArea: "Choose the column with the municipality or municipality code.",
    manyAreas:
      "Only one column can have the municipality or municipality code.",
    manyAreaNames: "Only one column can be the municipality name (check).",
    noValue: "Choose at least one column with values.",
    noPeriodColumn:
      "Choose the column with the period, or say that the period is somewhere else.",
    manyPeriods: "Only one column can have the period.",
    periodColumnUnused:
      "A column is chosen as Period, but the period is to come from the headings or apply to the whole file. Change the column or where the period is.",
    noFixedPeriod: "Write the period for the whole file, e.g. 2023.",
    manyIndicators: "Only one column can have the indicator.",
  },
  notYet: "The file is not read again until this is put right:",
  rechecking: "Reading the file again …",
  rechecked:
    "The file was read again: {{observations}} figures can be used, {{errors}} rows have errors.",
  recheckFailed: "The file could not be read again: {{message}}",
  save: "Save the column mapping",
  saveHint:
    "Saves your choices as a small file, so that the next file with the same columns is read the same way.",
  load: "Use a saved column mapping",
  loaded: "The column mapping in {{file}} is used.",
  loadNotParsed: "{{file}} cannot be used: {{message}}",
  loadMismatch:
    "The column mapping in {{file}} does not fit this file: {{message}}",
} as const satisfies Widen<typeof importMappingSv>;
