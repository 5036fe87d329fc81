/** A failed data load, in plain Swedish (or English): what, where (file, version, line, field), why. */
import { ChartPlaceholder } from "@/charts/chart-placeholder";
import { isDatasetError } from "@/data/errors";
import { useT } from "@/i18n/i18n";

export function DatasetErrorMessage({
  error,
  onRetry,
}: {
  error: unknown;
  onRetry?: () => void;
}) {
  const { t } = useT();
  if (!isDatasetError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return (
      <ChartPlaceholder state="error" title={t("chart.errorTitle")}>
        <p>{t("errors.unexpected", { message })}</p>
      </ChartPlaceholder>
    );
  }
  const d = error.detail;
  const where = [
    d.file !== null
      ? t("errors.where", { file: d.file, version: d.version ?? "–" })
      : null,
    d.line !== null ? t("errors.line", { line: d.line }) : null,
    d.field !== null ? t("errors.field", { field: d.field }) : null,
  ].filter((part) => part !== null);
  return (
    <ChartPlaceholder
      state="error"
      title={t("errors.heading", { dataset: d.datasetId })}
    >
      <p>{t(`errors.problems.${d.problem}`)}</p>
      {where.length > 0 && <p className="error-where">{where.join(", ")}</p>}
      {d.detail !== "" && (
        <p className="error-detail">
          <code>{d.detail}</code>
        </p>
      )}
      {onRetry && d.problem === "fetch" && (
        <button type="button" className="button" onClick={onRetry}>
          {t("chart.retry")}
        </button>
      )}
    </ChartPlaceholder>
  );
}
