/**
 * `vite preview` servers for the benchmark: one per build, on a free loopback port. Vite is
 * started directly (node_modules/.bin/vite), so the child's PID is the server's.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

import { VITE_BIN } from "./bench-build";

const HOST = "127.0.0.1";
const READY_TIMEOUT_MS = 30_000;

export interface PreviewServer {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts `vite preview` for the project in `cwd` (serving its dist/) and waits until it answers. */
export async function startPreview(cwd: string): Promise<PreviewServer> {
  const port = await freePort();
  const args = [
    "preview",
    "--host",
    HOST,
    "--port",
    String(port),
    "--strictPort",
  ];
  const child = spawn(VITE_BIN, args, {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  child.stdout.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const server: PreviewServer = {
    url: `http://${HOST}:${port}/`,
    pid: child.pid,
    stop: () => stopChild(child),
  };
  try {
    await waitUntilServing(server.url, child);
  } catch (error) {
    await server.stop();
    throw new Error(
      `vite preview in ${cwd} did not start: ${errorText(error)}\n${log.join("")}`,
    );
  }
  return server;
}

/** Asks the OS for a free port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => {
        done(port);
      });
    });
  });
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`exited with code ${child.exitCode}`);
    if (await answers(url)) return;
    await sleep(100);
  }
  throw new Error(`no answer from ${url} within ${READY_TIMEOUT_MS} ms`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if the server has not exited within 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => {
    child.once("exit", () => {
      done();
    });
  });
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => {
    setTimeout(done, ms);
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
