/** The decimal separator of each value column, decided from the sample's cells (number-format.ts). */
import { clip, type IssueCollector } from "./issues";
import type { SampleRow, ValueColumn } from "./layouts";
import { type DecimalMode, trimCell } from "./numbers";
import { FormatEvidence, numberShape } from "./number-format";

/**
 * The decimal mode of each value column from the sample's cells: one mode for the whole file
 * when its columns agree (a column without telling cells follows the file), each column its own
 * when they differ. Comma (Swedish) without any evidence. Reported when not plain Swedish.
 */
export function decideNumberModes(
  values: readonly ValueColumn[],
  sample: readonly SampleRow[],
  issues: IssueCollector,
): Map<number, DecimalMode> {
  const file = new FormatEvidence();
  const columns = new Map<number, FormatEvidence>();
  for (const column of values) {
    const evidence = new FormatEvidence();
    for (const row of sample)
      evidence.add(numberShape(trimCell(row.fields[column.index] ?? "")));
    columns.set(column.index, evidence);
    file.addAll(evidence);
  }
  const modes = new Map<number, DecimalMode>();
  const fileMode = file.mode ?? "comma";
  // Columns that disagree with each other are read each by its own cells; a column that mixes
  // both kinds within itself follows its majority, and its other cells are errors.
  const perColumn =
    new Set(
      [...columns.values()]
        .filter((e) => !e.mixed)
        .map((e) => e.mode)
        .filter((m) => m !== null),
    ).size > 1;
  for (const column of values) {
    const own = columns.get(column.index);
    modes.set(column.index, perColumn ? (own?.mode ?? fileMode) : fileMode);
  }
  if (!perColumn) {
    if (fileMode === "point") {
      issues.add(
        "info",
        file.groupComma > 0 ? "number-format-english" : "decimal-point",
        null,
        null,
        file.groupComma > 0
          ? {
              sv: "Filen skriver tal på engelskt sätt: punkt före decimaler och komma mellan tusental (t.ex. ”3,174,063” och ”12.5”); så läses de i hela filen.",
              en: "The file writes numbers the English way: a decimal point and commas between thousands (e.g. “3,174,063” and “12.5”); they are read so throughout.",
            }
          : {
              sv: "Filen använder decimalpunkt (t.ex. ”12.5”), så punkt läses som decimaltecken i hela filen.",
              en: "The file uses a decimal point (e.g. “12.5”), so a point is read as the decimal separator throughout.",
            },
      );
    }
    return modes;
  }
  const point = values
    .filter((v) => modes.get(v.index) === "point")
    .map((v) => `”${clip(v.heading)}”`);
  const comma = values
    .filter((v) => modes.get(v.index) === "comma")
    .map((v) => `”${clip(v.heading)}”`);
  issues.add("warning", "number-format-mixed", null, null, {
    sv: `Kolumnerna skriver tal på olika sätt, så talformatet avgörs per kolumn: decimalpunkt i ${point.slice(0, 5).join(", ") || "ingen"}, decimalkomma i ${comma.slice(0, 5).join(", ") || "ingen"}. Kontrollera värdena.`,
    en: `The columns write numbers differently, so the number format is decided per column: decimal point in ${point.slice(0, 5).join(", ").replace(/[”]/g, '"') || "none"}, decimal comma in ${comma.slice(0, 5).join(", ").replace(/[”]/g, '"') || "none"}. Check the values.`,
  });
  return modes;
}
