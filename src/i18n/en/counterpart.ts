/** English: where two sources give the same measure and disagree. */
import type { Messages } from "../messages";

export const enCounterpart = {
  title: "Two sources give different values for the same measure",
  intro:
    "The same measure is also given as {{other}} ({{source}}). Where the values differ both are shown here; neither source is corrected.",
  row: "{{place}}: {{value}} here, {{other}} according to {{source}}",
  derived: "100 − {{value}}",
  agree: "The same value in both sources: {{list}}.",
} satisfies Messages["counterpart"];
