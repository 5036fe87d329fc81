/**
 * Area cells → SCB codes. Codes are text: "127" becomes "0127" and "1" becomes "01" (reported);
 * names map through the context's names and short names plus a small alias table, after NFC
 * normalisation, case folding, hyphens as spaces and a "kommun"/"stad" suffix removed (each
 * distinct mapping reported once). Kolada's "0001" (Region Stockholm) and "0000" (Riket) become
 * "01" and "00". Riket ("00") is always accepted, as the app's own datasets carry it.
 *
 * Every other kommun and län of Sweden is known (sweden-areas.ts): such a row is "outside the
 * county" (not used here, counted apart from errors). Anything else (an old kommun code such as
 * 1917, SCB's "50", R's "99", "Total", a lone "0") is an unknown area: a row error.
 *
 * At county level (a "Landsting"/"Region" column, as in Socialstyrelsen's Statistikdatabas) a
 * name means the county: "Stockholm" is Stockholms län ("01"), not the kommun Stockholm.
 */
import type { LocalText } from "@/domain/local-text";

import { clip } from "./issues";
import type { ImportArea } from "./report-types";
import { SWEDISH_KOMMUNER, SWEDISH_LAN } from "./sweden-areas";

const COUNTY = "01";
const COUNTRY = "00";

export type AreaNote =
  | { readonly code: "area-code-padded"; readonly message: LocalText }
  | { readonly code: "area-name-mapped"; readonly message: LocalText }
  | { readonly code: "area-code-kolada"; readonly message: LocalText }
  | { readonly code: "area-by-name"; readonly message: LocalText };

/** Whether an area column names kommuner (and the county) or counties (landsting, regioner). */
export type AreaLevel = "kommun" | "county";

export type AreaResult =
  | {
      readonly ok: true;
      readonly code: string;
      /** Small dense index of the area (for duplicate keys). */
      readonly index: number;
      readonly note: AreaNote | null;
    }
  | {
      readonly ok: false;
      readonly code:
        | "unknown-area"
        | "outside-county"
        | "outside-county-region"
        | "missing-area"
        | "area-mismatch";
      readonly message: LocalText;
    };

/** Name variants that are not in the areas dataset (sources' spellings and typos). */
const ALIASES: readonly (readonly [string, string])[] = [
  ["värdö", "0120"], // the known typo in the agreements' annexes (SOURCES.md)
  ["stockholms län", COUNTY],
  ["stockholms lan", COUNTY],
  ["stockholms läns landsting", COUNTY],
  ["stockholms lans landsting", COUNTY],
  ["region stockholm", COUNTY],
  ["stockholm county", COUNTY],
  ["stockholms län totalt", COUNTY],
  ["länet", COUNTY],
  ["länet totalt", COUNTY],
  ["riket", COUNTRY],
  ["hela riket", COUNTRY],
  ["riket totalt", COUNTRY],
  ["sverige", COUNTRY],
  ["hela sverige", COUNTRY],
  ["sweden", COUNTRY],
];

/** Older and other names of län as sources write them (Socialstyrelsen 2016: "Södermanland"). */
const COUNTY_NAMES: Readonly<Record<string, readonly string[]>> = {
  "04": ["Södermanland", "Landstinget Sörmland"],
  "08": ["Landstinget i Kalmar län"],
  "10": ["Landstinget Blekinge"],
  "17": ["Landstinget i Värmland"],
  "18": ["Örebro läns landsting"],
  "19": ["Landstinget Västmanland"],
  "20": ["Landstinget Dalarna"],
  "21": ["Landstinget Gävleborg"],
  "22": ["Landstinget Västernorrland"],
  "23": ["Jämtland", "Jämtlands läns landsting"],
  "24": ["Västerbottens läns landsting"],
  "25": ["Norrbottens läns landsting"],
};

const SUFFIXES = [" kommun", " stad", " municipality", " kommune"];

/** Lower case, NFC, hyphens/underscores/dashes and runs of whitespace as one space. */
export function nameKey(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[-_\u2010\u2011\u2013\u2014.]+/g, " ")
    .replace(/[\s\u00a0\u202f]+/g, " ")
    .trim();
}

