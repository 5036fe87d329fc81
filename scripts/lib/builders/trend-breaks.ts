/**
 * Reviews the trend breaks of the catalogue source file against what the sources say, when the
 * catalogue is built. A break is a definition change (the first period measured the new way) or
 * the end of a series Kolada has closed. Every listed break must quote words its indicator's
 * definition or source title really has, and every break those words state in the usual phrasing
 * ("fr.o.m. 2011", "t.o.m. 2011", "före år 2003", a KPI name ending "(-2022)") must be listed.
 * The app reads the listed breaks; nothing reads the prose at run time.
 */
import type { Indicator, TrendBreak } from "../../../src/domain/indicators";

/** "fr.o.m. 2011", "Från och med år 2014", "f.om. 2018", "fr.o.m. inkomstår 2011". */
const FROM =
  /\b(?:fr(?:ån)?\s*och\s*med|fr\.?\s*o\.?\s*m\.?|f\.?\s*o\.?\s*m\.?)\s+(?:år\s+|inkomstår\s+)?((?:19|20)\d\d)\b/i;
/** "t.o.m. 2011" / "till och med 2011": the new definition starts the year after. */
const UNTIL = /\b(?:t\.?\s*o\.?\s*m\.?|till\s+och\s+med)\s+((?:19|20)\d\d)\b/i;
/** "före år 2003": the new definition starts that year. */
const BEFORE = /\bföre\s+år\s+((?:19|20)\d\d)\b/i;
/** A closed Kolada series: its name ends "(-2022)". */
const CLOSED = /\(-\s*((?:19|20)\d\d)\)/;

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function changeYear(sentence: string): number | null {
  const from = FROM.exec(sentence)?.[1];
  if (from) return Number(from);
  const until = UNTIL.exec(sentence)?.[1];
  if (until) return Number(until) + 1;
  const before = BEFORE.exec(sentence)?.[1];
  return before ? Number(before) : null;
}

/** The breaks the indicator's definition (and source titles) state, oldest change first. */
export function statedBreaks(
  definitionSv: string,
  sourceTitles: readonly string[],
): TrendBreak[] {
  const found = new Map<number, TrendBreak>();
  for (const sentence of sentencesOf(definitionSv)) {
    const year = changeYear(sentence);
    if (year !== null && !found.has(year)) {
      found.set(year, {
        kind: "definition-change",
        period: String(year),
        quote: sentence,
      });
    }
  }
  const changes = [...found.values()].sort((a, b) =>
    a.period.localeCompare(b.period),
  );
  const closedIn = [...sourceTitles, ...sentencesOf(definitionSv)].find((t) =>
    CLOSED.test(t),
  );
  const end = closedIn ? CLOSED.exec(closedIn)?.[1] : undefined;
  return end && closedIn
    ? [...changes, { kind: "series-end", period: end, quote: closedIn }]
    : changes;
}

/** Problems with the listed breaks, one line each; empty when they agree with the sources. */
export function reviewBreaks(
  indicator: Indicator,
  sourceTitles: readonly string[],
): string[] {
  const listed = indicator.breaks ?? [];
  const texts = [indicator.definition.sv, ...sourceTitles];
  const problems: string[] = [];
  for (const b of listed) {
    if (!texts.some((t) => t.includes(b.quote))) {
      problems.push(
        `${indicator.id}: the ${b.kind} ${b.period} quotes words its definition and source titles do not have: "${b.quote}".`,
      );
    }
  }
  for (const b of statedBreaks(indicator.definition.sv, sourceTitles)) {
    if (!listed.some((l) => l.kind === b.kind && l.period === b.period)) {
      problems.push(
        `${indicator.id}: the source says "${b.quote}" — list it in data-src/indikatorer.json as ${JSON.stringify({ kind: b.kind, period: b.period, quote: b.quote })}.`,
      );
    }
  }
  return problems;
}
