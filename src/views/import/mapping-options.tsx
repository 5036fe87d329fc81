/**
 * The choices of the "Kolumner" form for what is not a column: where the period comes from (or a
 * fixed period), kommun or county, the indicator's name when no column names it, the number
 * format and what a dash means.
 */
import { useId } from "react";

import { useT } from "@/i18n/i18n";

import { PERIOD_SOURCES, type MappingDraft } from "./mapping-draft";
import { RadioGroup } from "./radio-group";

export function MappingOptions({
  draft,
  onChange,
}: {
  draft: MappingDraft;
  onChange: (patch: Partial<MappingDraft>) => void;
}) {
  const { t } = useT();
  const fixedId = useId();
  const fixedHintId = useId();
  const nameId = useId();
  const nameHintId = useId();
  return (
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
  );
}
