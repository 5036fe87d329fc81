/**
 * Fetches every page of a KPI's values from Kolada's API v3: `next_url` paging, a timeout per
 * request, retries with exponential backoff on 429 (honouring Retry-After) and 5xx, a cap on
 * retries. Any failure throws a KoladaError naming the KPI, the page and what went wrong.
 */
import { type KoladaPage, parsePage } from "./pages";

export interface FetchOptions {
  readonly baseUrl: string;
  /** Milliseconds before one request is given up. */
  readonly timeoutMs: number;
  /** Retries after the first attempt (429, 5xx, timeouts). */
  readonly retries: number;
  /** The first backoff in milliseconds; doubled on each retry. */
  readonly backoffMs: number;
  /** The years to ask for. */
  readonly years: readonly number[];
}

export class KoladaError extends Error {
  /** True when Kolada could not be reached at all (no network, unknown host, refused). */
  readonly unreachable: boolean;
  constructor(message: string, unreachable = false) {
    super(message);
    this.unreachable = unreachable;
  }
}

/** At most this many pages per KPI (a loop of next_url links is refused). */
const MAX_PAGES = 500;

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Retry-After in milliseconds (seconds or an HTTP date), or null. */
function retryAfter(header: string | null): number | null {
  if (header === null || header.trim() === "") return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

/** Why fetch failed: its cause's message ("getaddrinfo ENOTFOUND api.kolada.se"), or its own. */
function causeOf(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = e.cause as { message?: unknown; code?: unknown } | undefined;
  if (typeof cause?.message === "string" && cause.message !== "") {
    return cause.message;
  }
  return typeof cause?.code === "string" ? cause.code : e.message;
}

type Attempt =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly retry: boolean;
      readonly wait: number | null;
      readonly why: string;
    };

async function attempt(url: string, timeoutMs: number): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, timeoutMs);
  try {
    const res = await fetch(url, {
      signal: controller.signal,
      headers: { accept: "application/json" },
    });
    const text = await res.text();
    if (res.ok) return { ok: true, text };
    const retry = res.status === 429 || res.status >= 500;
    const wait =
      res.status === 429 ? retryAfter(res.headers.get("retry-after")) : null;
    return { ok: false, retry, wait, why: `HTTP ${String(res.status)}` };
  } catch (e) {
    if (controller.signal.aborted) {
      const why = `no answer within ${String(timeoutMs / 1000)} s`;
      return { ok: false, retry: true, wait: null, why };
    }
    throw new KoladaError(`Kolada is not reachable: ${causeOf(e)}`, true);
  } finally {
    clearTimeout(timer);
  }
}

async function getText(
  url: string,
  where: string,
  o: FetchOptions,
): Promise<string> {
  for (let n = 0; ; n++) {
    const a = await attempt(url, o.timeoutMs);
    if (a.ok) return a.text;
    if (!a.retry || n >= o.retries) {
      const tries = n + 1;
      throw new KoladaError(
        `${where}: ${a.why} (${String(tries)} ${tries === 1 ? "attempt" : "attempts"}; ${url}).`,
      );
    }
    await sleep(a.wait ?? o.backoffMs * 2 ** n);
  }
}

/** The first page's address of a KPI: every area, the given years. */
const firstUrl = (kpi: string, o: FetchOptions): string =>
  `${o.baseUrl.replace(/\/+$/, "")}/data/kpi/${kpi}/year/${o.years.join(",")}?per_page=5000`;

export interface FetchedPage {
  readonly url: string;
  readonly text: string;
  readonly page: KoladaPage;
}

/** Every page of one KPI, in order. */
export async function fetchKpi(
  kpi: string,
  o: FetchOptions,
): Promise<FetchedPage[]> {
  const pages: FetchedPage[] = [];
  const seen = new Set<string>();
  let url: string | null = firstUrl(kpi, o);
  while (url !== null) {
    const where = `KPI ${kpi}, page ${String(pages.length + 1)}`;
    if (seen.has(url) || pages.length >= MAX_PAGES) {
      throw new KoladaError(
        `${where}: the next_url links loop or never end (${url}).`,
      );
    }
    seen.add(url);
    const text = await getText(url, where, o);
    let page: KoladaPage;
    try {
      page = parsePage(text, kpi);
    } catch (e) {
      throw new KoladaError(`${where}: ${(e as Error).message} (${url}).`);
    }
    pages.push({ url, text, page });
    url = page.next === null ? null : new URL(page.next, url).toString();
  }
  return pages;
}
