/**
 * The first rows of the file as read, with each column's chosen role under its heading, so the
 * user sees what they are describing. Scrolls sideways inside its own region on a phone.
 */
import type { ImportTable } from "@/data/import/report-types";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import type { ColumnRole } from "./mapping-draft";

export function MappingTable({
  table,
  file,
  roles,
}: {
  table: ImportTable;
  file: string;
  roles: readonly ColumnRole[];
}) {
  const { t, locale } = useT();
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  const caption = t("importView.mapping.tableCaption", {
    rows: formatNumber(rows.length, 0, locale),
    file,
  });
  return (
    <TableScroll label={caption}>
      <table className="data-table import-mapping__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t("importView.mapping.colLine")}
            </th>
            {table.header.map((heading, index) => {
              const role = roles[index] ?? "unused";
              return (
                <th
                  key={index}
                  scope="col"
                  className={`import-mapping__heading import-mapping__heading--${role}`}
                >
                  {heading || t("importView.mapping.noHeading")}
                  <span className="import-mapping__role">
                    {t(`importView.mapping.roles.${role}`)}
                  </span>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.line}>
              <th scope="row" className="num">
                {formatNumber(row.line, 0, locale)}
              </th>
              {table.header.map((_, index) => (
                <td
                  key={index}
                  className={
                    roles[index] === "unused"
                      ? "import-mapping__cell--unused"
                      : undefined
                  }
                >
                  {row.cells[index] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
