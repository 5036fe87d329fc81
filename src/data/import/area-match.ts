/**
 * Area cells → SCB codes. Codes are text: "127" becomes "0127" and "1" becomes "01" (reported);
 * names map through the context's names and short names plus a small alias table (area-index.ts),
 * after NFC normalisation, case folding, hyphens as spaces and a "kommun"/"stad" suffix removed
 * (each distinct mapping reported once). Kolada's "0001" (Region Stockholm) and "0000" (Riket)
 * become "01" and "00". Riket ("00") is always accepted, as the app's own datasets carry it.
 *
 * Every other kommun and län of Sweden is known (sweden-areas.ts): such a row is "outside the
 * county" (not used here, counted apart from errors). Anything else (an old kommun code such as
 * 1917, SCB's "50", R's "99", "Total", a lone "0") is an unknown area: a row error.
 *
 * At county level (a "Landsting"/"Region" column, as in Socialstyrelsen's Statistikdatabas) a
 * name means the county: "Stockholm" is Stockholms län ("01"), not the kommun Stockholm.
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
  byNameNote,
  countyNameNote,
  koladaCodeNote,
  nameNote,
  paddedCodeNote,
} from "./area-notes";
import {
  type AreaNote,
  type AreaResult,
  areaMismatch,
  isOutside,
  kommunInCountyColumn,
  MISSING_AREA,
  outsideCounty,
  unknownCode,
  unknownName,
  ZERO_CODE,
} from "./area-results";
import type { ImportArea } from "./report-types";

const SUFFIXES = [" kommun", " stad", " municipality", " kommune"];

function displayName(code: string, names: ReadonlyMap<string, string>): string {
  return (
    names.get(code) ??
    (code === COUNTRY ? "Riket" : code === COUNTY ? "Stockholms län" : code)
  );
}

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
        return this.ok(code, countyNameNote(text, code, this.nameOf(code)));
      }
      return this.outside(text, code);
    }
    const other = this.resolve(raw);
    if (other.ok && other.code.length === 4) return kommunInCountyColumn(text);
    return other;
  }

  /** Number of distinct areas (the indexes run from 0 to size - 1). */
  get size(): number {
    return this.index.byCode.size;
  }

  /** The area's name for messages ("Botkyrka"). */
  nameOf(code: string): string {
    return displayName(code, this.index.names);
  }

  /** Resolves one raw cell (cached per distinct text). */
  resolve(raw: string): AreaResult {
    let result = this.cache.get(raw);
    if (!result) {
      result = this.resolveUncached(raw);
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

  private ok(code: string, note: AreaNote | null): AreaResult {
    const index = this.index.byCode.get(code);
    if (index === undefined) return unknownCode(code);
    return { ok: true, code, index, note };
  }

  private resolveUncached(raw: string): AreaResult {
    const text = raw
      .normalize("NFC")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
    if (text === "") return MISSING_AREA;
    if (/^\d+$/.test(text)) return this.resolveCode(text);
    // "0127 Botkyrka" (PxWeb, SCB) or "Botkyrka (0127)".
    const codeFirst = /^(\d{1,4})\s*[-–:]?\s*(\D.*)$/.exec(text);
    const nameFirst = codeFirst ? null : /^(\D.*?)\s*\((\d{1,4})\)$/.exec(text);
    if (codeFirst ?? nameFirst) {
      const codeText = (codeFirst ? codeFirst[1] : nameFirst?.[2]) ?? "";
      const nameText = (codeFirst ? codeFirst[2] : nameFirst?.[1]) ?? "";
      const byCode = this.resolveCode(codeText);
      if (!byCode.ok) return byCode;
      const byName = this.resolveName(nameText);
      if (!byName.ok && isOutside(byName.code))
        return areaMismatch(codeText, nameText, this.nameOf(byCode.code), {
          outside: nameText,
        });
      if (!byName.ok)
        return areaMismatch(codeText, nameText, this.nameOf(byCode.code), null);
      if (byName.code !== byCode.code)
        return areaMismatch(codeText, nameText, this.nameOf(byCode.code), {
          name: this.nameOf(byName.code),
        });
      return byCode;
    }
    return this.resolveName(text);
  }

  private resolveCode(text: string): AreaResult {
    if (text.length === 4 && text.startsWith("00")) {
      // Kolada: "0000" is Riket, "00NN" region NN ("0001" Region Stockholm).
      const code = text === "0000" ? COUNTRY : text.slice(2);
      if (code === COUNTRY || code === COUNTY) {
        return this.ok(code, koladaCodeNote(text, code, this.nameOf(code)));
      }
      if (this.index.national.has(code)) return this.outside(text, code);
      return unknownCode(text);
    }
    if (text === "0") return ZERO_CODE;
    let code = text;
    if (text.length === 3) code = `0${text}`;
    else if (text.length === 1) code = `0${text}`;
    if (code.length !== 2 && code.length !== 4) return unknownCode(text);
    if (this.index.byCode.has(code)) {
      if (code === text) return this.ok(code, null);
      return this.ok(code, paddedCodeNote(text, code, this.nameOf(code)));
    }
    if (this.index.national.has(code)) return this.outside(text, code);
    return unknownCode(text);
  }

  private resolveName(text: string): AreaResult {
    let key = nameKey(text);
    let code = this.index.byName.get(key);
    if (code === undefined) {
      for (const suffix of SUFFIXES) {
        if (!key.endsWith(suffix)) continue;
        const base = key.slice(0, -suffix.length).trim();
        code =
          this.index.byName.get(base) ??
          (base.endsWith("s")
            ? this.index.byName.get(base.slice(0, -1))
            : undefined);
        if (code !== undefined) {
          key = base;
          break;
        }
      }
    }
    code ??= this.index.byFolded.get(foldKey(key));
    if (code === undefined) {
      const national =
        this.index.nationalByName.get(key) ??
        this.index.nationalByName.get(foldKey(key));
      if (national !== undefined) return this.outside(text, national);
      return unknownName(text);
    }
    const own = text === this.index.names.get(code);
    return this.ok(code, nameNote(text, code, own ? null : this.nameOf(code)));
  }

  private outside(text: string, code: string): AreaResult {
    return outsideCounty(text, code, this.index.national.get(code) ?? code);
  }
}
