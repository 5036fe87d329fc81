/**
 * The numbers of Kommunprofil's spine chart as a table: one row per indicator with the kommun's
 * value, the county value, better / worse / similar (symbol and word), the rank and the county's
 * lowest–highest kommun, optionally the kommungrupp's median and range, with the source
 * (profile-table-columns). Numbers right-aligned, tabular
 * figures. `compact` is the printed form, which fits an A4 page; its dashes are explained once
 * by the page that prints it (profile.dashNote).
 */
import { useT } from "@/i18n/i18n";

import { DataTable } from "./data-table/data-table";
import { profileColumns, type ExtraColumn } from "./profile-table-columns";
import type { ProfileRow } from "./series/profile-types";

export interface ProfileTableProps {
  readonly rows: readonly ProfileRow[];
  readonly caption: string;
  readonly kommunName: string;
  readonly locate: (o: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
  /** The printed form: references instead of sources, no difference column. */
  readonly compact?: boolean;
  /** Kommunprofil's kommungrupp column, when the comparison is on. */
  readonly group?: ExtraColumn | null;
}

export function ProfileTable({
  rows,
  caption,
  kommunName,
  locate,
  compact = false,
  group = null,
}: ProfileTableProps) {
  const { t, locale } = useT();
  return (
    <DataTable
      caption={caption}
      className={
        compact ? "profile-table profile-table--compact" : "profile-table"
      }
      columns={profileColumns(
        { kommunName, locate, compact, group },
        t,
        locale,
      )}
      body={rows}
      rowKey={(row) => row.indicator.id}
    />
  );
}
