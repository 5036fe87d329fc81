/**
 * Puts what the builders make next to what is published. Every earlier version a builder makes
 * must match its published file byte for byte (restricted to the indicators that version has).
 * The latest published version must be what the inputs give now; when they give something else,
 * that is the next version: written with --next, otherwise reported. Versions the builders do not
 * make (earlier `--next` runs) are carried over unchanged, and a latest version published from a
 * file (`npm run data:publish`, origin "file") is never superseded by the inputs.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { sha256Hex } from "../../../src/data/checksum";
import type {
  DatasetEntry,
  DatasetVersion,
} from "../../../src/data/schemas/manifest";
import type { LocalText } from "../../../src/domain/local-text";

import type { Built, Revision } from "../builders/common";

import { describe, summarise } from "./changes";
import { keysOf, membersOf, restrict } from "./membership";

/** A version to write: its manifest entry and its bytes. */
export interface NewVersion {
  readonly datasetId: string;
  readonly meta: DatasetVersion;
  readonly content: string;
  /** The version it supersedes and its content, if any. */
  readonly previous: { meta: DatasetVersion; content: string } | null;
}

export interface Reconciled {
  readonly entry: DatasetEntry;
  readonly fresh: readonly NewVersion[];
  readonly problems: readonly string[];
}

export interface NextOptions {
  readonly dataDir: string;
  /** Write versions the inputs give that are not published yet. */
  readonly next: boolean;
  readonly date: string;
  /** The change note of a next version, or null to describe it from what changed. */
  readonly note: LocalText | null;
}

const encode = (s: string): Uint8Array => new TextEncoder().encode(s);

function versionOf(
  b: Built,
  r: Pick<Revision, "version" | "published" | "note">,
  content: string,
): DatasetVersion {
  const bytes = encode(content);
  return {
    version: r.version,
    file: `${b.entry.id}.v${String(r.version)}.${b.format}`,
    format: b.format,
    published: r.published,
    note: r.note,
    sha256: sha256Hex(bytes),
    bytes: bytes.byteLength,
  };
}

export function reconcile(
  b: Built,
  published: readonly DatasetVersion[],
  options: NextOptions,
): Reconciled {
  const read = (v: DatasetVersion): string =>
    readFileSync(resolve(options.dataDir, v.file), "utf8");
  const problems: string[] = [];
  const fresh: NewVersion[] = [];
  const versions = [...published];
  const last = published.at(-1);
  let latest = last ? { meta: last, content: read(last) } : null;
  for (const r of b.earlier ?? []) {
    const pub = published.find((v) => v.version === r.version);
    if (pub) {
      const members = membersOf(read(pub), b.format);
      const content = restrict(r.content, b.format, members);
      if (sha256Hex(encode(content)) !== pub.sha256) {
        problems.push(
          `${pub.file}: rebuilt content differs from the published version (publish a new version instead).`,
        );
      }
      continue;
    }
    const meta = versionOf(b, r, r.content);
    fresh.push({
      datasetId: b.entry.id,
      meta,
      content: r.content,
      previous: latest,
    });
    versions.push(meta);
    latest = { meta, content: r.content };
  }
  // A version published from a file holds rows the inputs do not: it stands until the inputs
  // hold them too, and the inputs never supersede it.
  if (latest?.content === b.content || latest?.meta.origin === "file") {
    return done(b, versions, fresh, problems, options);
  }
  if (latest) {
    const now = keysOf(b.content, b.format);
    const lost = [...keysOf(latest.content, b.format)].filter(
      (k) => !now.has(k),
    );
    if (lost.length > 0) {
      problems.push(
        `${b.entry.id}: the inputs lack ${String(lost.length)} ${b.format === "csv" ? "rows" : "indicators"} of ${latest.meta.file} (e.g. ${lost.slice(0, 3).join(", ")}); a new version never drops them.`,
      );
      return done(b, versions, fresh, problems, options);
    }
  }
  const note =
    options.note ??
    describe(summarise(latest?.content ?? "", b.content, b.format));
  const version = (latest?.meta.version ?? 0) + 1;
  const meta = versionOf(
    b,
    { version, published: options.date, note },
    b.content,
  );
  fresh.push({
    datasetId: b.entry.id,
    meta,
    content: b.content,
    previous: latest,
  });
  versions.push(meta);
  return done(b, versions, fresh, problems, options);
}

function done(
  b: Built,
  versions: DatasetVersion[],
  fresh: NewVersion[],
  problems: string[],
  options: NextOptions,
): Reconciled {
  if (!options.next) {
    for (const f of fresh) {
      problems.push(
        `${f.meta.file}: the inputs give this version, which is not published yet (run \`npm run data:build -- --next\`).`,
      );
    }
  }
  return { entry: { ...b.entry, versions }, fresh, problems };
}
