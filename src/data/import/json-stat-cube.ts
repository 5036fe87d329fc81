/**
 * The cube of a JSON-stat 2.0 dataset: its dimensions (`id`, `size`, `dimension[…].category`)
 * read and checked before a single cell is. The product of the sizes, and of every
 * category.index length, is checked against JSON_STAT_MAX_CELLS first, because a 200-byte file
 * can declare a billion cells; after that no array is built from a declared size, only from what
 * the file itself lists.
 */
import type { ImportMessage } from "@/i18n/import/import-text";

import { clip } from "./clip";
import {
  describe,
  isObject,
  optionalText,
  own,
  type JsonObject,
} from "./json-common";

/**
 * Most cells a JSON-stat file may declare. A value array of 10 million numbers is 20–80 MB, near
 * the file size limit, and five times the rows of the largest tidy file the browser keeps.
 */
export const JSON_STAT_MAX_CELLS = 10_000_000;

export interface Dimension {
  readonly id: string;
  readonly size: number;
  /** Category ids by position. */
  readonly ids: readonly string[];
  /** Category labels by position (the id when there is none). */
  readonly labels: readonly string[];
  readonly units: readonly (string | null)[];
}

export type CubeResult =
  | {
      readonly ok: true;
      readonly dims: readonly Dimension[];
      /** The number of cells: the product of the sizes. */
      readonly total: number;
    }
  | {
      readonly ok: false;
      readonly code: string;
      readonly message: ImportMessage;
    };

/** The dimensions of a dataset in `id` order, or why they cannot be read. */
export function readCube(data: JsonObject): CubeResult {
  const ids = own(data, "id");
  const sizes = own(data, "size");
  const dimensions = own(data, "dimension");
  if (
    !Array.isArray(ids) ||
    !Array.isArray(sizes) ||
    ids.length !== sizes.length ||
    !isObject(dimensions) ||
    ids.length === 0
  )
    return refuse({ key: "cubeIncomplete" });
  const pairs: (readonly [string, number])[] = [];
  const factors: number[] = [];
  let product = 1n;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as unknown;
    const size = sizes[i] as unknown;
    if (
      typeof id !== "string" ||
      typeof size !== "number" ||
      !Number.isSafeInteger(size) ||
      size < 1
    )
      return refuse({
        key: "dimensionInvalid",
        params: { number: i + 1, id: describe(id), size: describe(size) },
      });
    pairs.push([id, size]);
    const factor = Math.max(size, indexLength(own(dimensions, id)));
    factors.push(factor);
    product *= BigInt(factor);
  }
  if (product > BigInt(JSON_STAT_MAX_CELLS))
    return {
      ok: false,
      code: "too-many-cells",
      message: tooMany(product, factors),
    };
  const dims: Dimension[] = [];
  for (const [id, size] of pairs) {
    const dim = dimensionOf(id, size, own(dimensions, id));
    if (!dim)
      return refuse({
        key: "dimensionCategories",
        params: { id: clip(id), size },
      });
    dims.push(dim);
  }
  return { ok: true, dims, total: Number(product) };
}

function refuse(message: ImportMessage): CubeResult {
  return { ok: false, code: "bad-json-stat", message };
}

function tooMany(product: bigint, factors: readonly number[]): ImportMessage {
  return {
    key: "tooManyCells",
    params: {
      cells: product.toString(),
      factors: factors.map(String),
      limit: JSON_STAT_MAX_CELLS,
    },
  };
}

/** The number of categories a dimension lists (index, or label when there is no index). */
function indexLength(raw: unknown): number {
  if (!isObject(raw)) return 0;
  const category = own(raw, "category");
  if (!isObject(category)) return 0;
  const index = own(category, "index");
  if (Array.isArray(index)) return index.length;
  if (isObject(index)) return Object.keys(index).length;
  const label = own(category, "label");
  return isObject(label) ? Object.keys(label).length : 0;
}

/**
 * A dimension's categories by position, or null when they do not match its size. Arrays are
 * only built from what the file lists (index or label keys), never from the declared size.
 */
function dimensionOf(id: string, size: number, raw: unknown): Dimension | null {
  if (!isObject(raw)) return null;
  const category = own(raw, "category");
  if (!isObject(category)) return null;
  const index = own(category, "index");
  const labelMap = own(category, "label");
  let ids: string[];
  if (Array.isArray(index)) {
    if (index.length !== size) return null;
    ids = index.map((value) => String(value));
  } else if (isObject(index)) {
    const keys = Object.keys(index);
    if (keys.length !== size) return null;
    ids = keys.map(() => "");
    for (const key of keys) {
      const position = own(index, key);
      if (
        typeof position !== "number" ||
        !Number.isInteger(position) ||
        position < 0 ||
        position >= size ||
        ids[position] !== ""
      )
        return null;
      ids[position] = key;
    }
  } else if (isObject(labelMap) && Object.keys(labelMap).length === size) {
    ids = Object.keys(labelMap);
  } else {
    return null;
  }
  const unitMap = own(category, "unit");
  const labels = ids.map((key) => {
    const label = isObject(labelMap) ? own(labelMap, key) : undefined;
    return typeof label === "string" ? label : key;
  });
  const units = ids.map((key) => {
    const unit = isObject(unitMap) ? own(unitMap, key) : undefined;
    if (!isObject(unit)) return null;
    return optionalText(own(unit, "label")) ?? optionalText(own(unit, "base"));
  });
  return { id, size, ids, labels, units };
}

/** The first dimension id of a role ("geo", "time", "metric"), if the file gives roles. */
export function roleOf(data: JsonObject, name: string): string | null {
  const role = own(data, "role");
  if (!isObject(role)) return null;
  const list = own(role, name);
  return Array.isArray(list) && typeof list[0] === "string" ? list[0] : null;
}
