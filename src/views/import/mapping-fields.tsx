/**
 * The controls of the "Kolumner" step, all native: a field per column (MappingColumnField), then
 * radio groups and text fields for what is not a column (MappingOptions).
 */
import type { ImportTable } from "@/data/import/report-types";
import { useT } from "@/i18n/i18n";

import { MappingColumnField } from "./mapping-column-field";
import {
  shownValues,
  type ColumnRole,
  type MappingDraft,
} from "./mapping-draft";
import { MappingOptions } from "./mapping-options";

export interface MappingFieldsProps {
  readonly draft: MappingDraft;
  readonly table: ImportTable;
  readonly onChange: (patch: Partial<MappingDraft>) => void;
}

export function MappingFields({ draft, table, onChange }: MappingFieldsProps) {
  const { t } = useT();
  const setRole = (index: number, role: ColumnRole) => {
    onChange({ roles: draft.roles.map((r, i) => (i === index ? role : r)) });
  };
  const setKeep = (index: number, keep: string | null) => {
    onChange({ keep: draft.keep.map((k, i) => (i === index ? keep : k)) });
  };
  return (
    <>
      <fieldset className="import-mapping__columns">
        <legend>{t("importView.mapping.columnsLegend")}</legend>
        <div className="import-mapping__grid">
          {table.header.map((heading, index) => (
            <MappingColumnField
              key={index}
              index={index}
              heading={heading}
              values={shownValues(table.rows, index)}
              role={draft.roles[index] ?? "unused"}
              keep={draft.keep[index] ?? null}
              onRole={(role) => {
                setRole(index, role);
              }}
              onKeep={(keep) => {
                setKeep(index, keep);
              }}
            />
          ))}
        </div>
      </fieldset>

      <MappingOptions draft={draft} onChange={onChange} />
    </>
  );
}
