/**
 * public/data/manifest.json: every dataset with its citation and every published version.
 * A version is immutable: its SHA-256 and size are checked on every load.
 */
import * as z from "zod/mini";

import {
  identifierSchema,
  isoDateSchema,
  localTextSchema,
  problem,
} from "./common";

/** "groups": a classification of areas (SKR's kommungrupper), see schemas/groups.ts. */
const DATASET_KINDS = [
  "areas",
  "indicators",
  "observations",
  "groups",
] as const;
const FILE_FORMATS = ["csv", "json"] as const;

const sourceSchema = z.object({
  id: identifierSchema,
  title: z.string().check(z.minLength(1, problem("required"))),
  /** How the source line on a chart names it, when the full title is too long. */
  shortTitle: z.optional(z.string().check(z.minLength(1, problem("required")))),
  publisher: z.string().check(z.minLength(1, problem("required"))),
  year: z.int().check(z.gte(1900), z.lte(2100)),
  section: z.string().check(z.minLength(1, problem("required"))),
  /** The original producer when the publisher republishes (Kolada → SCB, Skolverket …). */
  producer: z.optional(z.string().check(z.minLength(1, problem("required")))),
  url: z.optional(z.url()),
  note: z.optional(z.string()),
});
export type Source = z.infer<typeof sourceSchema>;

const versionSchema = z.object({
  version: z.int().check(z.gte(1)),
  file: z
    .string()
    .check(z.regex(/^[a-z0-9-]+\.v\d+\.(?:csv|json)$/, problem("file-name"))),
  format: z.enum(FILE_FORMATS),
  published: isoDateSchema,
  note: localTextSchema,
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, problem("schema"))),
  bytes: z.int().check(z.gte(1)),
  /** "file": published from a file by `npm run data:publish`, not built from data-src. */
  origin: z.optional(z.enum(["file"])),
});
export type DatasetVersion = z.infer<typeof versionSchema>;

const datasetEntrySchema = z.object({
  id: identifierSchema,
  kind: z.enum(DATASET_KINDS),
  title: localTextSchema,
  description: localTextSchema,
  licence: z.string().check(z.minLength(1, problem("required"))),
  sources: z.array(sourceSchema).check(z.minLength(1, problem("required"))),
  /**
   * "sweden": the dataset covers every kommun and county of Sweden, and only then are the other
   * counties' codes ("03".."25") valid in it. Absent: Stockholms län, its kommuner and Sweden.
   */
  coverage: z.optional(z.enum(["sweden"])),
  /** Why an area without a row has no value, for observation datasets. */
  missingReason: z.optional(localTextSchema),
  versions: z.array(versionSchema).check(z.minLength(1, problem("required"))),
});
export type DatasetEntry = z.infer<typeof datasetEntrySchema>;

export const manifestSchema = z.object({
  schemaVersion: z.literal(1),
  datasets: z.array(datasetEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;
