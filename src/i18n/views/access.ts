/** Messages of "Tillgång till vård för barn och unga" in Behov och resurser (sv is the reference). */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const accessSv = {
  heading: "Tillgång till vård för barn och unga i länet",
  intro:
    "Mått på om barn och unga får vård i tid. Källan anger dem för hela länet; den namnger inga kommuner eller mottagningar, så det finns inga värden per kommun. Ej verkställda beslut anger källorna inga antal för.",
  introKommun:
    "Källan anger de här måtten bara för hela länet; den namnger inga kommuner eller mottagningar, så det finns inga värden för {{name}}. Länets värden:",
  figuresCaption: "Tillgång till BUP och första linjen i länet",
  measure: "Mått",
  value: "Värde",
  period: "Period, som källan anger den",
  source: "Var i källan",
  waitRange: "från mindre än {{shortest}} upp till {{longest}} {{unit}}",
  visitsCaption:
    "Besök och personer i första linjen för barn och unga 0–18 år, {{period}}, efter ålder",
  age: "Ålder",
  visits: "Besök",
  persons: "Personer",
  total: "0–18 år, totalt",
  girls: "varav flickor",
} as const;

export const accessEn = {
  heading: "Access to care for children and young people in the county",
  intro:
    "Measures of whether children and young people get care in time. The source gives them for the whole county; it names no municipality or clinic, so there are no values per municipality. The sources give no numbers of care decisions that were not carried out.",
  introKommun:
    "The source gives these measures for the whole county only; it names no municipality or clinic, so there are no values for {{name}}. The county's values:",
  figuresCaption:
    "Access to child and adolescent psychiatry (BUP) and first-line care in the county",
  measure: "Measure",
  value: "Value",
  period: "Period, as the source states it",
  source: "Where in the source",
  waitRange: "from under {{shortest}} up to {{longest}} {{unit}}",
  visitsCaption:
    "First-line visits and people, children and young people aged 0–18, {{period}}, by age",
  age: "Age",
  visits: "Visits",
  persons: "People",
  total: "Aged 0–18, total",
  girls: "of which girls",
} as const satisfies Widen<typeof accessSv>;

registerMessages("access", accessSv, accessEn);
