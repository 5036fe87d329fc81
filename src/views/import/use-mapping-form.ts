/**
 * The state of the "Kolumner" form: the draft the fields edit, the mapping it makes (or the
 * problems that stop it), the recheck each change schedules (use-recheck), and saving or loading
 * the choices as a JSON file with the message loading leaves.
 */
import { useState } from "react";

import type { ImportMapping } from "@/data/import/mapping";
import type { ImportReport, ImportTable } from "@/data/import/report-types";
import type { CheckedFile } from "@/data/local/import-protocol";
import { useT } from "@/i18n/i18n";

import { loadMappingFile, saveMappingFile } from "./mapping-file";
import {
  draftFromMapping,
  mappingFromDraft,
  type MappingDraft,
} from "./mapping-draft";
import { useRecheck } from "./use-recheck";

export function useMappingForm(
  report: ImportReport & { readonly table: ImportTable },
  onRecheck: (mapping: ImportMapping | null) => Promise<CheckedFile | null>,
) {
  const { t, locale } = useT();
  const headings = report.table.header;
  const [draft, setDraft] = useState<MappingDraft>(() =>
    draftFromMapping(report.mapping, headings.length),
  );
  const [loadMessage, setLoadMessage] = useState("");
  const recheck = useRecheck(onRecheck);
  const result = mappingFromDraft(draft, headings);

  const change = (patch: Partial<MappingDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setLoadMessage("");
    const mapped = mappingFromDraft(next, headings);
    if (mapped.ok) recheck.later(mapped.mapping);
    else recheck.drop();
  };

  const save = () => {
    if (result.ok) saveMappingFile(result.mapping, report.file);
  };

  const load = async (file: File) => {
    const current = result.ok ? result.mapping : null;
    const loaded = await loadMappingFile(file, recheck.now, current, t, locale);
    if (loaded === null) return;
    if (loaded.mapping)
      setDraft(draftFromMapping(loaded.mapping, headings.length));
    setLoadMessage(loaded.message);
  };

  return {
    draft,
    result,
    status: recheck.status,
    loadMessage,
    change,
    save,
    load,
  };
}
