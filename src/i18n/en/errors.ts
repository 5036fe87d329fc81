/** English error messages: a dataset that could not be read, and why. */
import type { Messages } from "../messages";

export const enErrors = {
  heading: "The dataset {{dataset}} could not be read",
  where: "File {{file}}, version {{version}}",
  line: "line {{line}}",
  field: "field {{field}}",
  unexpected: "An unexpected error occurred: {{message}}",
  problems: {
    "not-in-manifest":
      "The dataset is not listed in the manifest (manifest.json).",
    "version-not-found": "The requested version is not published.",
    "wrong-kind":
      "The dataset does not hold the kind of content this view needs.",
    fetch:
      "The file could not be fetched. Check the network and that the file is on the server.",
    size: "The file's size does not match the manifest.",
    checksum:
      "The file's checksum does not match the manifest. The file was changed after publication and is therefore not shown.",
    encoding: "The file is not valid UTF-8 text.",
    json: "The file is not valid JSON.",
    csv: "The file is not valid CSV.",
    header: "The header row is not the expected one.",
    "field-count": "The line has the wrong number of fields.",
    "area-code": "Invalid area code (four digits, 01 or 00).",
    identifier: "Invalid identifier.",
    period: "Invalid period (a year like 2017 or a span like 2013-2016).",
    number: "Not a number (dot as decimal separator, no spaces).",
    status: "Unknown status.",
    "status-value":
      "Status and value disagree (a value needs status reported or approximate).",
    range: "A range needs lowest ≤ highest value.",
    required: "A required field is empty.",
    "unknown-source":
      "The source reference is not among the dataset's sources.",
    duplicate: "The same area, indicator, group and period occur twice.",
    "file-name": "The file name does not follow <dataset>.v<N>.<format>.",
    schema: "The content does not follow the expected format.",
    "local-missing":
      "Your own data is not in this browser. It may have been deleted, or loaded in another browser or on another computer. Load the file again under Import.",
    "local-storage":
      "The browser's local storage (IndexedDB) could not be used. In private mode or with storage blocked, your own data cannot be saved.",
    "local-storage-full":
      "The browser's storage is full, so nothing was saved. The file and your choices are still here. Delete own data you do not need under Data and sources and try again.",
  },
} as const satisfies Messages["errors"];
