/** The filter bar of Behov och resurser: need indicator, its year, resources, kommuner. */
import type { Area, AreaCode } from "@/domain/areas";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { THEMES, type Indicator } from "@/domain/indicators";
import { useT } from "@/i18n/i18n";
import { SelectField } from "@/ui/field";

import { KommunPicker } from "../shared/kommun-picker";

export interface NeedsControlsProps {
  readonly needs: readonly Indicator[];
  readonly need: Indicator;
  readonly resources: readonly Indicator[];
  readonly resource: Indicator;
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly onNeed: (id: string) => void;
  readonly onResource: (id: string) => void;
  readonly onPeriod: (period: string) => void;
  readonly onKommuner: (codes: AreaCode[]) => void;
}

export function NeedsControls(props: NeedsControlsProps) {
  const { t, locale } = useT();
  const groups = THEMES.map((theme) => ({
    label: t(`themes.${theme}`),
    options: props.needs
      .filter((i) => i.theme === theme)
      .map((i) => ({ value: i.id, label: i.label[locale] })),
  })).filter((g) => g.options.length > 0);
  const resourceLabel = (i: Indicator): string =>
    i.perCapita
      ? t("needs.perCapitaLabel", { label: i.label[locale] })
      : i.label[locale];

  return (
    <div
      className="controls needs-controls"
      role="group"
      aria-label={t("needs.heading")}
    >
      <SelectField
        label={t("needs.need")}
        value={props.need.id}
        groups={groups}
        wide
        onChange={props.onNeed}
      />
      {props.periods.length > 0 && (
        <SelectField
          label={t("needs.period")}
          value={props.period ?? ""}
          options={props.periods.map((p) => ({
            value: p,
            label: formatIndicatorPeriod(props.need, p, locale),
          }))}
          onChange={props.onPeriod}
        />
      )}
      <SelectField
        label={t("needs.resource")}
        value={props.resource.id}
        options={props.resources.map((i) => ({
          value: i.id,
          label: resourceLabel(i),
        }))}
        wide
        onChange={props.onResource}
      />
      <KommunPicker
        kommuner={props.kommuner}
        selected={props.selected}
        onChange={props.onKommuner}
      />
    </div>
  );
}
