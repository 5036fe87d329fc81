/**
 * Behov och resurser: a need indicator (y) against resources per inhabitant (x), one dot per
 * kommun with both values. The view resolves the URL state against the catalogue and the need's
 * data (the period menu follows the need alone, so it fills in before the rest), then hands the
 * loaded datasets to the chart area. Status (loading, error) is the data gate's, once.
 */
// Registers this view's messages with the i18n layer (they load with the view).
import "@/i18n/views/needs";
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";

import { GatedView } from "../shared/gated-view";
import { UrlNotices } from "../shared/url-notices";
import { useViewBase, type ViewBase } from "../shared/use-view-base";

import { AccessSection } from "../shared/access-section";
import { NeedsChartArea } from "./needs-chart-area";
import { NeedsControls } from "./needs-controls";
import "./needs.css";
import { resolveNeedsChoice, type NeedsChoice } from "./resolve-needs";
import { useNeedsState } from "./use-needs-state";

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
  const { periodChoice, kommuner, selected, notices, change } = useNeedsState(
    base,
    choice,
    url,
  );
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
