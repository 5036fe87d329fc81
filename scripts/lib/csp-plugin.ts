/**
 * Vite plugin: the built app's Content-Security-Policy, as a `<meta http-equiv>` at the top of
 * index.html (build only: the dev server needs Vite's inline scripts). Everything comes from the
 * app's own origin: no eval, no third-party origins, no inline scripts but one, the pre-rendered
 * page's boot script (prerender-plugin.ts), allowed by its SHA-256 and nothing else; images may also be
 * data: and blob: URLs (chart exports are drawn through them); workers (the service worker, the
 * import worker) come from the app's own files. A host sends the same policy as an HTTP header,
 * plus `frame-ancestors`, which only a header can carry (cspHeaderValue; deploy/nginx.conf sends
 * it, see README "Deploy").
 */
import { createHash } from "node:crypto";

import type { Plugin } from "vite";

import { BOOT_SCRIPT } from "./prerender-plugin";

/** A CSP source allowing exactly this inline script. */
const scriptHash = (script: string): string =>
  `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  "default-src": "'self'",
  "script-src": `'self' ${scriptHash(BOOT_SCRIPT)}`,
  "style-src": "'self'",
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "manifest-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
};

/** Directives a `<meta>` policy ignores: only the HTTP header sends them. */
const HEADER_ONLY_DIRECTIVES: Readonly<Record<string, string>> = {
  "frame-ancestors": "'none'",
};

/** The policy as one header value (the meta tag's by default). */
function cspValue(
  directives: Readonly<Record<string, string>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** The policy a web server sends as the Content-Security-Policy header (deploy/nginx.conf). */
export function cspHeaderValue(): string {
  return cspValue({ ...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES });
}

export function contentSecurityPolicy(): Plugin {
  return {
    name: "content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html) {
        for (const [, script] of html.matchAll(
          /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi,
        ))
          if (script !== BOOT_SCRIPT)
            throw new Error(
              "content-security-policy: index.html has an inline script, which the policy forbids",
            );
        return [
          {
            tag: "meta",
            attrs: {
              "http-equiv": "Content-Security-Policy",
              content: cspValue(),
            },
            injectTo: "head-prepend",
          },
        ];
      },
    },
  };
}
