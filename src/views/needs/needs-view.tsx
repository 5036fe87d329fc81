/**
 * Behov och resurser: a need indicator (y) against resources per inhabitant (x), one dot per
 * kommun with both values. The view resolves the URL state against the catalogue and the need's
 * data (the period menu follows the need alone, so it fills in before the rest), then hands the
 * loaded datasets to the chart area. Status (loading, error) is the data gate's, once.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/needs";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { request, useData } from "@/data/use-data";
import { kommunerOf } from "@/domain/areas";
import { observationsOf } from "@/domain/observations";
import { malformedValue, type ViewState } from "@/navigation/url-state";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { GatedView } from "../shared/gated-view";
import { selectedKommuner } from "../shared/selected-kommuner";
import { UrlNotices } from "../shared/url-notices";
import { useViewBase, type ViewBase } from "../shared/use-view-base";

import { AccessSection } from "../shared/access-section";
import { NeedsChartArea } from "./needs-chart-area";
import { NeedsControls } from "./needs-controls";
import "./needs.css";
import {
  resolveNeedPeriod,
  resolveNeedsChoice,
  type NeedsChoice,
} from "./resolve-needs";

export default function NeedsView({ url }: { url: UrlStateApi }) {
  const { t, locale } = useT();
  const base = useViewBase();
  return (
    <GatedView title={t("needs.heading")} gate={base}>
      {(loaded) => {
        const choice = resolveNeedsChoice(
          url.state,
          loaded.catalogue.indicators,
          (text) => text[locale],
          url.notices,
        );
        return choice ? (
          <NeedsPage base={loaded} choice={choice} url={url} />
        ) : (
          <ChartPlaceholder state="empty" title={t("chart.empty")} />
        );
      }}
    </GatedView>
  );
}

function NeedsPage({
  base,
  choice,
  url,
}: {
  base: ViewBase;
  choice: NeedsChoice;
  url: UrlStateApi;
}) {
  const { t } = useT();
  const { need, resource } = choice;
  // The period menu follows the need's data alone, so it fills in before the rest.
  const needData = useData({ need: request.observations(need.datasetId) });
  const periodChoice =
    needData.status === "ready"
      ? resolveNeedPeriod(
          url.state.period,
          observationsOf(needData.data.need, need.id),
          need,
          malformedValue(url.notices, "period"),
        )
      : { period: url.state.period, periods: [], notices: [] };
  const kommuner = kommunerOf(base.areas.areas);
  const { selected, notices } = selectedKommuner(url.state.kommuner, kommuner);

  /** Changes start from what is shown; values the URL left out stay out (short links). */
  const change = (patch: Partial<ViewState>): void => {
    const { state } = url;
    url.update({
      indicator: state.indicator === null ? null : need.id,
      x: state.x === null ? null : resource.id,
      period: state.period === null ? null : periodChoice.period,
      kommuner: selected,
      ...patch,
    });
  };

  return (
    <>
      <p className="view-intro">{t("needs.intro")}</p>
      <UrlNotices
        notices={[...choice.notices, ...periodChoice.notices, ...notices]}
      />
      <NeedsControls
        needs={choice.needs}
        need={need}
        resources={choice.resources}
        resource={resource}
        period={periodChoice.period}
        periods={periodChoice.periods}
        kommuner={kommuner}
        selected={selected}
        onNeed={(id) => {
          change({ indicator: id, period: null });
        }}
        onResource={(id) => {
          change({ x: id });
        }}
        onPeriod={(period) => {
          change({ period });
        }}
        onKommuner={(codes) => {
          change({ kommuner: codes });
        }}
      />
      <NeedsChartArea
        need={need}
        resource={resource}
        needPeriod={periodChoice.period}
        catalogue={base.catalogue.indicators}
        kommuner={kommuner}
        selected={selected}
        showTable={url.state.table}
        onToggleTable={() => {
          change({ table: !url.state.table });
        }}
      />
      <AccessSection />
    </>
  );
}
