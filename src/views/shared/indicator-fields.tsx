/**
 * The indicator fields of a filter bar: indicator (grouped by theme), year, group and total / per
 * inhabitant. Jämför kommuner and Karta both use them; each adds its own fields around them.
 */
import { formatIndicatorPeriod } from "@/domain/format-period";
import { THEMES, type Indicator } from "@/domain/indicators";
import type { Mode, ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented, SelectField } from "@/ui/field";

import type { ResolvedSelection } from "./resolve-selection";

export interface IndicatorFieldsProps {
  readonly indicators: readonly Indicator[];
  readonly indicator: Indicator;
  readonly selection: ResolvedSelection;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

export function IndicatorFields({
  indicators,
  indicator,
  selection,
  onChange,
}: IndicatorFieldsProps) {
  const { t, locale } = useT();
  const groups = THEMES.map((theme) => ({
    label: t(`themes.${theme}`),
    options: indicators
      .filter((i) => i.theme === theme)
      .map((i) => ({ value: i.id, label: i.label[locale] })),
  })).filter((g) => g.options.length > 0);

  return (
    <>
      <SelectField
        label={t("compare.indicator")}
        value={indicator.id}
        groups={groups}
        wide
        onChange={(id) => {
          // The new indicator opens in the view's own mode (per inhabitant where it can).
          onChange({ indicator: id, period: null, group: null, mode: null });
        }}
      />
      {selection.periods.length > 0 && (
        <SelectField
          label={t("compare.period")}
          value={selection.period ?? ""}
          options={selection.periods.map((p) => ({
            value: p,
            label: formatIndicatorPeriod(indicator, p, locale),
          }))}
          onChange={(period) => {
            onChange({ period });
          }}
        />
      )}
      {selection.groups.length > 0 && (
        <SelectField
          label={t("compare.breakdown")}
          value={selection.group}
          options={[
            { value: "", label: t("compare.breakdownAll") },
            ...selection.groups.map((g) => ({
              value: g,
              label: indicator.breakdowns[g]?.[locale] ?? g,
            })),
          ]}
          onChange={(group) => {
            onChange({ group: group === "" ? null : group, period: null });
          }}
        />
      )}
      {indicator.perCapita !== null && (
        <Segmented
          label={t("compare.mode")}
          value={selection.mode}
          options={[
            { value: "absolute", label: t("compare.modeAbsolute") },
            { value: "per-capita", label: t("compare.modePerCapita") },
          ]}
          onChange={(mode) => {
            onChange({ mode: mode as Mode });
          }}
        />
      )}
    </>
  );
}
