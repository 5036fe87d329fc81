/** Building blocks shared by the dataset schemas. Messages are ProblemCodes (see errors.ts). */
import * as z from "zod/mini";

import type { ProblemCode } from "../errors";

const problem = (code: ProblemCode): { error: ProblemCode } => ({
  error: code,
});

export const localTextSchema = z.object({
  sv: z.string().check(z.trim(), z.minLength(1, problem("required"))),
  en: z.string().check(z.trim(), z.minLength(1, problem("required"))),
});

export const identifierSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]*$/, problem("identifier")));

export const areaCodeTextSchema = z
  .string()
  .check(z.regex(/^(?:00|01|\d{4})$/, problem("area-code")));

/** The codes of a national dataset (coverage "sweden"): every county too ("03".."25"). */
export const nationalAreaCodeTextSchema = z
  .string()
  .check(z.regex(/^(?:00|0[1-9]|1\d|2[0-5]|\d{4})$/, problem("area-code")));

export const periodSchema = z
  .string()
  .check(
    z.regex(/^\d{4}(?:-\d{4}|M(?:0[1-9]|1[0-2])|K[1-4])?$/, problem("period")),
  );

/** A plain machine number as text ("3174063", "-1.5") or "" for none. */
export const numberTextSchema = z
  .string()
  .check(z.regex(/^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?)?$/, problem("number")));

export const isoDateSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, problem("schema")));

export { problem };
