/**
 * The status line of the "Kolumner" form: what the form still lacks, or whether the file is being
 * read again, what that reading found, or why it failed.
 */
import { useT } from "@/i18n/i18n";

import type { DraftProblem } from "./mapping-draft";
import type { RecheckStatus } from "./use-recheck";

export function MappingStatus({
  problems,
  status,
  count,
}: {
  problems: readonly DraftProblem[];
  status: RecheckStatus;
  count: (n: number) => string;
}) {
  const { t } = useT();
  if (problems.length > 0)
    return (
      <div className="import-mapping__problems">
        <p>{t("importView.mapping.notYet")}</p>
        <ul>
          {problems.map((p) => (
            <li key={p}>{t(`importView.mapping.problems.${p}`)}</li>
          ))}
        </ul>
      </div>
    );
  if (status.kind === "waiting")
    return <p>{t("importView.mapping.rechecking")}</p>;
  if (status.kind === "failed") return <p>{status.message}</p>;
  if (status.kind === "done")
    return (
      <p>
        {t("importView.mapping.rechecked", {
          observations: count(status.checked.observationCount),
          errors: count(status.checked.report.totals.errorRows),
        })}
      </p>
    );
  return null;
}
