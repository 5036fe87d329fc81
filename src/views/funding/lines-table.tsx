/**
 * A Finansiering table of lines: fixed columns, each line a cell per column, and reference lines
 * (sums, totals) marked as such; the agreements' and the plan-and-report tables.
 */
import type { Cell } from "@/charts/data-table/cell";
import {
  DataTable,
  type DataColumn,
  type DataTableProps,
} from "@/charts/data-table/data-table";

/** One line: an amount, a sum or a total, a cell per column. */
export type Line<ColumnId extends string> = {
  readonly key: string;
  readonly reference: boolean;
} & Readonly<Record<ColumnId, Cell>>;

export interface LinesTableProps<ColumnId extends string> {
  readonly caption: string;
  readonly columns: readonly ColumnId[];
  readonly headers: Readonly<Record<ColumnId, string>>;
  readonly numeric: (id: ColumnId) => boolean;
  /** The column whose cells are the lines' headers. */
  readonly rowHeader: ColumnId;
  readonly body: DataTableProps<Line<ColumnId>>["body"];
  readonly footer?: readonly Line<ColumnId>[];
}

export function LinesTable<ColumnId extends string>({
  caption,
  columns,
  headers,
  numeric,
  rowHeader,
  body,
  footer,
}: LinesTableProps<ColumnId>) {
  return (
    <DataTable
      caption={caption}
      columns={columns.map((id): DataColumn<Line<ColumnId>> => ({
        id,
        header: headers[id],
        numeric: numeric(id),
        rowHeader: id === rowHeader,
        cell: (line) => line[id],
      }))}
      body={body}
      {...(footer ? { footer } : {})}
      rowKey={(line) => line.key}
      rowClassName={(line) => (line.reference ? "reference-row" : undefined)}
    />
  );
}
