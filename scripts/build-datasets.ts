/**
 * Builds the bundled datasets in public/data from ../shared (reference data, seeds) and data-src
 * (the catalogue source file indikatorer.json, transcriptions, Kolada values), and their manifest
 * entries. Deterministic: the same inputs give byte-identical files. A published version is never
 * overwritten: each is rebuilt from the inputs (restricted to the indicators it was published
 * with) and must match; versions made by `npm run data:publish` are carried over. When the inputs
 * give something else than the latest version of a dataset, that is its next version.
 *
 *   npm run data:build                   check that every published file is reproduced exactly
 *   npm run data:build -- --next         write the next version of every dataset whose inputs
 *                                        changed (and the manifest), after loading them back
 *                                        through the app's loader; print what changed
 *     [--note "…" --note-en "…"]         the change note (default: what changed, e.g. new indicators)
 *     [--date YYYY-MM-DD]                the publication date (default: today)
 *
 * PUBLIC_DATA_DIR and DATA_SRC_DIR point the build at other folders (e.g. a test's copy).
 */
import { parseArgs } from "node:util";

import { build } from "./lib/build-all";

const args = parseArgs({
  options: {
    next: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
    note: { type: "string" },
    "note-en": { type: "string" },
    date: { type: "string" },
  },
});
const next = args.values.next || args.values.write;
const result = await build({
  next,
  write: true,
  date: args.values.date ?? new Date().toISOString().slice(0, 10),
  note:
    args.values.note === undefined
      ? null
      : {
          sv: args.values.note,
          en: args.values["note-en"] ?? args.values.note,
        },
  log: (line) => {
    console.log(line);
  },
});
if (result.problems.length > 0) {
  console.error(result.problems.join("\n"));
  process.exit(1);
}
console.log(
  `${String(result.datasets)} datasets ${result.fresh > 0 ? `verified, ${String(result.fresh)} new versions written` : "verified"}.`,
);
