/** Text in both UI languages. Swedish is the reference language. */
export interface LocalText {
  readonly sv: string;
  readonly en: string;
}

/** The UI languages. */
export type Locale = "sv" | "en";
