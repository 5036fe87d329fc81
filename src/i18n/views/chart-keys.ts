/**
 * What the arrow keys do in the keyboard charts that load on demand (spine, dumbbell, stacked
 * bars, trend lines); the shell's ranked bars and map use chart.keysKommuner.
 */
import { registerMessages } from "../i18n";
import type { Widen } from "../widen";

export const chartKeysSv = {
  indicators: "Piltangenterna flyttar mellan indikatorerna.",
  rows: "Piltangenterna flyttar mellan raderna.",
  bars: "Piltangenterna flyttar mellan staplarna.",
  lines:
    "Vänster- och högerpil flyttar mellan åren, upp- och nedpil mellan linjerna.",
} as const;

const chartKeysEn = {
  indicators: "The arrow keys move between the indicators.",
  rows: "The arrow keys move between the rows.",
  bars: "The arrow keys move between the bars.",
  lines:
    "Left and right arrows move between the years, up and down arrows between the lines.",
} as const satisfies Widen<typeof chartKeysSv>;

registerMessages("chartKeys", chartKeysSv, chartKeysEn);
