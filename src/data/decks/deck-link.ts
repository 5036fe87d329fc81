/**
 * A deck as a link: `#deck=<base64url of deflate-raw compressed JSON>`. The deck rides in the
 * URL hash, so it never reaches a server and stays out of the view state (the query string).
 * Decoding checks the deck with the same schema as a file. Reading and clearing the page's hash is
 * the Presentation view's (views/presentation/deck-hash.ts).
 */
import { MAX_DECK_BYTES, parseDeck, type Deck, type DeckResult } from "./deck";

/** The hash of a deck link starts with this: "#deck=…". */
export const DECK_HASH_PREFIX = "deck=";

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const out = source.pipeThrough(
    stream as ReadableWritablePair<Uint8Array, Uint8Array>,
  );
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary)
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The hash part for a deck: "#deck=…". */
export async function deckHash(deck: Deck): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(deck));
  const packed = await pipe(json, new CompressionStream("deflate-raw"));
  return `#${DECK_HASH_PREFIX}${toBase64Url(packed)}`;
}

/**
 * Inflates at most `limit` bytes: a small link can inflate to gigabytes (a "zip bomb"), so the
 * stream is read chunk by chunk and cancelled as soon as it passes the limit. Null when it does.
 */
async function inflateAtMost(
  bytes: Uint8Array,
  limit: number,
): Promise<Uint8Array | null> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = source
    .pipeThrough(
      new DecompressionStream("deflate-raw") as ReadableWritablePair<
        Uint8Array,
        Uint8Array
      >,
    )
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Decodes and checks an encoded deck. Never throws; never inflates past the deck limit. */
export async function decodeDeck(encoded: string): Promise<DeckResult> {
  // Base64 of deflated JSON is never larger than the JSON itself would be as a file.
  if (encoded.length > MAX_DECK_BYTES * 2)
    return { ok: false, problem: { kind: "link-too-large" } };
  try {
    const json = await inflateAtMost(fromBase64Url(encoded), MAX_DECK_BYTES);
    if (json === null)
      return { ok: false, problem: { kind: "link-too-large" } };
    return parseDeck(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch (error) {
    return {
      ok: false,
      problem: {
        kind: "json",
        line: null,
        column: null,
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}
