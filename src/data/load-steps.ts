/**
 * The steps of the validating boundary (load-dataset.ts) that can fail: reading, UTF-8, JSON and
 * zod. Each failure throws a DatasetError naming dataset, version, file, line and field.
 */
import type * as z from "zod/mini";

import { DatasetError, PROBLEM_CODES, type ProblemCode } from "./errors";
import { type ReadFile, ReadFileError } from "./read-file";

export interface Where {
  readonly datasetId: string;
  readonly version: number | null;
  readonly file: string | null;
}

export function fail(
  where: Where,
  problem: ProblemCode,
  rest: { line?: number | null; field?: string | null; detail?: string } = {},
): never {
  throw new DatasetError({
    problem,
    ...where,
    line: rest.line ?? null,
    field: rest.field ?? null,
    detail: rest.detail ?? "",
  });
}

export async function readBytes(
  read: ReadFile,
  where: Where & { file: string },
): Promise<Uint8Array> {
  try {
    return await read(where.file);
  } catch (error) {
    if (error instanceof ReadFileError)
      fail(where, "fetch", { detail: error.message });
    throw error;
  }
}

export function decodeUtf8(bytes: Uint8Array, where: Where): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
      bytes,
    );
  } catch {
    return fail(where, "encoding");
  }
}

export function parseJson(text: string, where: Where): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(where, "json", {
      detail: error instanceof Error ? error.message : "",
    });
  }
}

const isProblemCode = (text: string): text is ProblemCode =>
  (PROBLEM_CODES as readonly string[]).includes(text);

/** Validates with zod; the first issue becomes a DatasetError naming its path as the field. */
export function validate<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  where: Where,
  line: number | null = null,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? null;
  const message = issue?.message ?? "";
  const problem = isProblemCode(message) ? message : "schema";
  const detail =
    problem === "schema" ? message : describeInput(value, issue?.path ?? []);
  return fail(where, problem, {
    line,
    field: field === "" ? null : field,
    detail,
  });
}

function describeInput(value: unknown, path: readonly PropertyKey[]): string {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return "";
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  if (current === undefined) return "";
  return typeof current === "string" ? `"${current}"` : JSON.stringify(current);
}
