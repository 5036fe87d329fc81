/** Which message a refused number cell gets: a formula, an infinity, the other decimal separator, or not a number. */
import type { ImportMessage } from "@/i18n/import/import-text";

import { clip } from "./clip";
import { isFormulaLike } from "./formula";
import { otherModeNumber, type DecimalMode } from "./numbers";

/** A value cell that is no number in the column's format, nor a symbol. */
export function badNumber(
  raw: string,
  text: string,
  mode: DecimalMode,
): ImportMessage {
  if (isFormulaLike(raw))
    return { key: "formulaCell", params: { text: clip(raw) } };
  const params = { text: clip(text) };
  if (/^[-+]?(inf|infinity|-?inf)$/i.test(text))
    return { key: "infiniteNumber", params };
  if (otherModeNumber(text, mode))
    return {
      key: mode === "comma" ? "pointInCommaFile" : "commaInPointFile",
      params,
    };
  return { key: "notANumber", params };
}

/** A "560,000" or "1.234" that the file's other numbers do not decide. */
export function ambiguousNumber(
  text: string,
  shape: "single-comma" | "single-point",
  mixed: boolean,
): ImportMessage {
  return {
    key: shape === "single-comma" ? "ambiguousComma" : "ambiguousPoint",
    params: { text, mixed },
  };
}
