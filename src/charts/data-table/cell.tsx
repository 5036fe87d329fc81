/**
 * What a data-table cell holds: any content, a number (formatted by its format tag in the UI
 * language) or a missing value with its reason. A missing value is never drawn as 0 or left blank:
 * it shows its reason, or a short mark with the reason for screen readers.
 */
import type { ReactNode } from "react";

import { formatValue } from "@/domain/format";
import type { FormatTag } from "@/domain/indicators";
import type { UiLocale } from "@/i18n/i18n";

/** A number shown by its format tag ("3 174 063 kr", "12,3 %"), optionally after a prefix. */
export class NumberCell {
  constructor(
    readonly value: number,
    readonly format: FormatTag,
    /** Text before the number, e.g. "cirka". */
    readonly prefix = "",
  ) {}
}

/** A value that is not there, and why. */
export class MissingCell {
  constructor(
    /** Why the value is missing ("uppgift saknas", "Sekretess"). */
    readonly reason: string,
    /** A short visible mark ("–"); the reason is then read by screen readers only. */
    readonly mark?: string,
  ) {}
}

export type Cell = ReactNode | NumberCell | MissingCell;

export function CellContent({
  cell,
  locale,
}: {
  cell: Cell;
  locale: UiLocale;
}): ReactNode {
  if (cell instanceof NumberCell) {
    const text = formatValue(cell.value, cell.format, locale);
    return cell.prefix === "" ? text : `${cell.prefix} ${text}`;
  }
  if (cell instanceof MissingCell) {
    if (cell.mark === undefined) return cell.reason;
    return (
      <>
        <span aria-hidden="true">{cell.mark}</span>
        <span className="visually-hidden">{cell.reason}</span>
      </>
    );
  }
  return cell;
}
