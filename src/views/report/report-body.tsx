/**
 * What the Kommunrapport prints once its data is in: the first page (verdict), the charts, the
 * tables, the gaps and the sources' statements, and every source once, numbered, with the dataset
 * versions in one line.
 */
import { ChartActionsContext } from "@/charts/chart-actions";
import type { DatasetMeta } from "@/data/load-dataset";
import { useT } from "@/i18n/i18n";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { ProfileGaps, ProfileStatements } from "../shared/profile-lists";
import type { ProfileModel } from "../shared/profile-model";
import { profileReferences } from "../shared/profile-references";
import { ReferenceList, VersionsLine } from "../shared/profile-sources";

import { ReportCover } from "./report-cover";
import { ReportCharts, ReportTables } from "./report-themes";

/** No export menus or share buttons on paper. */
const NO_ACTIONS = { Extra: null, slideChart: null };

export function ReportBody({
  model,
  base,
}: {
  readonly model: ProfileModel;
  /** The kommuner and the indicator catalogue (their versions are listed too). */
  readonly base: readonly DatasetMeta[];
}) {
  const { t } = useT();
  const references = profileReferences(model);
  const datasets = [...base, ...model.datasets];
  return (
    <ChartActionsContext value={NO_ACTIONS}>
      {model.failed.map((f, i) => (
        <DatasetErrorMessage key={i} error={f.error} onRetry={f.retry} />
      ))}
      <ReportCover model={model} datasets={datasets} cite={references.cite} />
      <ReportCharts model={model} references={references} />
      <ReportTables model={model} references={references} />
      <div className="report__lists">
        <ProfileGaps series={model.series} locate={references.cite} />
        <ProfileStatements series={model.series} locate={references.cite} />
      </div>
      <section className="report__sources" aria-labelledby="report-sources">
        <h2 id="report-sources" className="report__section-title">
          {t("report.sources")}
        </h2>
        <ReferenceList references={references.list} />
        <VersionsLine datasets={datasets} />
      </section>
    </ChartActionsContext>
  );
}
