/**
 * Before the data is used: a name for the figures and, per indicator, its name, unit and
 * direction (guessed from the file), then "Använd uppgifterna" saves it in this browser.
 */
import { useId, useState } from "react";

import type { CheckedFile } from "@/data/local/import-protocol";
import type { IndicatorChoice } from "@/data/local/local-dataset";
import { CHOOSABLE_UNITS, guessUnit } from "@/data/local/local-units";
import { POLARITIES, type Polarity, type Unit } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

export interface ImportSettingsProps {
  readonly checked: CheckedFile;
  readonly onSave: (
    name: string,
    choices: readonly IndicatorChoice[],
  ) => Promise<void>;
}

const baseName = (file: string): string => file.replace(/\.[^.]+$/, "");

export function ImportSettings({ checked, onSave }: ImportSettingsProps) {
  const { report, unitHints } = checked;
  const { t } = useT();
  const nameId = useId();
  const [name, setName] = useState(baseName(report.file));
  const [choices, setChoices] = useState<IndicatorChoice[]>(() =>
    report.indicators.map((i) => {
      const label = i.label ?? i.id;
      return {
        fileId: i.id,
        label,
        unit: guessUnit(i.unit ?? unitHints[i.id] ?? null, label),
        polarity: "neutral",
      };
    }),
  );
  const [saving, setSaving] = useState(false);
  const update = (index: number, patch: Partial<IndicatorChoice>) => {
    setChoices((list) =>
      list.map((c, i) => (i === index ? { ...c, ...patch } : c)),
    );
  };
  return (
    <section className="card" aria-labelledby="import-settings">
      <h2 id="import-settings">{t("importView.settingsHeading")}</h2>
      <p>{t("importView.settingsIntro")}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          void onSave(name, choices).finally(() => {
            setSaving(false);
          });
        }}
      >
        <div className="field field--wide">
          <label htmlFor={nameId}>{t("importView.datasetName")}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            maxLength={120}
            required
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </div>
        {choices.map((choice, index) => (
          <IndicatorFields
            key={choice.fileId}
            choice={choice}
            onChange={(patch) => {
              update(index, patch);
            }}
          />
        ))}
        <button
          type="submit"
          className="button button--primary"
          disabled={saving}
        >
          {saving ? t("importView.saving") : t("importView.use")}
        </button>
      </form>
    </section>
  );
}

function IndicatorFields({
  choice,
  onChange,
}: {
  choice: IndicatorChoice;
  onChange: (patch: Partial<IndicatorChoice>) => void;
}) {
  const { t } = useT();
  const labelId = useId();
  return (
    <fieldset className="import-indicator">
      <legend>{t("importView.fileCalls", { id: choice.fileId })}</legend>
      <div className="controls">
        <div className="field field--wide">
          <label htmlFor={labelId}>{t("importView.indicatorLabel")}</label>
          <input
            id={labelId}
            type="text"
            value={choice.label}
            maxLength={200}
            required
            onChange={(event) => {
              onChange({ label: event.target.value });
            }}
          />
        </div>
        <SelectField
          label={t("importView.unit")}
          value={choice.unit}
          onChange={(unit) => {
            onChange({ unit: unit as Unit });
          }}
          options={CHOOSABLE_UNITS.map((u) => ({
            value: u,
            label: t(`units.${u}`),
          }))}
        />
        <SelectField
          label={t("importView.polarity")}
          value={choice.polarity}
          onChange={(polarity) => {
            onChange({ polarity: polarity as Polarity });
          }}
          options={POLARITIES.map((p) => ({
            value: p,
            label: t(`importView.polarities.${p}`),
          }))}
        />
      </div>
    </fieldset>
  );
}
