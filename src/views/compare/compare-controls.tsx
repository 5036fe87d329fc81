/** The filter bar of Jämför kommuner: indicator, year, group, mode, order and kommuner. */
import type { Area } from "@/domain/areas";
import type { Indicator } from "@/domain/indicators";
import type { Sort, ViewState } from "@/navigation/url-state";
import { useT } from "@/i18n/i18n";
import { Segmented } from "@/ui/field";

import { IndicatorFields } from "../shared/indicator-fields";
import { KommunPicker } from "../shared/kommun-picker";
import type { ResolvedSelection } from "../shared/resolve-indicator";

export interface CompareControlsProps {
  readonly indicators: readonly Indicator[];
  readonly indicator: Indicator;
  readonly selection: ResolvedSelection;
  readonly kommuner: readonly Area[];
  readonly state: ViewState;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

export function CompareControls(props: CompareControlsProps) {
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
        label={t("compare.sort")}
        value={state.sort}
        options={[
          { value: "value", label: t("compare.sortValue") },
          { value: "name", label: t("compare.sortName") },
        ]}
        onChange={(sort) => {
          onChange({ sort: sort as Sort });
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
