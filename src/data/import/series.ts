/**
 * Series: one indicator with one combination of breakdowns (Mått, Variabel, Ålder, drivmedel…).
 * Each combination stays a distinct series, never summed and never overwritten: its id is the
 * indicator and the breakdown values joined with " / " ("Antal / BMI < 18.5 / Alla åldrar"), so
 * every later step (duplicates, local datasets, the views) keeps them apart. Kön is kept apart
 * as the gender (T/K/M), which the app shows as a breakdown of the same series.
 */
export type Breakdown = Readonly<Record<string, string>>;

export interface SeriesName {
  /** Indicator and non-gender breakdown values joined with " / ". */
  readonly series: string;
  /** Every breakdown as the file names it (heading → value), kön included; null when none. */
  readonly breakdown: Breakdown | null;
}

const SERIES_SEPARATOR = " / ";

/** Builds series ids and interns breakdown objects (one object per distinct combination). */
export class SeriesNamer {
  private readonly cache = new Map<string, SeriesName>();

  /**
   * indicator: the indicator's own name, or "" when the breakdown columns are the indicator
   * (a PxWeb table without a content column); parts: [heading, value] of the non-gender
   * breakdowns in column order; gender: [heading, value] of the kön column or null.
   * fallback names the series when everything else is empty.
   */
  name(
    indicator: string,
    parts: readonly (readonly [string, string])[],
    gender: readonly [string, string] | null,
    fallback: string,
  ): SeriesName {
    if (parts.length === 0 && gender === null)
      return {
        series: indicator === "" ? fallback : indicator,
        breakdown: null,
      };
    let key = indicator;
    for (const [, value] of parts) key += `\u0000${value}`;
    key += `\u0001${gender?.[1] ?? ""}`;
    let name = this.cache.get(key);
    if (!name) {
      const texts = [indicator, ...parts.map(([, value]) => value)].filter(
        (text) => text !== "",
      );
      const breakdown: Record<string, string> = Object.create(null) as Record<
        string,
        string
      >;
      for (const [heading, value] of parts) breakdown[heading] = value;
      if (gender) breakdown[gender[0]] = gender[1];
      name = {
        series: texts.length === 0 ? fallback : texts.join(SERIES_SEPARATOR),
        breakdown: Object.freeze(breakdown),
      };
      this.cache.set(key, name);
    }
    return name;
  }
}
