/**
 * The one table of numbers: every chart's table, the report's and Data och källor's. A caption
 * names it; columns are declared once (header, cell, number or not, row header or not, sortable
 * or not); number columns are right-aligned with tabular figures and formatted in the UI
 * language; a missing value shows its reason. A sortable column has a button in its header that
 * says what a press does, and the header's aria-sort says how the rows are sorted now. Reference
 * rows (county, Sweden, sums) go in the footer and are never sorted. The table scrolls
 * sideways in a focusable region when it is wider than the screen.
 */
import { useState, type ReactNode } from "react";

import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import type { Cell } from "./cell";
import { classes, DataRow } from "./data-row";
import { sortRows, type SortKey, type SortState } from "./sort";
import { SortHeader } from "./sort-header";

export interface DataColumn<Row> {
  /** Stable id, unique in the table (the sort state names it). */
  readonly id: string;
  readonly header: string;
  /** Right-aligned, tabular figures (header and cells). */
  readonly numeric?: boolean;
  /** The cells of this column are the rows' headers (`<th scope="row">`). */
  readonly rowHeader?: boolean;
  /** An extra class on the column's header cell. */
  readonly headerClassName?: string;
  readonly cell: (row: Row) => Cell;
  /** Makes the column sortable by this key; null (missing) sorts last either way. */
  readonly sortKey?: (row: Row) => SortKey;
  /** The direction of the first press on this column's sort button (default ascending). */
  readonly firstSort?: "ascending" | "descending";
}

/** Rows that belong together (one `<tbody>`), with an optional heading row. */
interface RowGroup<Row> {
  readonly key: string;
  readonly heading?: ReactNode;
  readonly rows: readonly Row[];
}

export interface DataTableProps<Row> {
  readonly caption: string;
  /** The caption is read by screen readers only (a heading above already says it). */
  readonly captionHidden?: boolean;
  /** Extra classes on the table ("trends-table"). */
  readonly className?: string;
  readonly columns: readonly DataColumn<Row>[];
  /** The body: rows, or groups of rows each in its own `<tbody>`. */
  readonly body: readonly Row[] | { readonly groups: readonly RowGroup<Row>[] };
  /** Reference rows after the body (county, Sweden, sums); never sorted. */
  readonly footer?: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly rowClassName?: (row: Row) => string | undefined;
  /** The order at first render; without it the rows stay in the order given. */
  readonly initialSort?: SortState;
  /** Shown below the table, inside the scrolling region. */
  readonly note?: ReactNode;
}

export function DataTable<Row>(props: DataTableProps<Row>) {
  const { columns, rowKey, rowClassName } = props;
  const { locale } = useT();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const sortColumn = columns.find((c) => c.id === sort?.column);
  const order = (rows: readonly Row[]): readonly Row[] =>
    sort && sortColumn?.sortKey
      ? sortRows(rows, sortColumn.sortKey, sort.ascending)
      : rows;
  const groups: readonly RowGroup<Row>[] =
    "groups" in props.body
      ? props.body.groups
      : [{ key: "rows", rows: props.body }];
  const row = (r: Row) => (
    <DataRow
      key={rowKey(r)}
      row={r}
      columns={columns}
      className={rowClassName?.(r)}
      locale={locale}
    />
  );

  return (
    <TableScroll label={props.caption}>
      <table
        className={
          props.className ? `data-table ${props.className}` : "data-table"
        }
      >
        <caption
          className={props.captionHidden ? "visually-hidden" : undefined}
        >
          {props.caption}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader
                key={c.id}
                label={c.header}
                className={classes(
                  c.numeric ? "num" : "",
                  c.headerClassName ?? "",
                )}
                sortable={c.sortKey !== undefined}
                active={sort?.column === c.id ? sort.ascending : null}
                firstAscending={c.firstSort !== "descending"}
                onSort={(ascending) => {
                  setSort({ column: c.id, ascending });
                }}
              />
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            {g.heading !== undefined && (
              <tr className="group-row">
                <th scope="colgroup" colSpan={columns.length}>
                  {g.heading}
                </th>
              </tr>
            )}
            {order(g.rows).map(row)}
          </tbody>
        ))}
        {props.footer && props.footer.length > 0 && (
          <tfoot>{props.footer.map(row)}</tfoot>
        )}
      </table>
      {props.note}
    </TableScroll>
  );
}
