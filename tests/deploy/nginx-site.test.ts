/**
 * deploy/'s nginx configuration against the build: the Content-Security-Policy header is the
 * build's policy plus frame-ancestors (scripts/lib/csp-plugin.ts), every location that sets a
 * header repeats the security headers, and the test server's replacements find their lines.
 * tests/e2e/nginx.spec.ts then checks what a running nginx actually sends.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { cspHeaderValue } from "../../scripts/lib/csp-plugin";
import {
  cspDrift,
  DEPLOY_DIR,
  headerValues,
  rootSite,
  subpathSite,
} from "../../scripts/lib/nginx-site";

const read = (file: string): string =>
  readFileSync(resolve(DEPLOY_DIR, file), "utf8");

/** The `location … { … }` blocks of a config (no nested braces inside them here). */
function locations(conf: string): string[] {
  return [...conf.matchAll(/^\s*location\b[^{]*\{[^}]*\}/gm)].map((m) => m[0]);
}

describe("deploy/ nginx configuration", () => {
  it("sends the build's policy plus frame-ancestors as the header", () => {
    expect(cspDrift()).toBeNull();
    const header = headerValues(
      read("snippets/psykisk-halsa-headers.conf"),
      "Content-Security-Policy",
    );
    expect(header).toEqual([cspHeaderValue()]);
    expect(header[0]).toMatch(/; frame-ancestors 'none'$/);
    expect(header[0]).not.toMatch(/unsafe|https?:/);
  });

  it("sends every security header with `always`, and HSTS only commented out", () => {
    const headers = read("snippets/psykisk-halsa-headers.conf");
    const active = headers
      .split("\n")
      .filter((line) => /^\s*add_header\b/.test(line));
    expect(active.map((line) => line.trim().split(/\s+/)[1])).toEqual([
      "Content-Security-Policy",
      "X-Frame-Options",
      "X-Content-Type-Options",
      "Referrer-Policy",
      "Permissions-Policy",
      "Cross-Origin-Opener-Policy",
    ]);
    for (const line of active) expect(line).toMatch(/ always;$/);
    expect(headers).toMatch(/^# add_header Strict-Transport-Security /m);
  });

  it("repeats the security headers in every location that sets its own", () => {
    const app = read("snippets/psykisk-halsa.conf");
    const withHeaders = locations(app).filter((block) =>
      block.includes("add_header"),
    );
    expect(withHeaders.length).toBe(2);
    for (const block of withHeaders) {
      expect(block).toContain("include snippets/psykisk-halsa-headers.conf;");
      expect(block).toContain(
        'add_header Cache-Control "public, max-age=31536000, immutable";',
      );
    }
    // The rest of dist/ (index.html, sw.js, workbox-*.js, data/manifest.json) is revalidated.
    const outside = app.replace(/^\s*location\b[^{]*\{[^}]*\}/gm, "");
    expect(outside).toContain("include snippets/psykisk-halsa-headers.conf;");
    expect(outside).toContain('add_header Cache-Control "no-cache";');
    for (const block of locations(read("nginx-subpath.conf")))
      expect(block).toContain("psykisk-halsa");
  });

  it("fills in the test server's listen, root, sub-path and alias", () => {
    const root = rootSite("127.0.0.1:4175", "/srv/dist");
    expect(root).toContain("listen 127.0.0.1:4175;");
    expect(root).not.toMatch(/listen (\[::\]:)?80;/);
    expect(root).toContain('root "/srv/dist";');

    const sub = subpathSite(
      "127.0.0.1:4176",
      "/kommun/verktyg/psykisk-halsa/",
      "/srv/dist",
    );
    expect(sub).toContain("location = /kommun/verktyg/psykisk-halsa {");
    expect(sub).toContain(
      "return 301 /kommun/verktyg/psykisk-halsa/$is_args$args;",
    );
    expect(sub).toContain("location ^~ /kommun/verktyg/psykisk-halsa/ {");
    expect(sub).toContain('alias "/srv/dist/";');
    expect(sub).toContain("include snippets/psykisk-halsa.conf;");
    expect(sub).toContain("include snippets/psykisk-halsa-headers.conf;");
  });
});
