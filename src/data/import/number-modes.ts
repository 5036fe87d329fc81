/** The decimal separator of each value column, decided from the sample's cells (number-format.ts). */
import { clip } from "./clip";
import type { IssueCollector } from "./issues";
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
        { key: file.groupComma > 0 ? "numberFormatEnglish" : "decimalPoint" },
      );
    }
    return modes;
  }
  const headings = (mode: DecimalMode): string[] =>
    values
      .filter((v) => modes.get(v.index) === mode)
      .slice(0, 5)
      .map((v) => clip(v.heading));
  issues.add("warning", "number-format-mixed", null, null, {
    key: "numberFormatMixed",
    params: { point: headings("point"), comma: headings("comma") },
  });
  return modes;
}
