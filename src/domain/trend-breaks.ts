/**
 * Changes of definition that the indicator catalogue states in its own words, for the trend
 * view. Data-driven: only what Kolada's definition text (or KPI title) says is used, and each mark
 * keeps the sentence it came from. Pure.
 */
import type { Indicator } from "./indicators";

export interface DefinitionBreak {
  /** First period measured under the new definition. */
  readonly year: number;
  /** The sentence of the definition that states the change (as the catalogue has it, Swedish). */
  readonly sentence: string;
}

/** "fr.o.m. 2011", "Från och med år 2014", "f.om. 2018", "fr.o.m. inkomstår 2011". */
const FROM =
  /\b(?:fr(?:ån)?\s*och\s*med|fr\.?\s*o\.?\s*m\.?|f\.?\s*o\.?\s*m\.?)\s+(?:år\s+|inkomstår\s+)?((?:19|20)\d\d)\b/i;
/** "t.o.m. 2011" / "till och med 2011": the new definition starts the year after. */
const UNTIL = /\b(?:t\.?\s*o\.?\s*m\.?|till\s+och\s+med)\s+((?:19|20)\d\d)\b/i;
/** "före år 2003": the new definition starts that year. */
const BEFORE = /\bföre\s+år\s+((?:19|20)\d\d)\b/i;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Years where the definition says the way of measuring changed, oldest first, one per year. */
export function definitionBreaks(indicator: Indicator): DefinitionBreak[] {
  const found = new Map<number, DefinitionBreak>();
  for (const sentence of sentencesOf(indicator.definition.sv)) {
    const from = FROM.exec(sentence);
    const until = UNTIL.exec(sentence);
    const before = BEFORE.exec(sentence);
    let year: number | null = null;
    if (from?.[1]) year = Number(from[1]);
    else if (until?.[1]) year = Number(until[1]) + 1;
    else if (before?.[1]) year = Number(before[1]);
    if (year !== null && !found.has(year)) found.set(year, { year, sentence });
  }
  return [...found.values()].sort((a, b) => a.year - b.year);
}

/**
 * The last year of a Kolada KPI that Kolada has closed: its name ends "(-2022)". Null when the
 * catalogue does not say so.
 */
export function seriesEndYear(
  indicator: Indicator,
  sourceTitles: readonly string[] = [],
): number | null {
  const texts = [indicator.definition.sv, ...sourceTitles];
  for (const text of texts) {
    const match = /\(-\s*((?:19|20)\d\d)\)/.exec(text);
    if (match?.[1]) return Number(match[1]);
  }
  return null;
}
