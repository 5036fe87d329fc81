/**
 * The "Kolumner" step of Importera (like Datawrapper's "check and describe"): what each column of
 * a CSV file means. It opens by itself when detection could not read the file; otherwise a button
 * opens it. Every change reads the file again (after a short pause, the latest change wins) and
 * the report above follows; a choice that cannot be read yet says why instead. The choices can be
 * saved as a small JSON file and used again for the next file with the same columns.
 */
import { useId, useState } from "react";

import type { ImportMapping } from "@/data/import/mapping";
import type { ImportReport, ImportTable } from "@/data/import/report-types";
import type { CheckedFile } from "@/data/local/import-protocol";
import { formatNumber } from "@/domain/format";
import { useT } from "@/i18n/i18n";

import { MappingFields } from "./mapping-fields";
import { MappingFiles } from "./mapping-files";
import { MappingStatus } from "./mapping-status";
import { MappingTable } from "./mapping-table";
import { useMappingForm } from "./use-mapping-form";

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

export function ColumnMapping({ report, onRecheck }: ColumnMappingProps) {
  const { t, locale } = useT();
  const { table } = report;
  const refused = report.decision === "reject" && report.mapping === null;
  const bodyId = useId();
  const [open, setOpen] = useState(refused);
  const form = useMappingForm(report, onRecheck);
  const { draft, result } = form;

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
              <MappingFields
                draft={draft}
                table={table}
                onChange={form.change}
              />
            </form>
            <div role="status" className="import-mapping__status">
              <MappingStatus
                problems={result.ok ? [] : result.problems}
                status={form.status}
                count={(n) => formatNumber(n, 0, locale)}
              />
            </div>
            <MappingFiles
              onSave={form.save}
              onLoad={(file) => {
                void form.load(file);
              }}
            />
            <p role="status" className="import-mapping__loaded">
              {form.loadMessage}
            </p>
          </>
        )}
      </div>
    </section>
  );
}
