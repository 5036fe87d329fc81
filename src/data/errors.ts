/**
 * Typed errors of the data boundary. Every error names the dataset, version, file, line and field
 * it concerns (where known) and carries a problem code that the UI turns into plain Swedish or
 * English; `message` is the same in English for logs and the command line.
 */

export const PROBLEM_CODES = [
  "not-in-manifest",
  "version-not-found",
  "wrong-kind",
  "fetch",
  "size",
  "checksum",
  "encoding",
  "json",
  "csv",
  "header",
  "field-count",
  "area-code",
  "identifier",
  "period",
  "number",
  "status",
  "status-value",
  "range",
  "required",
  "unknown-source",
  "duplicate",
  "file-name",
  "schema",
  "local-missing",
  "local-storage",
  "local-storage-full",
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface DatasetErrorDetail {
  readonly problem: ProblemCode;
  readonly datasetId: string;
  readonly version: number | null;
  readonly file: string | null;
  /** 1-based physical line in the file, as a text editor counts it. */
  readonly line: number | null;
  readonly field: string | null;
  /** The offending value or extra context, verbatim (may be ""). */
  readonly detail: string;
}

const PROBLEM_TEXT: Record<ProblemCode, string> = {
  "not-in-manifest": "the dataset is not listed in the manifest",
  "version-not-found": "the requested version is not published",
  "wrong-kind": "the dataset is not of the kind this view expects",
  fetch: "the file could not be fetched",
  size: "the file size differs from the manifest",
  checksum:
    "the file's SHA-256 differs from the manifest (edited after publication?)",
  encoding: "the file is not valid UTF-8",
  json: "the file is not valid JSON",
  csv: "the file is not valid CSV",
  header: "the header row is not the expected one",
  "field-count": "the line has the wrong number of fields",
  "area-code": "not an area code (4 digits, '01' or '00')",
  identifier: "not a valid identifier",
  period: "not a period (a year like 2017 or a span like 2013-2016)",
  number: "not a plain number (dot as decimal separator, no spaces)",
  status: "not a known status",
  "status-value":
    "status and value disagree (a value needs status reported or estimated)",
  range: "a range-only value needs low ≤ high",
  required: "a required field is empty",
  "unknown-source": "the source id is not among the dataset's sources",
  duplicate: "the same area, indicator, breakdown and period occur twice",
  "file-name": "the file name does not match <dataset-id>.v<N>.<format>",
  schema: "the content does not match the schema",
  "local-missing":
    "this local dataset is not in this browser (deleted, or imported in another browser)",
  "local-storage": "the browser's local storage (IndexedDB) could not be used",
  "local-storage-full":
    "the browser's storage is full (QuotaExceededError); nothing was saved",
};

/** Thrown by the loader; never caught silently. */
export class DatasetError extends Error {
  readonly detail: DatasetErrorDetail;

  constructor(detail: DatasetErrorDetail) {
    super(describe(detail));
    this.name = "DatasetError";
    this.detail = detail;
  }
}

function describe(d: DatasetErrorDetail): string {
  const where = [
    `dataset "${d.datasetId}"`,
    d.version === null ? null : `v${d.version}`,
    d.file === null ? null : `file ${d.file}`,
    d.line === null ? null : `line ${d.line}`,
    d.field === null ? null : `field "${d.field}"`,
  ].filter((part) => part !== null);
  const detail = d.detail === "" ? "" : `: ${d.detail}`;
  return `${where.join(", ")}: ${PROBLEM_TEXT[d.problem]}${detail}`;
}

/** True for errors thrown by the data layer. */
export function isDatasetError(error: unknown): error is DatasetError {
  return error instanceof DatasetError;
}
