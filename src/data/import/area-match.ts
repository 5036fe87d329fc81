/**
 * Area cells → SCB codes. Codes are text: "127" becomes "0127" and "1" becomes "01" (reported);
 * names map through the context's names and short names plus a small alias table (area-index.ts),
 * after NFC normalisation, case folding, hyphens as spaces and a "kommun"/"stad" suffix removed
 * (each distinct mapping reported once). Kolada's "0001" (Region Stockholm) and "0000" (Riket)
 * become "01" and "00". Riket ("00") is always accepted, as the app's own datasets carry it.
 *
 * Every other kommun and län of Sweden is known (sweden-areas.ts): such a row is "outside the
 * county", counted apart from errors and kept (for the national comparisons, never in the county's
 * views), under its own code and a dense index after the county's; its name is checked too. Anything else (an old kommun code such as
 * 1917, SCB's "50", R's "99", "Total", a lone "0") is an unknown area: a row error.
 *
 * At county level (a "Landsting"/"Region" column, as in Socialstyrelsen's Statistikdatabas) a
 * name means the county: "Stockholm" is Stockholms län ("01"), not the kommun Stockholm. The
 * lookups themselves are in area-lookup.ts; this class caches them and checks code/name pairs.
 */
import {
  type AreaIndex,
  buildAreaIndex,
  COUNTRY,
  COUNTY,
  foldKey,
  nameKey,
} from "./area-index";
import {
  displayName,
  lookupCell,
  okArea,
  outsideArea,
  outsideWithName,
} from "./area-lookup";
import { byNameNote, countyNameNote } from "./area-notes";
import {
  type AreaResult,
  areaMismatch,
  isOutside,
  kommunInCountyColumn,
} from "./area-results";
import type { ImportArea } from "./report-types";

/** Resolves area cells against the context's areas and the rest of Sweden (cached per text). */
export class AreaMatcher {
  private readonly index: AreaIndex;
  private readonly cache = new Map<string, AreaResult>();
  private readonly pairCache = new Map<string, AreaResult>();
  /** Per code, the last name cell seen to agree with it. */
  private readonly confirmed = new Map<string, string>();
  private readonly countyCache = new Map<string, AreaResult>();

  constructor(areas: readonly ImportArea[]) {
    this.index = buildAreaIndex(areas);
  }

  /**
   * Resolves a cell of an area column at county level: län names ("Stockholm", "Uppsala",
   * "Region Skåne", "01 Stockholms län") are counties; Riket is "00"; a kommun is refused.
   */
  resolveCounty(raw: string): AreaResult {
    let result = this.countyCache.get(raw);
    if (!result) {
      result = this.resolveCountyUncached(raw);
      this.countyCache.set(raw, result);
    }
    return result;
  }

  /** True when the text is the name of a county (län, landsting or region) or Riket. */
  isCountyName(raw: string): boolean {
    const key = nameKey(raw);
    return (
      this.index.countyByName.has(key) ||
      this.index.countyByName.has(foldKey(key))
    );
  }

  /** True when the text is the name of a kommun (anywhere in Sweden). */
  isKommunName(raw: string): boolean {
    const key = nameKey(raw);
    const code =
      this.index.byName.get(key) ?? this.index.nationalByName.get(key);
    return code !== undefined && code.length === 4;
  }

  private resolveCountyUncached(raw: string): AreaResult {
    const text = raw
      .normalize("NFC")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
    const key = nameKey(text);
    const code =
      this.index.countyByName.get(key) ??
      this.index.countyByName.get(foldKey(key));
    if (code !== undefined) {
      if (code === COUNTY || code === COUNTRY) {
        return okArea(
          this.index,
          code,
          countyNameNote(text, code, this.nameOf(code)),
        );
      }
      return outsideArea(this.index, text, code);
    }
    const other = this.resolve(raw);
    if (other.ok && other.code.length === 4) return kommunInCountyColumn(text);
    return other;
  }

  /** Number of distinct areas, the rest of Sweden's too (the indexes run from 0 to size - 1). */
  get size(): number {
    return this.index.byCode.size + this.index.nationalIndex.size;
  }

  /** True for the county's own areas (its kommuner, the county and Riket). */
  isCounty(code: string): boolean {
    return this.index.byCode.has(code);
  }

  /** The area's name for messages ("Botkyrka"). */
  nameOf(code: string): string {
    return displayName(code, this.index.names);
  }

  /** Resolves one raw cell (cached per distinct text). */
  resolve(raw: string): AreaResult {
    let result = this.cache.get(raw);
    if (!result) {
      result = lookupCell(this.index, raw);
      this.cache.set(raw, result);
    }
    return result;
  }

  /** Resolves a code cell and a name cell of the same row, checking that they agree. */
  resolvePair(codeRaw: string, nameRaw: string): AreaResult {
    if (codeRaw.trim() === "" && nameRaw.trim() !== "") {
      const key = `\u0000${nameRaw}`;
      let result = this.pairCache.get(key);
      if (!result) {
        const byName = this.resolve(nameRaw);
        result = byName.ok
          ? {
              ...byName,
              note: byNameNote(
                nameRaw.trim(),
                byName.code,
                this.nameOf(byName.code),
              ),
            }
          : byName;
        this.pairCache.set(key, result);
      }
      return result;
    }
    const byCode = this.resolve(codeRaw);
    if (!byCode.ok && "kept" in byCode && nameRaw !== "") {
      const key = `${codeRaw}\u0000${nameRaw}`;
      let result = this.pairCache.get(key);
      if (!result) {
        result = outsideWithName(this.index, byCode, {
          code: codeRaw.trim(),
          name: nameRaw.trim(),
        });
        this.pairCache.set(key, result);
      }
      return result;
    }
    if (!byCode.ok || nameRaw === "") return byCode;
    // The same code with the same name as before needs no lookup of the name.
    if (this.confirmed.get(byCode.code) === nameRaw) return byCode;
    const byName = this.resolve(nameRaw);
    if (!byName.ok && isOutside(byName.code)) {
      const key = `${codeRaw}\u0000${nameRaw}`;
      let result = this.pairCache.get(key);
      if (!result) {
        result = areaMismatch(codeRaw, nameRaw, this.nameOf(byCode.code), {
          outside: nameRaw,
        });
        this.pairCache.set(key, result);
      }
      return result;
    }
    if (!byName.ok) return byCode;
    if (byName.code === byCode.code) {
      this.confirmed.set(byCode.code, nameRaw);
      return byCode;
    }
    const key = `${codeRaw}\u0000${nameRaw}`;
    let result = this.pairCache.get(key);
    if (!result) {
      result = areaMismatch(codeRaw, nameRaw, this.nameOf(byCode.code), {
        name: this.nameOf(byName.code),
      });
      this.pairCache.set(key, result);
    }
    return result;
  }
}
