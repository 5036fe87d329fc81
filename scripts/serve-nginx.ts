/**
 * Serves a built dist/ with nginx and the project's deploy/ configuration, in the foreground, the
 * way a host will (tests/e2e/nginx.spec.ts runs against it):
 *
 *   tsx scripts/serve-nginx.ts [--port 4175] [--subpath-port 4176] [--host 127.0.0.1]
 *       [--prefix /kommun/verktyg/psykisk-halsa/] [--dir dist]
 *
 * deploy/nginx.conf answers at http://host:port/, deploy/nginx-subpath.conf at
 * http://host:subpath-port<prefix>. The configuration, pid file and temp files live in a fresh
 * temporary directory (scripts/lib/nginx-site.ts writes it), removed when nginx stops. SIGTERM or
 * SIGINT stops nginx (fast shutdown) and then this script. Needs Debian's nginx (`apt-get install
 * nginx`, or set NGINX_PATH); the system service is neither needed nor touched.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { nginxBinary, writeStandalone } from "./lib/nginx-site";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4175" },
    "subpath-port": { type: "string", default: "4176" },
    host: { type: "string", default: "127.0.0.1" },
    prefix: { type: "string", default: "/kommun/verktyg/psykisk-halsa/" },
    dir: { type: "string", default: "dist" },
  },
});

function fail(message: string): never {
  console.error(`serve-nginx: ${message}`);
  process.exit(2);
}

for (const option of ["port", "subpath-port"] as const) {
  const port = Number(values[option]);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    fail(`--${option} must be a port number, got "${values[option]}"`);
}
if (!/^(\/[\w.~-]+)+\/$/.test(values.prefix))
  fail(`--prefix must look like /a/b/, got "${values.prefix}"`);
const dist = resolve(values.dir);
if (!existsSync(join(dist, "index.html")))
  fail(`no ${join(dist, "index.html")}: run \`npx vite build\` first`);
const nginx = nginxBinary();
if (nginx === null)
  fail(
    "nginx not found at /usr/sbin/nginx (apt-get install nginx) or $NGINX_PATH",
  );

const dir = mkdtempSync(join(tmpdir(), "psykisk-halsa-nginx-"));
function cleanUp(): void {
  rmSync(dir, { recursive: true, force: true });
}
try {
  writeStandalone(dir, {
    listen: `${values.host}:${values.port}`,
    subpathListen: `${values.host}:${values["subpath-port"]}`,
    prefix: values.prefix,
    dist,
    asRoot: process.getuid?.() === 0,
  });
} catch (error) {
  cleanUp();
  fail(error instanceof Error ? error.message : String(error));
}

// -e stderr: the log nginx opens before it has read the configuration.
const child = spawn(
  nginx,
  ["-p", `${dir}/`, "-c", join(dir, "nginx.conf"), "-e", "stderr"],
  { stdio: ["ignore", "inherit", "inherit"] },
);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopping = true;
    child.kill("SIGTERM");
  });
}
child.on("error", (error) => {
  cleanUp();
  fail(`could not start ${nginx}: ${error.message}`);
});
child.on("exit", (code, signal) => {
  cleanUp();
  if (!stopping)
    console.error(
      `serve-nginx: nginx stopped (${signal ?? `exit code ${code}`})`,
    );
  process.exit(stopping ? 0 : (code ?? 1) || 1);
});
console.log(
  `Serving ${dist} with nginx at http://${values.host}:${values.port}/ and http://${values.host}:${values["subpath-port"]}${values.prefix}`,
);
