/**
 * The format tags: for each, its decimals, scale and unit words in Swedish and English, and how a
 * difference is written when it is not a value (percent → percentage points). format.ts applies
 * them.
 */
import type { FormatTag } from "./indicators";

export interface TagSpec {
  readonly decimals: number;
  /** Fewer decimals are shown when they are zero ("352 mnkr", "307,6 mnkr"). */
  readonly minDecimals?: number;
  readonly scale: number;
  readonly sv: (n: string) => string;
  readonly en: (n: string) => string;
  /** How a difference is written when it differs from a value (percent → percentage points). */
  readonly difference?: {
    readonly sv: (n: string) => string;
    readonly en: (n: string) => string;
  };
}

const PERCENTAGE_POINTS = {
  sv: (n: string) => `${n}${NBSP}procentenheter`,
  en: (n: string) => `${n}${NBSP}percentage points`,
};

const NBSP = "\u00a0";

export const TAGS: Record<FormatTag, TagSpec> = {
  sek0: {
    decimals: 0,
    scale: 1,
    sv: (n) => `${n}${NBSP}kr`,
    en: (n) => `SEK${NBSP}${n}`,
  },
  sek2: {
    decimals: 2,
    scale: 1,
    sv: (n) => `${n}${NBSP}kr`,
    en: (n) => `SEK${NBSP}${n}`,
  },
  /** An amount in kronor shown in millions: 79 789 498 → "79,8 mnkr". */
  "sek-mnkr1": {
    decimals: 1,
    minDecimals: 0,
    scale: 1e-6,
    sv: (n) => `${n}${NBSP}mnkr`,
    en: (n) => `SEK${NBSP}${n}${NBSP}m`,
  },
  /** An amount the source already gives in millions: 307.6 → "307,6 mnkr". */
  mnkr1: {
    decimals: 1,
    minDecimals: 0,
    scale: 1,
    sv: (n) => `${n}${NBSP}mnkr`,
    en: (n) => `SEK${NBSP}${n}${NBSP}m`,
  },
  pct1: {
    decimals: 1,
    scale: 1,
    sv: (n) => `${n}${NBSP}%`,
    en: (n) => `${n}%`,
    difference: PERCENTAGE_POINTS,
  },
  pct2: {
    decimals: 2,
    scale: 1,
    sv: (n) => `${n}${NBSP}%`,
    en: (n) => `${n}%`,
    difference: PERCENTAGE_POINTS,
  },
  num0: { decimals: 0, scale: 1, sv: (n) => n, en: (n) => n },
  num1: { decimals: 1, scale: 1, sv: (n) => n, en: (n) => n },
  num2: { decimals: 2, scale: 1, sv: (n) => n, en: (n) => n },
};
