/** The notes of an area cell that was read, but not as written (area-match.ts). */
import type { AreaNote } from "./area-results";
import { clip } from "./clip";

/** A county-level name read as the county or Riket. */
export function countyNameNote(
  text: string,
  code: string,
  name: string,
): AreaNote {
  return {
    code: "area-name-mapped",
    message: {
      key: "countyNameRead",
      params: { text: clip(text), name, code },
    },
  };
}

/** A name read as a code; `name` is null when the text is the area's own name. */
export function nameNote(
  text: string,
  code: string,
  name: string | null,
): AreaNote {
  return {
    code: "area-name-mapped",
    message:
      name === null
        ? { key: "nameReadAsCode", params: { text: clip(text), code } }
        : { key: "nameRead", params: { text: clip(text), name, code } },
  };
}

/** A row without its code, read by its name. */
export function byNameNote(text: string, code: string, name: string): AreaNote {
  return {
    code: "area-by-name",
    message: { key: "readByName", params: { text: clip(text), name, code } },
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
    message: { key: "koladaCode", params: { text: clip(text), name, code } },
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
    message: { key: "paddedCode", params: { text: clip(text), name, code } },
  };
}
