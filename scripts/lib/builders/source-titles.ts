/** Full and short titles of the plan documents the transcribed and stimulus datasets cite. */
export const NULAGES_TITLE =
  "Analys och handlingsplaner för Stockholms län – Nulägesanalys av barn, unga och vuxnas psykiska hälsa samt handlingsplaner för Stockholms läns landsting, kommunerna i Stockholms län och en länsgemensam satsning 2016–2020, reviderad 2018";

export const NULAGES_SHORT =
  "Analys och handlingsplaner för Stockholms län 2018";

/** Short titles for the chart source line, by the start of the full title. */
const SHORT_TITLES: [string, string][] = [
  ["Analys och handlingsplaner för Stockholms län", NULAGES_SHORT],
  [
    "Uppdrag Psykisk Hälsa Stockholms län – En gemensam satsning",
    "Handlingsplan för 2021, Uppdrag Psykisk Hälsa Stockholms län",
  ],
  [
    "Handlingsplan för Uppdrag Psykisk Hälsa Stockholms län 2023",
    "Handlingsplan 2023, Uppdrag Psykisk Hälsa Stockholms län",
  ],
];

export function shortTitleOf(title: string): string | undefined {
  return SHORT_TITLES.find(([prefix]) => title.startsWith(prefix))?.[1];
}
