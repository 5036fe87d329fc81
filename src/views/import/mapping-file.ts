/**
 * The "Kolumner" choices as a small JSON file: saved for the next file with the same columns, and
 * loaded again, which reads the import with the loaded mapping first and keeps the form as it
 * was when the file's columns do not match.
 */
import { saveBlob } from "@/charts/export/save-blob";
import { parseMapping, type ImportMapping } from "@/data/import/mapping";
import type { CheckedFile } from "@/data/local/import-protocol";
import type { Translate, UiLocale } from "@/i18n/i18n";
import { importText } from "@/i18n/import/import-text";

const stemOf = (file: string): string => file.replace(/\.[^.]+$/, "") || file;

/** Downloads the mapping as "<file>.kolumnmappning.json". */
export function saveMappingFile(mapping: ImportMapping, file: string): void {
  saveBlob(
    new Blob([`${JSON.stringify(mapping, null, 2)}\n`], {
      type: "application/json",
    }),
    `${stemOf(file)}.kolumnmappning.json`,
  );
}

/**
 * Reads a mapping file and the import with it. Resolves with what to say and, when the mapping
 * fits, the mapping the form should show; null when a newer reading overtook this one.
 */
export async function loadMappingFile(
  file: File,
  recheck: (mapping: ImportMapping | null) => Promise<CheckedFile | null>,
  /** What the form says now, read again when the loaded mapping does not fit. */
  current: ImportMapping | null,
  t: Translate,
  locale: UiLocale,
): Promise<{ message: string; mapping: ImportMapping | null } | null> {
  const parsed = parseMapping(await file.text());
  if (!parsed.ok)
    return {
      message: t("importView.mapping.loadNotParsed", {
        file: file.name,
        message: importText(parsed.message, locale),
      }),
      mapping: null,
    };
  const checked = await recheck(parsed.mapping);
  if (checked === null) return null;
  const mismatch = checked.report.issues.find(
    (i) => i.code === "mapping-mismatch",
  );
  if (mismatch) {
    // The form still says what it said; read the file as the form says again.
    void recheck(current);
    return {
      message: t("importView.mapping.loadMismatch", {
        file: file.name,
        message: importText(mismatch.message, locale),
      }),
      mapping: null,
    };
  }
  return {
    message: t("importView.mapping.loaded", { file: file.name }),
    mapping: parsed.mapping,
  };
}
