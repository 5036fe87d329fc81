/** Swedish: where two sources give the same measure and disagree. The reference for en/counterpart.ts. */

export const svCounterpart = {
  title: "Två källor anger olika värden för samma mått",
  intro:
    "Samma mått finns också som {{other}} ({{source}}). Där värdena skiljer sig står båda här; ingen av källorna rättas.",
  row: "{{place}}: {{value}} här, {{other}} enligt {{source}}",
  derived: "100 − {{value}}",
  agree: "Samma värde i båda källorna: {{list}}.",
};
