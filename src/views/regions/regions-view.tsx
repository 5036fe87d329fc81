/**
 * Län och regioner: Stockholms län among Sweden's 21 regions, ranked, with Riket as the reference
 * line, for every Kolada KPI whose national dataset has region values (and every imported
 * indicator whose file had values for other regions). The values are Kolada's own (the KPI's
 * national dataset, loaded alone) or the file's; a region without one is listed as missing, never
 * drawn as zero and never computed here.
 */
import {
  localNationalDatasetOf,
  useLocalMetas,
} from "@/data/local/local-national";
import { request, useData } from "@/data/use-data";
import type { Indicator } from "@/domain/indicators";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { NATIONAL_AREAS_ID, nationalDatasetOf } from "@/domain/national";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/regions";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { SelectField } from "@/ui/field";

import { GatedView } from "../shared/gated-view";

import { RegionsChart } from "./regions-chart";
import { regionsModel } from "./regions-model";

export default function RegionsView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({
    manifest: request.manifest(),
    catalogue: request.catalogue(),
  });
  const local = useLocalMetas();
  return (
    <GatedView title={t("views.regions")} gate={base}>
      {({ manifest, catalogue }) => {
        const published = new Set(manifest.datasets.map((d) => d.id));
        // A Kolada KPI's national dataset, or an imported file's rows for other regions.
        const datasetOf = (i: Indicator) =>
          nationalDatasetOf(i, published) ??
          localNationalDatasetOf(i, local, "region");
        const options = catalogue.indicators.filter(
          (i) => datasetOf(i) !== null,
        );
        const indicator =
          options.find((i) => i.id === url.state.indicator) ?? options[0];
        if (!indicator) return null;
        return (
          <RegionsBody
            url={url}
            options={options}
            datasetId={datasetOf(indicator) ?? ""}
            indicator={indicator}
          />
        );
      }}
    </GatedView>
  );
}

/**
 * The indicator and year side by side in one filter bar (the year once the indicator's values
 * are loaded), then the chart.
 */
function RegionsBody({
  url,
  options,
  indicator,
  datasetId,
}: {
  url: UrlStateApi;
  options: readonly Indicator[];
  datasetId: string;
  indicator: Indicator;
}) {
  const { t, locale } = useT();
  const gate = useData({
    national: request.observations(datasetId),
    areas: request.areas(NATIONAL_AREAS_ID),
  });
  const model =
    gate.status === "ready"
      ? regionsModel(gate.data.national, indicator, url.state.period)
      : null;
  return (
    <>
      <p className="lead">{t("regions.intro")}</p>
      <div className="controls">
        <SelectField
          label={t("regions.indicator")}
          value={indicator.id}
          wide
          options={options.map((i) => ({
            value: i.id,
            label: i.label[locale],
          }))}
          onChange={(id) => {
            url.update({ indicator: id, period: null });
          }}
        />
        {model?.period != null && (
          <SelectField
            label={t("regions.period")}
            value={model.period}
            options={[...model.periods].reverse().map((p) => ({
              value: p,
              label: formatIndicatorPeriod(indicator, p, locale),
            }))}
            onChange={(p) => {
              url.update({ period: p });
            }}
          />
        )}
      </div>
      {gate.status === "ready" &&
        (model?.period == null ? (
          <p>
            {t("regions.noRegionValues", { label: indicator.label[locale] })}
          </p>
        ) : (
          <RegionsChart
            url={url}
            indicator={indicator}
            observations={model.observations}
            period={model.period}
            data={gate.data}
          />
        ))}
      {gate.status === "pending" && <p>{t("regions.loading")}</p>}
    </>
  );
}
