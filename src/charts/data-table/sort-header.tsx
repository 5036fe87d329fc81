/**
 * A column header. A sortable one holds a button whose name starts with the visible label
 * (WCAG 2.5.3) and says what a press does; aria-sort on the header says the current order.
 */
import { useT } from "@/i18n/i18n";

export function SortHeader({
  label,
  className,
  sortable,
  active,
  firstAscending,
  onSort,
}: {
  label: string;
  className: string | undefined;
  sortable: boolean;
  /** The direction the table is sorted by this column (true = ascending), or null. */
  active: boolean | null;
  firstAscending: boolean;
  onSort: (ascending: boolean) => void;
}) {
  const { t } = useT();
  if (!sortable) {
    return (
      <th scope="col" className={className}>
        {label}
      </th>
    );
  }
  // What a press does: the other direction when sorted by this column, else its first direction.
  const nextAscending = active === null ? firstAscending : !active;
  return (
    <th
      scope="col"
      className={className}
      aria-sort={active === null ? "none" : active ? "ascending" : "descending"}
    >
      <button
        type="button"
        className="sort-button"
        aria-label={t(
          nextAscending ? "chart.sortAscending" : "chart.sortDescending",
          { column: label },
        )}
        onClick={() => {
          onSort(nextAscending);
        }}
      >
        {label}
        <span aria-hidden="true">
          {active === null ? " ↕" : active ? " ▲" : " ▼"}
        </span>
      </button>
    </th>
  );
}
