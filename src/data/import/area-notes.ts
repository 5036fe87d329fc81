/** The notes of an area cell that was read, but not as written (area-match.ts). */
import { type AreaNote } from "./area-results";
import { clip } from "./issues";

/** A county-level name read as the county or Riket. */
export function countyNameNote(
  text: string,
  code: string,
  name: string,
): AreaNote {
  return {
    code: "area-name-mapped",
    message: {
      sv: `Namnet ”${clip(text)}” i en kolumn med landsting eller regioner lästes som ${name} (kod ${code}).`,
      en: `The name “${clip(text)}” in a column of counties or regions was read as ${name} (code ${code}).`,
    },
  };
}

/** A name read as a code; `name` is null when the text is the area's own name. */
export function nameNote(
  text: string,
  code: string,
  name: string | null,
): AreaNote {
  if (name === null) {
    return {
      code: "area-name-mapped",
      message: {
        sv: `Namnet ”${clip(text)}” lästes som kod ${code}.`,
        en: `The name “${clip(text)}” was read as code ${code}.`,
      },
    };
  }
  return {
    code: "area-name-mapped",
    message: {
      sv: `Namnet ”${clip(text)}” lästes som ${name} (kod ${code}).`,
      en: `The name “${clip(text)}” was read as ${name} (code ${code}).`,
    },
  };
}

/** A row without its code, read by its name. */
export function byNameNote(text: string, code: string, name: string): AreaNote {
  return {
    code: "area-by-name",
    message: {
      sv: `Kommunkoden saknas; namnet ”${clip(text)}” användes och lästes som ${name} (kod ${code}).`,
      en: `The kommun code is missing; the name “${clip(text)}” was used and read as ${name} (code ${code}).`,
    },
  };
}

/** Kolada's "0000" (Riket) or "0001" (Region Stockholm). */
export function koladaCodeNote(
  text: string,
  code: string,
  name: string,
): AreaNote {
  return {
    code: "area-code-kolada",
    message: {
      sv: `Koden ”${clip(text)}” (Koladas kod för ${name}) lästes som ”${code}”.`,
      en: `The code “${clip(text)}” (Kolada's code for ${name}) was read as “${code}”.`,
    },
  };
}

/** A kommun code that lost its leading zero ("127" → "0127"). */
export function paddedCodeNote(
  text: string,
  code: string,
  name: string,
): AreaNote {
  return {
    code: "area-code-padded",
    message: {
      sv: `Kommunkoden ”${clip(text)}” saknade inledande nolla (Excel tar bort den) och lästes som ”${code}” (${name}).`,
      en: `The kommun code “${clip(text)}” had lost its leading zero (Excel drops it) and was read as “${code}” (${name}).`,
    },
  };
}
