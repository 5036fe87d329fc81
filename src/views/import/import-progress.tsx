/** The progress card of a file being checked: how far the worker has come, and a cancel button. */
import type { ImportRun } from "@/data/local/import-result";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";

export function ImportProgress({
  file,
  fraction,
  run,
}: {
  file: string;
  fraction: number;
  run: ImportRun;
}) {
  const { t, locale } = useT();
  return (
    <section className="card import-progress" aria-labelledby="import-progress">
      <h2 id="import-progress">{t("importView.checking", { file })}</h2>
      <progress max={1} value={fraction} aria-labelledby="import-progress" />
      <p aria-live="polite">
        {t("importView.progress", {
          percent: formatNumber(Math.floor(fraction * 100), 0, locale),
        })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => {
          run.cancel();
        }}
      >
        {t("importView.cancel")}
      </button>
    </section>
  );
}
