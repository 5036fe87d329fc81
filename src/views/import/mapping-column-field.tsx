/**
 * One column of the "Kolumner" form: a labelled select for its role, with the column's first
 * values as its description, and "Behåll bara" when the column is a breakdown.
 */
import { useId } from "react";

import { useT } from "@/i18n/i18n";

import { COLUMN_ROLES, type ColumnRole } from "./mapping-draft";

/** How many of the column's values its description shows. */
const EXAMPLES = 3;

export function MappingColumnField({
  index,
  heading,
  values,
  role,
  keep,
  onRole,
  onKeep,
}: {
  index: number;
  heading: string;
  values: readonly string[];
  role: ColumnRole;
  keep: string | null;
  onRole: (role: ColumnRole) => void;
  onKeep: (keep: string | null) => void;
}) {
  const { t } = useT();
  const id = useId();
  const keepId = useId();
  const examplesId = useId();
  const name = heading || t("importView.mapping.noHeading");
  // A kept value from a loaded mapping may not be among the rows shown; it stays choosable.
  const keepOptions =
    keep !== null && !values.includes(keep) ? [keep, ...values] : values;
  return (
    <div className={`import-mapping__column import-mapping__column--${role}`}>
      <div className="field">
        <label htmlFor={id}>
          {t("importView.mapping.columnLabel", { n: index + 1, heading: name })}
        </label>
        <select
          id={id}
          value={role}
          aria-describedby={examplesId}
          onChange={(event) => {
            onRole(event.target.value as ColumnRole);
          }}
        >
          {COLUMN_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`importView.mapping.roles.${r}`)}
            </option>
          ))}
        </select>
        <span id={examplesId} className="field__hint">
          {values.length > 0
            ? t("importView.mapping.examples", {
                values: values.slice(0, EXAMPLES).join(", "),
              })
            : t("importView.mapping.noExamples")}
        </span>
      </div>
      {role === "breakdown" && (
        <div className="field">
          <label htmlFor={keepId}>
            {t("importView.mapping.keep", { heading: name })}
          </label>
          <select
            id={keepId}
            value={keep === null ? "" : `=${keep}`}
            onChange={(event) => {
              const v = event.target.value;
              onKeep(v === "" ? null : v.slice(1));
            }}
          >
            <option value="">{t("importView.mapping.keepAll")}</option>
            {keepOptions.map((v) => (
              <option key={v} value={`=${v}`}>
                {v}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
