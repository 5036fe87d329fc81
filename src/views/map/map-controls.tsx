/** The filter bar of Karta: indicator, year, group, mode, colour scale and highlighted kommuner. */
import type { Area } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Scale, ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { IndicatorFields } from "../shared/indicator-fields";
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
  const { t } = useT();
  const { indicator, selection, state, onChange } = props;

  return (
    <div className="controls" role="group" aria-label={t("compare.indicator")}>
      <IndicatorFields
        indicators={props.indicators}
        indicator={indicator}
        selection={selection}
        onChange={onChange}
      />
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
