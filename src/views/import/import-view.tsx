/**
 * Importera: a user's own file is checked in a Web Worker (progress, cancel), the report says what
 * was found line by line, and after a preview the user chooses to use the data; it is then kept
 * in this browser (IndexedDB) and offered in every view under "Egen data". Nothing is uploaded.
 * The steps live in useImportSteps; this file lays them out.
 */
import { request, useData } from "@/data/use-data";
import type { Area } from "@/domain/areas";
import type { UrlStateApi } from "@/navigation/use-url-state";
import { useT } from "@/i18n/i18n";
import "@/i18n/views/import";

import { DatasetErrorMessage } from "../shared/dataset-error";
import { LocalDatasets } from "../shared/local-datasets";
import { GatedView } from "../shared/gated-view";

import { ColumnMapping } from "./column-mapping";
import { DropZone } from "./drop-zone";
import { ImportProgress } from "./import-progress";
import { ImportReportView } from "./import-report";
import { ImportSaved } from "./import-saved";
import { ImportSettings } from "./import-settings";
import { useImportSteps } from "./use-import-steps";
import "./import.css";

export default function ImportView({ url }: { url: UrlStateApi }) {
  const { t } = useT();
  const base = useData({ areas: request.areas() });
  return (
    <GatedView title={t("importView.heading")} gate={base}>
      {(data) => <ImportBody url={url} areas={data.areas.areas} />}
    </GatedView>
  );
}

function ImportBody({
  url,
  areas,
}: {
  url: UrlStateApi;
  areas: readonly Area[];
}) {
  const { t } = useT();
  const { step, saveError, start, recheck, save } = useImportSteps(areas);
  const names = new Map<string, string>(areas.map((a) => [a.code, a.name]));

  return (
    <>
      <p className="lead">{t("importView.intro")}</p>
      <details className="card import-formats">
        <summary>{t("importView.formatsHeading")}</summary>
        <ul>
          <li>{t("importView.formats.csv")}</li>
          <li>{t("importView.formats.layouts")}</li>
          <li>{t("importView.formats.statistics")}</li>
          <li>{t("importView.formats.excel")}</li>
        </ul>
      </details>
      <p className="import-privacy">{t("importView.privacy")}</p>

      {step.kind === "running" ? (
        <ImportProgress
          file={step.file}
          fraction={step.fraction}
          run={step.run}
        />
      ) : (
        <DropZone onFile={start} />
      )}
      {step.kind === "idle" && step.message !== undefined && (
        <p role="status" className="import-message">
          {step.message}
        </p>
      )}

      {step.kind === "done" && (
        <>
          <ImportReportView
            checked={step.checked}
            areaName={(code) => names.get(code) ?? code}
          />
          {step.result.report.table && (
            <ColumnMapping
              key={step.run}
              report={{
                ...step.result.report,
                table: step.result.report.table,
              }}
              onRecheck={(mapping) => recheck(step.result, mapping)}
            />
          )}
          {step.checked.report.decision !== "reject" &&
            step.checked.observationCount > 0 && (
              <ImportSettings
                key={step.checked.report.indicators.map((i) => i.id).join("\n")}
                checked={step.checked}
                onSave={(name, choices) => save(step.result, name, choices)}
              />
            )}
          {saveError !== null && <DatasetErrorMessage error={saveError} />}
        </>
      )}

      {step.kind === "saved" && <ImportSaved url={url} meta={step.meta} />}

      <LocalDatasets />
    </>
  );
}
