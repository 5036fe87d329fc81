/**
 * The kinds of URL parameter (a choice from a list, a checked text, a flag, a list of kommun
 * codes, a list of version pins, a dotted list of ids): how each reads its raw value and how it
 * writes it back. Reading never throws: a value that does not fit is a notice and the default.
 */
import type { AreaCode } from "@/domain/areas";
import { isAreaCode } from "@/domain/areas";

export type NoticeKey =
  | "unknownView"
  | "unknownIndicator"
  | "unknownPeriod"
  | "unknownKommun"
  | "unknownMode"
  | "unknownLanguage"
  | "unknownBreakdown"
  | "unknownSort"
  | "unknownReference"
  | "unknownLine"
  | "unknownScale"
  | "unknownLayout"
  | "unknownTable"
  | "unknownVersion"
  | "tooManyVersions"
  | "malformedIndicator"
  | "malformedPeriod"
  | "moreNotices"
  | "unknownParameter";

export interface UrlNotice {
  readonly key: NoticeKey;
  readonly value: string;
  readonly fallback?: string;
  /** The URL parameter the value was read from (set by parseUrlState). */
  readonly param?: string;
}

/** A dataset shown at a fixed published version instead of the latest (`versions=id@2,…`). */
export interface DatasetPin {
  readonly id: string;
  readonly version: number;
}

/**
 * One parameter's reading and writing. `parse` gets null when the parameter is absent;
 * `serialize` of a value that writes as its default's text leaves the parameter out.
 */
export interface Param<T> {
  readonly parse: (raw: string | null, notices: UrlNotice[]) => T;
  readonly serialize: (value: T) => string;
  readonly default: T;
}

/** One of `values`; anything else is a notice naming the default it falls back to. */
export function choice<T extends string>(
  values: readonly T[],
  fallback: T,
  key: NoticeKey,
): Param<T> {
  return {
    parse: (raw, notices) => {
      if (raw === null) return fallback;
      if ((values as readonly string[]).includes(raw)) return raw as T;
      notices.push({ key, value: raw, fallback });
      return fallback;
    },
    serialize: (value) => value,
    default: fallback,
  };
}

/**
 * One of `values`, or null when the link names none: the view then chooses (Jämför kommuner
 * shows per inhabitant where the indicator allows). Anything else is a notice and null.
 */
export function optionalChoice<T extends string>(
  values: readonly T[],
  key: NoticeKey,
): Param<T | null> {
  return {
    parse: (raw, notices) => {
      if (raw === null || raw === "") return null;
      if ((values as readonly string[]).includes(raw)) return raw as T;
      notices.push({ key, value: raw });
      return null;
    },
    serialize: (value) => value ?? "",
    default: null,
  };
}

/** A text matching `pattern`, or null (absent, empty, or a notice when it does not match). */
export function checkedText(
  pattern: RegExp,
  key: NoticeKey,
): Param<string | null> {
  return {
    parse: (raw, notices) => {
      if (raw === null || raw === "") return null;
      if (pattern.test(raw)) return raw;
      notices.push({ key, value: raw });
      return null;
    },
    serialize: (value) => value ?? "",
    default: null,
  };
}

/** On only for "1"; any other value is off. */
export const flag: Param<boolean> = {
  parse: (raw) => raw === "1",
  serialize: (value) => (value ? "1" : ""),
  default: false,
};

const items = (raw: string | null, separator: string): string[] =>
  (raw ?? "").split(separator).filter((s) => s !== "");

/** Comma-separated four-digit kommun codes; a bad code is a notice, a repeated one is dropped. */
export const areaCodes: Param<readonly AreaCode[]> = {
  parse: (raw, notices) => {
    const codes: AreaCode[] = [];
    for (const code of items(raw, ",")) {
      if (!isAreaCode(code) || code.length !== 4)
        notices.push({ key: "unknownKommun", value: code });
      else if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  },
  serialize: (value) => value.join(","),
  default: [],
};

/** Dot-separated ids from `values` ("avtal.plan"), in URL order; an unknown id is a notice. */
export function dottedChoices<T extends string>(
  values: readonly T[],
  key: NoticeKey,
): Param<readonly T[]> {
  return {
    parse: (raw, notices) => {
      const chosen: T[] = [];
      for (const id of items(raw, ".")) {
        if (!(values as readonly string[]).includes(id))
          notices.push({ key, value: id });
        else if (!chosen.includes(id as T)) chosen.push(id as T);
      }
      return chosen;
    },
    serialize: (value) => value.join("."),
    default: [],
  };
}

const PIN = /^([a-z0-9][a-z0-9-]{0,80})@([1-9]\d{0,5})$/;
/** More pins than any link needs (the app publishes a handful of datasets): the rest is dropped. */
const MAX_PINS = 50;

/** `versions=id@2,id@1`; a malformed pin or a second pin of the same dataset is a notice. */
export const pins: Param<readonly DatasetPin[]> = {
  parse: (raw, notices) => {
    const list: DatasetPin[] = [];
    const all = items(raw, ",");
    if (all.length > MAX_PINS)
      notices.push({
        key: "tooManyVersions",
        value: String(all.length),
        fallback: String(MAX_PINS),
      });
    for (const item of all.slice(0, MAX_PINS)) {
      const match = PIN.exec(item);
      const id = match?.[1];
      const version = Number(match?.[2]);
      if (id === undefined || list.some((p) => p.id === id))
        notices.push({ key: "unknownVersion", value: item });
      else list.push({ id, version });
    }
    return list;
  },
  serialize: (value) => value.map((p) => `${p.id}@${p.version}`).join(","),
  default: [],
};

/** Notices of one kind beyond this are summed up in one line ("och 8 990 till"). */
const MAX_NOTICES_PER_KEY = 10;

/**
 * At most MAX_NOTICES_PER_KEY notices of each kind; the rest become one "moreNotices" line with
 * their count in `value` (a 100 KB `kommuner` list would otherwise give thousands of lines).
 */
export function capNotices(notices: readonly UrlNotice[]): UrlNotice[] {
  const counts = new Map<NoticeKey, number>();
  const kept: UrlNotice[] = [];
  for (const n of notices) {
    const count = (counts.get(n.key) ?? 0) + 1;
    counts.set(n.key, count);
    if (count <= MAX_NOTICES_PER_KEY) kept.push(n);
  }
  for (const [key, count] of counts) {
    if (count > MAX_NOTICES_PER_KEY)
      kept.push({
        key: "moreNotices",
        value: String(count - MAX_NOTICES_PER_KEY),
        fallback: key,
      });
  }
  return kept;
}
