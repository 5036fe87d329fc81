/** The filter bar of Karta: indicator, year, group, mode, colour scale and highlighted kommuner. */
import type { Area } from "@/domain/areas";
import { formatPeriod } from "@/domain/format";
import { THEMES, type Indicator } from "@/domain/indicators";
import type { Mode, Scale, ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented, SelectField } from "@/ui/field";

import { KommunPicker } from "../shared/kommun-picker";
import type { ResolvedSelection } from "../shared/resolve-indicator";

export interface MapControlsProps {
  readonly indicators: readonly Indicator[];
  readonly indicator: Indicator;
  readonly selection: ResolvedSelection;
  readonly kommuner: readonly Area[];
  readonly state: ViewState;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

export function MapControls(props: MapControlsProps) {
  const { t, locale } = useT();
  const { indicator, selection, state, onChange } = props;
  const groups = THEMES.map((theme) => ({
    label: t(`themes.${theme}`),
    options: props.indicators
      .filter((i) => i.theme === theme)
      .map((i) => ({ value: i.id, label: i.label[locale] })),
  })).filter((g) => g.options.length > 0);

  return (
    <div className="controls" role="group" aria-label={t("map.indicator")}>
      <SelectField
        label={t("map.indicator")}
        value={indicator.id}
        groups={groups}
        wide
        onChange={(id) => {
          onChange({
            indicator: id,
            period: null,
            group: null,
            mode: "absolute",
          });
        }}
      />
      {selection.periods.length > 0 && (
        <SelectField
          label={t("map.period")}
          value={selection.period ?? ""}
          options={selection.periods.map((p) => ({
            value: p,
            label: formatPeriod(p),
          }))}
          onChange={(period) => {
            onChange({ period });
          }}
        />
      )}
      {selection.groups.length > 0 && (
        <SelectField
          label={t("map.breakdown")}
          value={selection.group}
          options={[
            { value: "", label: t("map.breakdownAll") },
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
          label={t("map.mode")}
          value={selection.mode}
          options={[
            { value: "absolute", label: t("map.modeAbsolute") },
            { value: "per-capita", label: t("map.modePerCapita") },
          ]}
          onChange={(mode) => {
            onChange({ mode: mode as Mode });
          }}
        />
      )}
      <Segmented
        label={t("map.scale")}
        value={state.scale}
        options={[
          { value: "sequential", label: t("map.scaleSequential") },
          { value: "diverging", label: t("map.scaleDiverging") },
        ]}
        onChange={(scale) => {
          onChange({ scale: scale as Scale });
        }}
      />
      <KommunPicker
        kommuner={props.kommuner}
        selected={state.kommuner}
        onChange={(codes) => {
          onChange({ kommuner: codes });
        }}
      />
    </div>
  );
}
