/**
 * The trend controls: the indicator (by theme), total or women/men (with a line saying plainly
 * what the choice shows), the kommuner to draw in colour, and the reference lines.
 */
import type { AreaCode, Area } from "@/domain/areas";
import { THEMES, type Indicator } from "@/domain/indicators";
import type { TrendGroup } from "@/charts/series/trend-groups";
import type { ViewState } from "@/navigation/url-state";
import { useT, type Translate } from "@/i18n/i18n";
import { Segmented, SelectField } from "@/ui/field";

import { KommunPicker } from "../shared/kommun-picker";

import { definesSexSplit } from "./resolve-trends";
import { linesOf, type TrendReferences } from "./trend-references";
import {
  TrendsReferenceControl,
  type ReferenceAvailability,
} from "./trends-reference-control";

/** The choices of the "show" control, in order: total, women, men, both. */
export function trendGroupOptions(
  t: Translate,
): { value: TrendGroup; label: string }[] {
  return [
    { value: "", label: t("trends.groupAll") },
    { value: "k", label: t("trends.groupWomen") },
    { value: "m", label: t("trends.groupMen") },
    { value: "kon", label: t("trends.groupBoth") },
  ];
}

export interface TrendsControlsProps {
  readonly indicator: Indicator;
  /** Every indicator in the catalogue (to look up the one chosen). */
  readonly all: readonly Indicator[];
  /** The indicators the menu offers. */
  readonly offered: readonly Indicator[];
  readonly group: TrendGroup;
  /** The data splits by sex: the "show" control is offered. */
  readonly splitData: boolean;
  readonly kommuner: readonly Area[];
  readonly selected: readonly AreaCode[];
  readonly references: TrendReferences;
  readonly availability: ReferenceAvailability;
  readonly onChange: (patch: Partial<ViewState>) => void;
}

export function TrendsControls({
  indicator,
  all,
  offered,
  group,
  splitData,
  kommuner,
  selected,
  references,
  availability,
  onChange,
}: TrendsControlsProps) {
  const { t, locale } = useT();
  return (
    <div className="controls" role="group" aria-label={t("trends.indicator")}>
      <SelectField
        label={t("trends.indicator")}
        value={indicator.id}
        wide
        groups={THEMES.map((theme) => ({
          label: t(`themes.${theme}`),
          options: offered
            .filter((i) => i.theme === theme)
            .map((i) => ({ value: i.id, label: i.label[locale] })),
        })).filter((g) => g.options.length > 0)}
        onChange={(id) => {
          const next = all.find((i) => i.id === id);
          onChange({
            indicator: id,
            group: next && definesSexSplit(next) && group !== "" ? group : null,
          });
        }}
      />
      {splitData && (
        <div className="trends-sex">
          <Segmented
            label={t("trends.show")}
            value={group}
            options={trendGroupOptions(t)}
            onChange={(g) => {
              onChange({ group: g === "" ? null : g });
            }}
          />
          <p className="field__hint">
            {t(`trends.groupHint.${group === "" ? "all" : group}`)}
          </p>
        </div>
      )}
      <KommunPicker
        kommuner={kommuner}
        selected={selected}
        onChange={(codes: AreaCode[]) => {
          onChange({ kommuner: codes });
        }}
      />
      <TrendsReferenceControl
        value={references}
        availability={availability}
        onChange={(refs) => {
          onChange({ lines: linesOf(refs) });
        }}
      />
    </div>
  );
}
