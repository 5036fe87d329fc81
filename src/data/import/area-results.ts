/**
 * What resolving an area cell gives (area-match.ts): a code with an optional note, or a refusal,
 * and the notes' and refusals' messages. A row for an area elsewhere in Sweden is no error: it is
 * kept (for the national comparisons) and counted apart.
 */
import type { ImportMessage } from "@/i18n/import/import-text";
import type { OtherArea } from "@/i18n/import/sv/areas";

import { clip } from "./clip";

export interface AreaNote {
  readonly code:
    | "area-code-padded"
    | "area-name-mapped"
    | "area-code-kolada"
    | "area-by-name";
  readonly message: ImportMessage;
}

/** Whether an area column names kommuner (and the county) or counties (landsting, regioner). */
export type AreaLevel = "kommun" | "county";

/** An area a row is kept under. */
export interface KeptArea {
  readonly ok: true;
  readonly code: string;
  /** Small dense index of the area (for duplicate keys). */
  readonly index: number;
  readonly note: AreaNote | null;
}

/**
 * A kommun or län elsewhere in Sweden: not one of the county's areas (its views never show it),
 * but a known area whose rows are kept for the national comparisons (`kept`), counted apart.
 */
export interface OutsideArea {
  readonly ok: false;
  readonly code: "outside-county" | "outside-county-region";
  readonly message: ImportMessage;
  readonly kept: KeptArea;
}

export type AreaResult =
  | KeptArea
  | OutsideArea
  | {
      readonly ok: false;
      readonly code: "unknown-area" | "missing-area" | "area-mismatch";
      readonly message: ImportMessage;
    };

/** True for the codes of a known area elsewhere in Sweden (a kommun or a län). */
export function isOutside(code: string): boolean {
  return code === "outside-county" || code === "outside-county-region";
}

export const MISSING_AREA: AreaResult = {
  ok: false,
  code: "missing-area",
  message: { key: "missingArea" },
};

/** Kolada dumps write Riket as "0", but "0" is also a lost "00" or a plain zero: refused. */
export const ZERO_CODE: AreaResult = {
  ok: false,
  code: "unknown-area",
  message: { key: "zeroCode" },
};

export function unknownCode(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: { key: "unknownCode", params: { text: clip(text) } },
  };
}

export function unknownName(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: { key: "unknownName", params: { text: clip(text) } },
  };
}

/** A kommun ("NNNN") or län ("NN") of Sweden outside Stockholms län, kept at `index`. */
export function outsideCounty(
  text: string,
  code: string,
  name: string,
  index: number,
): OutsideArea {
  return {
    ok: false,
    code: code.length === 2 ? "outside-county-region" : "outside-county",
    message: { key: "outsideCounty", params: { text: clip(text), name } },
    kept: { ok: true, code, index, note: null },
  };
}

/** A kommun in a column of counties or regions. */
export function kommunInCountyColumn(text: string): AreaResult {
  return {
    ok: false,
    code: "unknown-area",
    message: { key: "kommunInCountyColumn", params: { text: clip(text) } },
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
  const otherArea: OtherArea =
    other === null
      ? { kind: "unknown" }
      : "outside" in other
        ? { kind: "outside", text: clip(other.outside.trim()) }
        : { kind: "area", name: other.name };
  return {
    ok: false,
    code: "area-mismatch",
    message: {
      key: "areaMismatch",
      params: {
        code: clip(codeText.trim()),
        codeName,
        name: clip(nameText.trim()),
        other: otherArea,
      },
    },
  };
}
