/**
 * deploy/: the nginx configuration a host uses, turned into a standalone one for the end-to-end
 * tests (scripts/serve-nginx.ts). The files are copied as they are; only the lines a host adapts
 * anyway (listen, root, alias, the sub-path) are replaced, and each replacement must find its
 * line exactly once, so an edit to deploy/ that the tests would silently skip fails instead.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { resolve } from "node:path";

import { cspHeaderValue } from "./csp-plugin";
import { ROOT } from "./paths";

export const DEPLOY_DIR = resolve(ROOT, "deploy");
const SNIPPETS = ["psykisk-halsa.conf", "psykisk-halsa-headers.conf"] as const;

function readDeploy(file: string): string {
  return readFileSync(resolve(DEPLOY_DIR, file), "utf8");
}

/** Replaces the one match of `pattern` (a global regex) in `text`, or throws. */
function replaceOnce(
  text: string,
  pattern: RegExp,
  replacement: string,
  what: string,
): string {
  const count = [...text.matchAll(pattern)].length;
  if (count !== 1)
    throw new Error(
      `nginx-site: expected one ${what} in deploy/, found ${count}`,
    );
  return text.replace(pattern, replacement);
}

/** The values of `add_header <name> "…"` lines that are not commented out. */
export function headerValues(conf: string, name: string): string[] {
  const values: string[] = [];
  for (const line of conf.split("\n")) {
    const match = /^\s*add_header\s+(\S+)\s+"([^"]*)"/.exec(line);
    if (match && match[1]?.toLowerCase() === name.toLowerCase())
      values.push(match[2] ?? "");
  }
  return values;
}

/**
 * Checks that deploy/ sends the build's policy (scripts/lib/csp-plugin.ts) as its
 * Content-Security-Policy header; returns the problem, or null.
 */
export function cspDrift(): string | null {
  const sent = headerValues(
    readDeploy("snippets/psykisk-halsa-headers.conf"),
    "Content-Security-Policy",
  );
  const expected = cspHeaderValue();
  if (sent.length === 1 && sent[0] === expected) return null;
  return [
    "deploy/snippets/psykisk-halsa-headers.conf does not send the build's policy.",
    `  sends:    ${sent.join(" | ") || "(nothing)"}`,
    `  expected: ${expected}`,
    "(scripts/lib/csp-plugin.ts: cspHeaderValue)",
  ].join("\n");
}

/** deploy/nginx.conf listening on `listen` (host:port) and serving `root`. */
export function rootSite(listen: string, root: string): string {
  let conf = readDeploy("nginx.conf");
  conf = replaceOnce(
    conf,
    /^(\s*)listen 80;$/gm,
    `$1listen ${listen};`,
    "`listen 80;`",
  );
  conf = replaceOnce(
    conf,
    /^\s*listen \[::\]:80;\n/gm,
    "",
    "`listen [::]:80;`",
  );
  conf = replaceOnce(
    conf,
    /^(\s*)root \/var\/www\/psykisk-halsa;$/gm,
    `$1root "${root}";`,
    "`root /var/www/psykisk-halsa;`",
  );
  return conf;
}

/**
 * A server on `listen` with deploy/nginx-subpath.conf's locations for `prefix` (leading and
 * trailing "/") serving `dir`; anything outside the prefix is 404.
 */
export function subpathSite(
  listen: string,
  prefix: string,
  dir: string,
): string {
  let conf = readDeploy("nginx-subpath.conf");
  const bare = prefix.replace(/\/+$/, "");
  // The URL path only: "/psykisk-halsa" after a space, not in snippets/psykisk-halsa….conf or
  // in the alias /var/www/psykisk-halsa/.
  const uses = [...conf.matchAll(/(?<=\s)\/psykisk-halsa(?=[/\s])/g)].length;
  if (uses !== 3)
    throw new Error(
      `nginx-site: expected "/psykisk-halsa" three times in deploy/nginx-subpath.conf, found ${uses}`,
    );
  conf = conf.replace(/(?<=\s)\/psykisk-halsa(?=[/\s])/g, bare);
  conf = replaceOnce(
    conf,
    /^(\s*)alias \/var\/www\/psykisk-halsa\/;$/gm,
    `$1alias "${dir.replace(/\/*$/, "/")}";`,
    "`alias /var/www/psykisk-halsa/;`",
  );
  return [
    "# Written by scripts/serve-nginx.ts: deploy/nginx-subpath.conf in a server of its own.",
    "server {",
    `    listen ${listen};`,
    "    server_tokens off;",
    "    location / {",
    "        return 404;",
    "    }",
    conf,
    "}",
    "",
  ].join("\n");
}

export interface StandaloneOptions {
  /** host:port of deploy/nginx.conf's server. */
  readonly listen: string;
  /** host:port of the server with deploy/nginx-subpath.conf. */
  readonly subpathListen: string;
  /** The sub-path, with leading and trailing "/". */
  readonly prefix: string;
  /** The absolute path of the dist/ to serve. */
  readonly dist: string;
  /**
   * nginx's master runs as root (CI does): let the workers stay root rather than become
   * `nobody`, who may not read the checkout. Only on a loopback test server.
   */
  readonly asRoot: boolean;
}

/**
 * Writes deploy/nginx-standalone.conf as `<dir>/nginx.conf`, the snippets and both sites into
 * `dir`; run it with `nginx -p <dir>/ -c <dir>/nginx.conf`.
 */
export function writeStandalone(dir: string, options: StandaloneOptions): void {
  const drift = cspDrift();
  if (drift !== null) throw new Error(drift);
  for (const sub of ["snippets", "sites", "temp"])
    mkdirSync(resolve(dir, sub), { recursive: true });
  for (const snippet of SNIPPETS)
    copyFileSync(
      resolve(DEPLOY_DIR, "snippets", snippet),
      resolve(dir, "snippets", snippet),
    );
  const main = readDeploy("nginx-standalone.conf");
  writeFileSync(
    resolve(dir, "nginx.conf"),
    options.asRoot
      ? `# Master and workers as root: a loopback test server only.\nuser root;\n${main}`
      : main,
  );
  writeFileSync(
    resolve(dir, "sites", "root.conf"),
    rootSite(options.listen, options.dist),
  );
  writeFileSync(
    resolve(dir, "sites", "subpath.conf"),
    subpathSite(options.subpathListen, options.prefix, options.dist),
  );
}

/** The nginx binary: $NGINX_PATH, else Debian's /usr/sbin/nginx; null when neither exists. */
export function nginxBinary(): string | null {
  const path = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  return existsSync(path) ? path : null;
}
