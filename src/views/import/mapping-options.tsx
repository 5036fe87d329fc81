/**
 * The choices of the "Kolumner" form for what is not a column: where the period comes from (or a
 * fixed period), kommun or county, the indicator's name when no column names it, the number
 * format and what a dash means.
 */
import { useT } from "@/i18n/i18n";

import { PERIOD_SOURCES, type MappingDraft } from "./mapping-draft";
import { HintedTextField } from "./hinted-text-field";
import { RadioGroup } from "./radio-group";

interface OptionsProps {
  draft: MappingDraft;
  onChange: (patch: Partial<MappingDraft>) => void;
}

export function MappingOptions({ draft, onChange }: OptionsProps) {
  const { t } = useT();
  return (
    <div className="import-mapping__options">
      <PeriodChoice draft={draft} onChange={onChange} />
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
        <HintedTextField
          label={t("importView.mapping.indicatorName")}
          hint={t("importView.mapping.indicatorNameHint")}
          value={draft.indicatorName}
          maxLength={200}
          onChange={(indicatorName) => {
            onChange({ indicatorName });
          }}
        />
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

/** Where the period comes from; a fixed period asks for its text. */
function PeriodChoice({ draft, onChange }: OptionsProps) {
  const { t } = useT();
  return (
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
        <HintedTextField
          label={t("importView.mapping.fixedPeriod")}
          hint={t("importView.mapping.fixedPeriodHint")}
          value={draft.fixedPeriod}
          maxLength={20}
          inputMode="text"
          onChange={(fixedPeriod) => {
            onChange({ fixedPeriod });
          }}
        />
      )}
    </RadioGroup>
  );
}
