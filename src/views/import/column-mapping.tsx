/**
 * The "Kolumner" step of Importera (like Datawrapper's "check and describe"): what each column of
 * a CSV file means. It opens by itself when detection could not read the file; otherwise a button
 * opens it. Every change reads the file again (after a short pause, the latest change wins) and
 * the report above follows; a choice that cannot be read yet says why instead. The choices can be
 * saved as a small JSON file and used again for the next file with the same columns.
 */
import { useEffect, useId, useRef, useState } from "react";

import { saveBlob } from "@/charts/export/save-blob";
import { parseMapping, type ImportMapping } from "@/data/import/mapping";
import type { ImportReport, ImportTable } from "@/data/import/report-types";
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";

import { MappingFields } from "./mapping-fields";
import {
  draftFromMapping,
  mappingFromDraft,
  type DraftProblem,
  type MappingDraft,
} from "./mapping-draft";
import { MappingTable } from "./mapping-table";

/** How long the form waits after a change before reading the file again. */
const RECHECK_DELAY_MS = 300;

export interface ColumnMappingProps {
  /** The report the file was first read with (detection's); its table and mapping seed the form. */
  readonly report: ImportReport & { readonly table: ImportTable };
  /**
   * Reads the file again with a mapping (null: detection's reading). Resolves with the new
   * report, or null when a newer request overtook this one; rejects when reading failed.
   */
  readonly onRecheck: (
    mapping: ImportMapping | null,
  ) => Promise<CheckedFile | null>;
}

type Status =
  | { readonly kind: "idle" }
  | { readonly kind: "waiting" }
  | { readonly kind: "done"; readonly checked: CheckedFile }
  | { readonly kind: "failed"; readonly message: string };

const stemOf = (file: string): string => file.replace(/\.[^.]+$/, "") || file;

export function ColumnMapping({ report, onRecheck }: ColumnMappingProps) {
  const { t, locale } = useT();
  const { table } = report;
  const refused = report.decision === "reject" && report.mapping === null;
  const bodyId = useId();
  const loadId = useId();
  const saveHintId = useId();
  const [open, setOpen] = useState(refused);
  const [draft, setDraft] = useState<MappingDraft>(() =>
    draftFromMapping(report.mapping, table.header.length),
  );
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [loadMessage, setLoadMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
  const headings = table.header;
  const result = mappingFromDraft(draft, headings);

  /** Reads the file again now; only the latest request's answer is shown. */
  const recheck = (
    mapping: ImportMapping | null,
  ): Promise<CheckedFile | null> => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const id = ++latest.current;
    setStatus({ kind: "waiting" });
    return onRecheck(mapping).then(
      (checked) => {
        if (id !== latest.current || checked === null) return null;
        setStatus({ kind: "done", checked });
        return checked;
      },
      (error: unknown) => {
        if (id === latest.current)
          setStatus({
            kind: "failed",
            message: t("importView.mapping.recheckFailed", {
              message: error instanceof Error ? error.message : String(error),
            }),
          });
        return null;
      },
    );
  };

  const change = (patch: Partial<MappingDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setLoadMessage("");
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const mapped = mappingFromDraft(next, headings);
    if (!mapped.ok) {
      // Nothing to read yet; an answer still on its way is no longer wanted.
      latest.current++;
      setStatus({ kind: "idle" });
      return;
    }
    setStatus({ kind: "waiting" });
    timer.current = setTimeout(() => {
      void recheck(mapped.mapping);
    }, RECHECK_DELAY_MS);
  };

  const save = () => {
    if (!result.ok) return;
    saveBlob(
      new Blob([`${JSON.stringify(result.mapping, null, 2)}\n`], {
        type: "application/json",
      }),
      `${stemOf(report.file)}.kolumnmappning.json`,
    );
  };

  const load = async (file: File) => {
    const parsed = parseMapping(await file.text());
    if (!parsed.ok) {
      setLoadMessage(
        t("importView.mapping.loadNotParsed", {
          file: file.name,
          message: importText(parsed.message, locale),
        }),
      );
      return;
    }
    const checked = await recheck(parsed.mapping);
    if (checked === null) return;
    const mismatch = checked.report.issues.find(
      (i) => i.code === "mapping-mismatch",
    );
    if (mismatch) {
      setLoadMessage(
        t("importView.mapping.loadMismatch", {
          file: file.name,
          message: importText(mismatch.message, locale),
        }),
      );
      // The form still says what it said; read the file as the form says again.
      void recheck(result.ok ? result.mapping : null);
      return;
    }
    setDraft(draftFromMapping(parsed.mapping, table.header.length));
    setLoadMessage(t("importView.mapping.loaded", { file: file.name }));
  };

  return (
    <section className="card import-mapping" aria-labelledby="import-mapping">
      <h2 id="import-mapping">{t("importView.mapping.heading")}</h2>
      <p>
        {refused
          ? t("importView.mapping.refused")
          : t("importView.mapping.intro")}
      </p>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        {t("importView.mapping.open")}
      </button>
      <div id={bodyId} hidden={!open} className="import-mapping__body">
        {open && (
          <>
            <MappingTable
              table={table}
              file={report.file}
              roles={draft.roles}
            />
            <form
              className="import-mapping__form"
              onSubmit={(event) => {
                event.preventDefault();
              }}
            >
              <MappingFields draft={draft} table={table} onChange={change} />
            </form>
            <div role="status" className="import-mapping__status">
              <MappingStatus
                problems={result.ok ? [] : result.problems}
                status={status}
                count={(n) => formatNumber(n, 0, locale)}
              />
            </div>
            <div className="import-mapping__files">
              <div>
                <button
                  type="button"
                  className="button"
                  aria-describedby={saveHintId}
                  onClick={save}
                >
                  {t("importView.mapping.save")}
                </button>
                <p id={saveHintId} className="field__hint">
                  {t("importView.mapping.saveHint")}
                </p>
              </div>
              <div className="import-mapping__load">
                <label htmlFor={loadId} className="button">
                  {t("importView.mapping.load")}
                </label>
                <input
                  id={loadId}
                  className="visually-hidden"
                  type="file"
                  accept=".json,application/json"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = "";
                    if (file) void load(file);
                  }}
                />
              </div>
            </div>
            <p role="status" className="import-mapping__loaded">
              {loadMessage}
            </p>
          </>
        )}
      </div>
    </section>
  );
}

function MappingStatus({
  problems,
  status,
  count,
}: {
  problems: readonly DraftProblem[];
  status: Status;
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
