/**
 * A tiny static server that serves a built dist/ under a URL prefix, the way a kommun intranet
 * hosts the tool (e.g. /kommun/verktyg/psykisk-halsa/). Used by the end-to-end tests to prove
 * that the same build works under a sub-path. No dependencies beyond node:.
 *
 *   tsx scripts/serve-subpath.ts --prefix /kommun/verktyg/psykisk-halsa/ --port 4174 [--dir dist]
 *       [--host 127.0.0.1]
 *
 * Anything outside the prefix answers 404; "<prefix without slash>" redirects to "<prefix>";
 * paths that try to leave the directory (../, encoded or not) are refused.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { extname, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

const { values } = parseArgs({
  options: {
    prefix: { type: "string", default: "/kommun/verktyg/psykisk-halsa/" },
    port: { type: "string", default: "4174" },
    host: { type: "string", default: "127.0.0.1" },
    dir: { type: "string", default: "dist" },
  },
});

const prefix = `/${values.prefix.replace(/^\/+|\/+$/g, "")}/`.replace(
  /^\/\/$/,
  "/",
);
const root = resolve(values.dir);
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(
    `serve-subpath: --port must be a port number, got "${values.port}"`,
  );
  process.exit(2);
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(`${text}\n`);
}

/** The file on disk for a request path, or null when the path is outside the prefix or root. */
function fileFor(pathname: string): string | null {
  if (!pathname.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return null;
  }
  if (rest.includes("\0") || rest.includes("\\")) return null;
  if (rest.split("/").some((part) => part === ".." || part === "."))
    return null;
  const file = resolve(
    root,
    rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest,
  );
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("allow", "GET, HEAD");
    send(res, 405, "Method not allowed");
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  if (`${url.pathname}/` === prefix) {
    res.writeHead(301, { location: `${prefix}${url.search}` });
    res.end();
    return;
  }
  const file = fileFor(url.pathname);
  if (file === null) {
    send(res, 404, "Not found");
    return;
  }
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) {
    send(res, 404, "Not found");
    return;
  }
  res.writeHead(200, {
    "content-type":
      CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": info.size,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  // The file can vanish between stat and read (a rebuild empties dist/): end the response.
  createReadStream(file)
    .on("error", () => res.destroy())
    .pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    if (!res.headersSent) send(res, 500, "Internal error");
    else res.destroy();
    console.error(error);
  });
});

server.listen(port, values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${port}${prefix}`);
});
