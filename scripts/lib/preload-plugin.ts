/**
 * Vite plugin: lets the first view start without a waterfall. At build time it adds to
 * index.html a `<link rel="preload" as="fetch">` for each published dataset file the start view
 * needs (latest versions, read from public/data/manifest.json, so the links always match the
 * files shipped in the same build). The manifest
 * itself is not preloaded: the app always revalidates it so new versions are seen.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import type { Plugin } from "vite";

interface ManifestLike {
  datasets: { id: string; versions: { version: number; file: string }[] }[];
}

export function preloadStartData(options: {
  dataDir: string;
  datasets: readonly string[];
}): Plugin {
  return {
    name: "preload-start-data",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler() {
        const manifest = JSON.parse(
          readFileSync(resolve(options.dataDir, "manifest.json"), "utf8"),
        ) as ManifestLike;
        const files = options.datasets.map((id) => {
          const entry = manifest.datasets.find((d) => d.id === id);
          const latest = entry?.versions.reduce((a, b) =>
            b.version > a.version ? b : a,
          );
          if (!latest)
            throw new Error(
              `preload-start-data: dataset "${id}" is not published`,
            );
          return latest.file;
        });
        return [
          ...files.map((file) => ({
            tag: "link",
            attrs: {
              rel: "preload",
              as: "fetch",
              crossorigin: "",
              href: `./data/${file}`,
            },
            injectTo: "head" as const,
          })),
        ];
      },
    },
  };
}
