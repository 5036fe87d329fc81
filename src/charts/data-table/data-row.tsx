/**
 * One row of the data table: a cell per column, in a <th scope="row"> for the row-header column;
 * number cells right-aligned, a missing value marked so its reason reads as such.
 */
import type { UiLocale } from "@/i18n/i18n";

import { CellContent, MissingCell } from "./cell";
import type { DataColumn } from "./data-table";

/** The class attribute of the non-empty names, or none. */
export const classes = (...names: readonly string[]): string | undefined =>
  names.filter((s) => s !== "").join(" ") || undefined;

export function DataRow<Row>({
  row,
  columns,
  className,
  locale,
}: {
  row: Row;
  columns: readonly DataColumn<Row>[];
  className: string | undefined;
  locale: UiLocale;
}) {
  return (
    <tr className={className}>
      {columns.map((c) => {
        const cell = c.cell(row);
        const cellClass = classes(
          c.numeric ? "num" : "",
          cell instanceof MissingCell ? "is-missing" : "",
        );
        const content = <CellContent cell={cell} locale={locale} />;
        return c.rowHeader ? (
          <th key={c.id} scope="row" className={cellClass}>
            {content}
          </th>
        ) : (
          <td key={c.id} className={cellClass}>
            {content}
          </td>
        );
      })}
    </tr>
  );
}
