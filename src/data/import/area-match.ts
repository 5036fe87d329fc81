/**
 * Area cells → SCB codes. Codes are text: "127" becomes "0127" and "1" becomes "01" (reported);
 * names map through the context's names and short names plus a small alias table, after NFC
 * normalisation, case folding, hyphens as spaces and a "kommun"/"stad" suffix removed (each
 * distinct mapping reported once). Kolada's "0001" (Region Stockholm) and "0000" (Riket) become
 * "01" and "00". Riket ("00") is always accepted, as the app's own datasets carry it. Anything
 * else is a row error; a code of another county is reported as outside Stockholms län.
 */
import type { LocalText } from "@/domain/local-text";

import { clip } from "./issues";
import type { ImportArea } from "./report-types";

export const COUNTY = "01";
export const COUNTRY = "00";

export type AreaNote =
  | { readonly code: "area-code-padded"; readonly message: LocalText }
  | { readonly code: "area-name-mapped"; readonly message: LocalText }
  | { readonly code: "area-code-kolada"; readonly message: LocalText };

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
        "unknown-area" | "outside-county" | "missing-area" | "area-mismatch";
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
    const byCode = this.resolve(codeRaw);
    if (!byCode.ok || nameRaw === "") return byCode;
    // The same code with the same name as before needs no lookup of the name.
    if (this.confirmed.get(byCode.code) === nameRaw) return byCode;
    const byName = this.resolve(nameRaw);
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
  ): AreaResult {
    const nameSv = nameCode === null ? "okänt namn" : this.nameOf(nameCode);
    const nameEn = nameCode === null ? "unknown name" : this.nameOf(nameCode);
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
      return this.outside(text);
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
    if (code.startsWith(COUNTY) && code.length === 4) return this.unknown(text);
    return this.outside(text);
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
    if (code === undefined) return this.unknownName(text);
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
        sv: `Koden ”${clip(text)}” är ingen av Stockholms läns kommuner; raden används inte.`,
        en: `The code “${clip(text)}” is not one of the kommuner of Stockholm County; the row is not used.`,
      },
    };
  }

  private unknownName(text: string): AreaResult {
    return {
      ok: false,
      code: "unknown-area",
      message: {
        sv: `”${clip(text)}” är inte en av Stockholms läns 26 kommuner eller länet; raden används inte. Kontrollera stavningen eller använd kommunkoden.`,
        en: `“${clip(text)}” is not one of the 26 kommuner of Stockholm County or the county; the row is not used. Check the spelling or use the kommun code.`,
      },
    };
  }

  private outside(text: string): AreaResult {
    return {
      ok: false,
      code: "outside-county",
      message: {
        sv: `Koden ”${clip(text)}” ligger utanför Stockholms län (länets koder börjar med 01); raden används inte.`,
        en: `The code “${clip(text)}” is outside Stockholm County (the county's codes start with 01); the row is not used.`,
      },
    };
  }
}
