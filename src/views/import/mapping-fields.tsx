/**
 * The controls of the "Kolumner" step, all native: a labelled select per column for its role
 * (with the column's first values as its description), "Behåll bara" for each breakdown, then
 * radio groups and text fields for what is not a column.
 */
import { useId, type ReactNode } from "react";

import type { ImportTable } from "@/data/import/report-types";
import { useT } from "@/i18n/i18n";

import {
  COLUMN_ROLES,
  PERIOD_SOURCES,
  shownValues,
  type ColumnRole,
  type MappingDraft,
} from "./mapping-draft";

const EXAMPLES = 3;

export interface MappingFieldsProps {
  readonly draft: MappingDraft;
  readonly table: ImportTable;
  readonly onChange: (patch: Partial<MappingDraft>) => void;
}

export function MappingFields({ draft, table, onChange }: MappingFieldsProps) {
  const { t } = useT();
  const fixedId = useId();
  const fixedHintId = useId();
  const nameId = useId();
  const nameHintId = useId();
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
            <ColumnField
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

      <div className="import-mapping__options">
        <RadioGroup
          legend={t("importView.mapping.periodLegend")}
          value={draft.periodFrom}
          options={PERIOD_SOURCES.map((p) => ({
            value: p,
            label: t(`importView.mapping.periodFrom.${p}`),
          }))}
          onChange={(periodFrom) => {
            onChange({ periodFrom });
          }}
        >
          {draft.periodFrom === "fixed" && (
            <div className="field">
              <label htmlFor={fixedId}>
                {t("importView.mapping.fixedPeriod")}
              </label>
              <input
                id={fixedId}
                type="text"
                inputMode="text"
                maxLength={20}
                aria-describedby={fixedHintId}
                value={draft.fixedPeriod}
                onChange={(event) => {
                  onChange({ fixedPeriod: event.target.value });
                }}
              />
              <span id={fixedHintId} className="field__hint">
                {t("importView.mapping.fixedPeriodHint")}
              </span>
            </div>
          )}
        </RadioGroup>
        <RadioGroup
          legend={t("importView.mapping.levelLegend")}
          value={draft.level}
          options={(["kommun", "county"] as const).map((l) => ({
            value: l,
            label: t(`importView.mapping.levels.${l}`),
          }))}
          onChange={(level) => {
            onChange({ level });
          }}
        />
        {!draft.roles.includes("indicator") && (
          <div className="field">
            <label htmlFor={nameId}>
              {t("importView.mapping.indicatorName")}
            </label>
            <input
              id={nameId}
              type="text"
              maxLength={200}
              aria-describedby={nameHintId}
              value={draft.indicatorName}
              onChange={(event) => {
                onChange({ indicatorName: event.target.value });
              }}
            />
            <span id={nameHintId} className="field__hint">
              {t("importView.mapping.indicatorNameHint")}
            </span>
          </div>
        )}
        <RadioGroup
          legend={t("importView.mapping.numberFormatLegend")}
          value={draft.numberFormat}
          options={(["sv", "en"] as const).map((f) => ({
            value: f,
            label: t(`importView.mapping.numberFormats.${f}`),
          }))}
          onChange={(numberFormat) => {
            onChange({ numberFormat });
          }}
        />
        <RadioGroup
          legend={t("importView.mapping.dashLegend")}
          value={draft.dash}
          options={(["zero", "missing"] as const).map((d) => ({
            value: d,
            label: t(`importView.mapping.dashes.${d}`),
          }))}
          onChange={(dash) => {
            onChange({ dash });
          }}
        />
      </div>
    </>
  );
}

function ColumnField({
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

function RadioGroup<V extends string>({
  legend,
  value,
  options,
  onChange,
  children,
}: {
  legend: string;
  value: V;
  options: readonly { readonly value: V; readonly label: string }[];
  onChange: (value: V) => void;
  children?: ReactNode;
}) {
  const name = useId();
  return (
    <fieldset className="field import-mapping__choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="import-mapping__radio">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={o.value === value}
            onChange={() => {
              onChange(o.value);
            }}
          />{" "}
          {o.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
