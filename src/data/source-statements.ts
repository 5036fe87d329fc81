/**
 * Statements the views cite from a source without an observation of their own, each with where
 * the source makes it. The locator keeps its internal part ("seed 003 rad 1350") for checking
 * against the transcription; the UI shows only its public part (publicLocator).
 */

export interface SourceStatement {
  /** A source of the dataset named in the comment above the statement. */
  readonly sourceId: string;
  readonly locator: string;
}

/**
 * How the stimulus funds are distributed (Finansiering, expected against allocated); the
 * sources are those of the `overenskommelser` dataset.
 */
export const DISTRIBUTION_RULES = {
  /** The 2018 funds are distributed by population. */
  population: {
    sourceId: "analys-2018-overenskommelsen-2018",
    locator:
      "Inledning, avsnittet om överenskommelsen för 2018 · seed 003 rad 1350",
  },
  /** The youth clinics' 2023 funds follow the share of children and young people 0–25. */
  youth: {
    sourceId: "handlingsplan-2023-tabell-1",
    locator: "Tabell 1, bildtext · seed 002 rad 171–172",
  },
} as const satisfies Record<string, SourceStatement>;