/** Without diacritics ("Värmdö" → "varmdo"), for files exported without å, ä and ö. */
function foldKey(key: string): string {
  return key.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function displayName(code: string, names: ReadonlyMap<string, string>): string {
  return (
    names.get(code) ??
    (code === COUNTRY ? "Riket" : code === COUNTY ? "Stockholms län" : code)
  );
}

export class AreaMatcher {
  private readonly byCode = new Map<string, number>();
  private readonly names = new Map<string, string>();
  private readonly byName = new Map<string, string>();
  private readonly byFolded = new Map<string, string>();
  private readonly cache = new Map<string, AreaResult>();
  private readonly pairCache = new Map<string, AreaResult>();
  /** Per code, the last name cell seen to agree with it. */
  private readonly confirmed = new Map<string, string>();
  /** Kommuner and län of Sweden outside the context: code → name. */
  private readonly national = new Map<string, string>();
  private readonly nationalByName = new Map<string, string>();
  /** County level: län names (official, short, regional) → länskod, Riket → "00". */
  private readonly countyByName = new Map<string, string>();
  private readonly countyCache = new Map<string, AreaResult>();

  constructor(areas: readonly ImportArea[]) {
    const all: ImportArea[] = [...areas];
    if (!areas.some((a) => a.code === COUNTRY))
      all.push({ code: COUNTRY, name: "Riket" });
    if (!areas.some((a) => a.code === COUNTY))
      all.push({ code: COUNTY, name: "Stockholms län" });
    for (const area of all) {
      if (!this.byCode.has(area.code))
        this.byCode.set(area.code, this.byCode.size);
      if (!this.names.has(area.code)) this.names.set(area.code, area.name);
      this.addName(area.name, area.code);
      if (area.shortName) this.addName(area.shortName, area.code);
    }
    for (const [alias, code] of ALIASES) this.addName(alias, code);
    for (const [code, name] of SWEDISH_KOMMUNER) {
      if (this.byCode.has(code)) continue;
      this.national.set(code, name);
      const key = nameKey(name);
      if (!this.nationalByName.has(key)) this.nationalByName.set(key, code);
      const folded = foldKey(key);
      if (!this.nationalByName.has(folded))
        this.nationalByName.set(folded, code);
    }
    for (const [code, official, short, regional] of SWEDISH_LAN) {
      if (!this.byCode.has(code)) this.national.set(code, official);
      for (const name of [
        official,
        short,
        regional,
        ...(COUNTY_NAMES[code] ?? []),
        `${short}s läns landsting`,
        `landstinget ${short}`,
        `region ${short}`,
      ]) {
        const key = nameKey(name);
        if (!this.countyByName.has(key)) this.countyByName.set(key, code);
        const folded = foldKey(key);
        if (!this.countyByName.has(folded)) this.countyByName.set(folded, code);
        // "Region Uppsala", "Uppsala län": county names are known at kommun level too.
        if (code !== COUNTY && !this.nationalByName.has(key) && name !== short)
          this.nationalByName.set(key, code);
      }
    }
    for (const name of [
      "riket",
      "hela riket",
      "sverige",
      "sweden",
      "riket totalt",
    ])
      this.countyByName.set(name, COUNTRY);
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
    return this.countyByName.has(key) || this.countyByName.has(foldKey(key));
  }

  /** True when the text is the name of a kommun (anywhere in Sweden). */
  isKommunName(raw: string): boolean {
    const key = nameKey(raw);
    const code = this.byName.get(key) ?? this.nationalByName.get(key);
    return code !== undefined && code.length === 4;
  }

  private resolveCountyUncached(raw: string): AreaResult {
    const text = raw
      .normalize("NFC")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
    const key = nameKey(text);
    const code =
      this.countyByName.get(key) ?? this.countyByName.get(foldKey(key));
    if (code !== undefined) {
      if (code === COUNTY || code === COUNTRY) {
        return this.ok(code, {
          code: "area-name-mapped",
          message: {
            sv: `Namnet ”${clip(text)}” i en kolumn med landsting eller regioner lästes som ${this.nameOf(code)} (kod ${code}).`,
            en: `The name “${clip(text)}” in a column of counties or regions was read as ${this.nameOf(code)} (code ${code}).`,
          },
        });
      }
      return this.outside(text, code);
    }
    const other = this.resolve(raw);
    if (other.ok && other.code.length === 4) {
      return {
        ok: false,
        code: "unknown-area",
        message: {
          sv: `”${clip(text)}” är en kommun, men kolumnen gäller landsting eller regioner; raden används inte.`,
          en: `“${clip(text)}” is a kommun, but the column holds counties or regions; the row is not used.`,
        },
      };
    }
    return other;
  }

  private addName(name: string, code: string): void {
    const key = nameKey(name);
    if (!this.byName.has(key)) this.byName.set(key, code);
    const folded = foldKey(key);
    if (!this.byFolded.has(folded)) this.byFolded.set(folded, code);
  }

  /** Number of distinct areas (the indexes run from 0 to size - 1). */
  get size(): number {
    return this.byCode.size;
  }

  /** The area's name for messages ("Botkyrka"). */
  nameOf(code: string): string {
    return displayName(code, this.names);
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
              note: {
                code: "area-by-name",
                message: {
                  sv: `Kommunkoden saknas; namnet ”${clip(nameRaw.trim())}” användes och lästes som ${this.nameOf(byName.code)} (kod ${byName.code}).`,
                  en: `The kommun code is missing; the name “${clip(nameRaw.trim())}” was used and read as ${this.nameOf(byName.code)} (code ${byName.code}).`,
                },
              },
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
        result = this.mismatch(codeRaw, nameRaw, byCode.code, null, nameRaw);
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
      result = this.mismatch(codeRaw, nameRaw, byCode.code, byName.code);
      this.pairCache.set(key, result);
    }
    return result;
  }

  private mismatch(
    codeText: string,
    nameText: string,
    code: string,
    nameCode: string | null,
    otherName: string | null = null,
  ): AreaResult {
    const nameSv =
      otherName !== null
        ? `${clip(otherName.trim())}, utanför länet`
        : nameCode === null
          ? "okänt namn"
          : this.nameOf(nameCode);
    const nameEn =
      otherName !== null
        ? `${clip(otherName.trim())}, outside the county`
        : nameCode === null
          ? "unknown name"
          : this.nameOf(nameCode);
    return {
      ok: false,
      code: "area-mismatch",
      message: {
        sv: `Koden ”${clip(codeText.trim())}” (${this.nameOf(code)}) och namnet ”${clip(nameText.trim())}” (${nameSv}) stämmer inte överens; raden används inte.`,
        en: `The code “${clip(codeText.trim())}” (${this.nameOf(code)}) and the name “${clip(nameText.trim())}” (${nameEn}) do not agree; the row is not used.`,
      },
    };
  }

  private ok(code: string, note: AreaNote | null): AreaResult {
    const index = this.byCode.get(code);
    if (index === undefined) return this.unknown(code);
    return { ok: true, code, index, note };
  }

  private resolveUncached(raw: string): AreaResult {
    const text = raw
      .normalize("NFC")
      .replace(/[\s\u00a0\u202f]+/g, " ")
      .trim();
    if (text === "") {
      return {
        ok: false,
        code: "missing-area",
        message: {
          sv: "Kommun eller kommunkod saknas; raden används inte.",
          en: "The kommun or kommun code is missing; the row is not used.",
        },
      };
    }
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
        return this.mismatch(codeText, nameText, byCode.code, null, nameText);
      if (!byName.ok)
        return this.mismatch(codeText, nameText, byCode.code, null);
      if (byName.code !== byCode.code)
        return this.mismatch(codeText, nameText, byCode.code, byName.code);
      return byCode;
    }
    return this.resolveName(text);
  }

  private resolveCode(text: string): AreaResult {
    if (text.length === 4 && text.startsWith("00")) {
      // Kolada: "0000" is Riket, "00NN" region NN ("0001" Region Stockholm).
      const code = text === "0000" ? COUNTRY : text.slice(2);
      if (code === COUNTRY || code === COUNTY) {
        return this.ok(code, {
          code: "area-code-kolada",
          message: {
            sv: `Koden ”${clip(text)}” (Koladas kod för ${this.nameOf(code)}) lästes som ”${code}”.`,
            en: `The code “${clip(text)}” (Kolada's code for ${this.nameOf(code)}) was read as “${code}”.`,
          },
        });
      }
      if (this.national.has(code)) return this.outside(text, code);
      return this.unknown(text);
    }
    if (text === "0") {
      // Kolada dumps write Riket as "0", but "0" is also a lost "00" or a plain zero: refused.
      return {
        ok: false,
        code: "unknown-area",
        message: {
          sv: "Koden ”0” är ingen områdeskod (Riket är ”00”, i Kolada ”0000”); raden används inte.",
          en: "The code “0” is not an area code (Sweden is “00”, in Kolada “0000”); the row is not used.",
        },
      };
    }
    let code = text;
    if (text.length === 3) code = `0${text}`;
    else if (text.length === 1) code = `0${text}`;
    if (code.length !== 2 && code.length !== 4) return this.unknown(text);
    if (this.byCode.has(code)) {
      if (code === text) return this.ok(code, null);
      return this.ok(code, {
        code: "area-code-padded",
        message: {
          sv: `Kommunkoden ”${clip(text)}” saknade inledande nolla (Excel tar bort den) och lästes som ”${code}” (${this.nameOf(code)}).`,
          en: `The kommun code “${clip(text)}” had lost its leading zero (Excel drops it) and was read as “${code}” (${this.nameOf(code)}).`,
        },
      });
    }
    if (this.national.has(code)) return this.outside(text, code);
    return this.unknown(text);
  }

  private resolveName(text: string): AreaResult {
    let key = nameKey(text);
    let code = this.byName.get(key);
    if (code === undefined) {
      for (const suffix of SUFFIXES) {
        if (!key.endsWith(suffix)) continue;
        const base = key.slice(0, -suffix.length).trim();
        code =
          this.byName.get(base) ??
          (base.endsWith("s") ? this.byName.get(base.slice(0, -1)) : undefined);
        if (code !== undefined) {
          key = base;
          break;
        }
      }
    }
    code ??= this.byFolded.get(foldKey(key));
    if (code === undefined) {
      const national =
        this.nationalByName.get(key) ?? this.nationalByName.get(foldKey(key));
      if (national !== undefined) return this.outside(text, national);
      return this.unknownName(text);
    }
    if (text === this.names.get(code)) {
      return this.ok(code, {
        code: "area-name-mapped",
        message: {
          sv: `Namnet ”${clip(text)}” lästes som kod ${code}.`,
          en: `The name “${clip(text)}” was read as code ${code}.`,
        },
      });
    }
    return this.ok(code, {
      code: "area-name-mapped",
      message: {
        sv: `Namnet ”${clip(text)}” lästes som ${this.nameOf(code)} (kod ${code}).`,
        en: `The name “${clip(text)}” was read as ${this.nameOf(code)} (code ${code}).`,
      },
    });
  }

  private unknown(text: string): AreaResult {
    return {
      ok: false,
      code: "unknown-area",
      message: {
        sv: `Koden ”${clip(text)}” är ingen kommun eller län i Sverige (en gammal kod, en summarad eller en annan indelning?); raden används inte.`,
        en: `The code “${clip(text)}” is no kommun or county of Sweden (an old code, a total row or another division?); the row is not used.`,
      },
    };
  }

  private unknownName(text: string): AreaResult {
    return {
      ok: false,
      code: "unknown-area",
      message: {
        sv: `”${clip(text)}” är ingen kommun eller län i Sverige; raden används inte. Kontrollera stavningen eller använd kommunkoden.`,
        en: `“${clip(text)}” is no kommun or county of Sweden; the row is not used. Check the spelling or use the kommun code.`,
      },
    };
  }

  private outside(text: string, code: string): AreaResult {
    const name = this.national.get(code) ?? code;
    return {
      ok: false,
      code: code.length === 2 ? "outside-county-region" : "outside-county",
      message: {
        sv: `”${clip(text)}” (${name}) ligger utanför Stockholms län; raden används inte här.`,
        en: `“${clip(text)}” (${name}) is outside Stockholm County; the row is not used here.`,
      },
    };
  }
}

/** True for the codes of a known area elsewhere in Sweden (a kommun or a län). */
export function isOutside(code: string): boolean {
  return code === "outside-county" || code === "outside-county-region";
}
