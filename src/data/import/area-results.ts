/**
 * What resolving an area cell gives (area-match.ts): a code with an optional note, or a refusal,
 * and the notes' and refusals' messages. A row outside the county is counted apart from errors.
 */
import type { LocalText } from "@/domain/local-text";

import { clip } from "./issues";

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

/** True for the codes of a known area elsewhere in Sweden (a kommun or a län). */
export function isOutside(code: string): boolean {
  return code === "outside-county" || code === "outside-county-region";
}

export const MISSING_AREA: AreaResult = {
  ok: false,
  code: "missing-area",
  message: {
    sv: "Kommun eller kommunkod saknas; raden används inte.",
    en: "The kommun or kommun code is missing; the row is not used.",
  },
};

/** Kolada dumps write Riket as "0", but "0" is also a lost "00" or a plain zero: refused. */
export const ZERO_CODE: AreaResult = {
  ok: false,
  code: "unknown-area",
  message: {
    sv: "Koden ”0” är ingen områdeskod (Riket är ”00”, i Kolada ”0000”); raden används inte.",
    en: "The code “0” is not an area code (Sweden is “00”, in Kolada “0000”); the row is not used.",
  },
};

export function unknownCode(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: {
      sv: `Koden ”${clip(text)}” är ingen kommun eller län i Sverige (en gammal kod, en summarad eller en annan indelning?); raden används inte.`,
      en: `The code “${clip(text)}” is no kommun or county of Sweden (an old code, a total row or another division?); the row is not used.`,
    },
  };
}

export function unknownName(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: {
      sv: `”${clip(text)}” är ingen kommun eller län i Sverige; raden används inte. Kontrollera stavningen eller använd kommunkoden.`,
      en: `“${clip(text)}” is no kommun or county of Sweden; the row is not used. Check the spelling or use the kommun code.`,
    },
  };
}

/** A kommun ("NNNN") or län ("NN") of Sweden outside Stockholms län. */
export function outsideCounty(
  text: string,
  code: string,
  name: string,
): AreaResult {
  return {
    ok: false,
    code: code.length === 2 ? "outside-county-region" : "outside-county",
    message: {
      sv: `”${clip(text)}” (${name}) ligger utanför Stockholms län; raden används inte här.`,
      en: `“${clip(text)}” (${name}) is outside Stockholm County; the row is not used here.`,
    },
  };
}

/** A kommun in a column of counties or regions. */
export function kommunInCountyColumn(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: {
      sv: `”${clip(text)}” är en kommun, men kolumnen gäller landsting eller regioner; raden används inte.`,
      en: `“${clip(text)}” is a kommun, but the column holds counties or regions; the row is not used.`,
    },
  };
}

/**
 * A code and a name that name different areas. The name is another area of the county
 * (`{ name }`), an area outside it (`{ outside }`, the name's text) or unknown (null).
 */
export function areaMismatch(
  codeText: string,
  nameText: string,
  codeName: string,
  other: { readonly name: string } | { readonly outside: string } | null,
): AreaResult {
  const nameSv =
    other === null
      ? "okänt namn"
      : "outside" in other
        ? `${clip(other.outside.trim())}, utanför länet`
        : other.name;
  const nameEn =
    other === null
      ? "unknown name"
      : "outside" in other
        ? `${clip(other.outside.trim())}, outside the county`
        : other.name;
  return {
    ok: false,
    code: "area-mismatch",
    message: {
      sv: `Koden ”${clip(codeText.trim())}” (${codeName}) och namnet ”${clip(nameText.trim())}” (${nameSv}) stämmer inte överens; raden används inte.`,
      en: `The code “${clip(codeText.trim())}” (${codeName}) and the name “${clip(nameText.trim())}” (${nameEn}) do not agree; the row is not used.`,
    },
  };
}
