#!/usr/bin/env node
// `npm run test:e2e [-- <playwright args>]`: the end-to-end suite against a production build.
//   1. find a Chromium (scripts/find-chromium.mjs), before spending time on the build
//   2. `next build` (a failing build fails the run)
//   3. a fresh embedded database in a temp folder: `podium db:migrate`, `podium seed --demo`
//   4. `next start` on a free port on 127.0.0.1 with DEMO_MODE=true, wait until it answers
//   5. `playwright test` with PODIUM_E2E_BASE_URL and PODIUM_CHROMIUM set (see playwright.config.ts)
//   6. stop the server and delete the temp folder, also on failure or Ctrl+C
// PODIUM_E2E_SKIP_BUILD=1 reuses an existing .next build (for quick local reruns only).
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, NO_BROWSER_HELP } from "./find-chromium.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const NEXT = path.join(root, "node_modules", "next", "dist", "bin", "next");
const PLAYWRIGHT = path.join(root, "node_modules", "@playwright", "test", "cli.js");
const PODIUM = path.join(root, "bin", "podium.mjs");

const log = (line) => console.log(`[e2e] ${line}`);

class StageError extends Error {}

/** Runs a command to completion with inherited output; throws StageError naming the stage if it fails. */
function run(stage, command, args, env) {
  return new Promise((resolve, reject) => {
    log(`${stage}: ${path.basename(command)} ${args.map((a) => path.relative(root, a) || a).join(" ")}`);
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    children.add(child);
    child.on("error", (e) => reject(new StageError(`${stage} could not start: ${e.message}`)));
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new StageError(`${stage} failed (${signal ? `signal ${signal}` : `exit code ${code}`})`));
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, server, logFile, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new StageError(`next start exited with code ${server.exitCode} before answering:\n${tail(logFile)}`);
    }
    try {
      // Any HTTP answer means the server is up; the specs judge the pages.
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new StageError(`next start did not answer at ${url} within ${timeoutMs / 1000}s:\n${tail(logFile)}`);
}

function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no server output)";
  }
}

const children = new Set();
let server;
let tmp;
let cleanedUp = false;

function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  if (server && server.exitCode === null && server.pid) {
    try {
      process.kill(-server.pid, "SIGTERM"); // the whole group: next start may fork workers
    } catch {
      /* already gone */
    }
  }
  for (const child of children) child.kill("SIGTERM");
  if (tmp) {
    // Give the server a moment to release the PGlite folder before deleting it.
    const until = Date.now() + 5000;
    while (server && server.exitCode === null && Date.now() < until) {
      try {
        process.kill(server.pid, 0);
      } catch {
        break;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    cleanup();
    process.exit(130);
  });
}

async function main() {
  const playwrightArgs = process.argv.slice(2);

  const chromium = await findChromium({ install: true, log });
  if (!chromium) throw new StageError(NO_BROWSER_HELP);
  log(`browser: ${chromium.executablePath} (${chromium.source})`);

  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "podium-e2e-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `pglite://${path.join(tmp, "pglite")}`,
    DEMO_MODE: "true",
    NEXTAUTH_URL: baseURL,
    NEXT_TELEMETRY_DISABLED: "1",
  };

  if (process.env.PODIUM_E2E_SKIP_BUILD === "1" && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("build: skipped (PODIUM_E2E_SKIP_BUILD=1, reusing .next)");
  } else {
    // The build gets its own throwaway database folder: prerendering may touch the database, and a
    // lingering build worker must not hold the folder that migrate, seed and the server use next.
    await run("build", process.execPath, [NEXT, "build"], {
      ...env,
      DATABASE_URL: `pglite://${path.join(tmp, "build-pglite")}`,
    });
  }

  await run("migrate", process.execPath, [PODIUM, "db:migrate"], env);
  await run("seed", process.execPath, [PODIUM, "seed", "--demo"], env);

  const logFile = path.join(tmp, "server.log");
  const out = fs.openSync(logFile, "a");
  log(`server: next start on ${baseURL} (database ${env.DATABASE_URL})`);
  // A keep-alive timeout longer than the browser's and Playwright's own idle timeouts: with Node's
  // 5 s default the server can close an idle socket just as a client reuses it (ECONNRESET).
  const keepAlive = ["--keepAliveTimeout", "65000"];
  server = spawn(process.execPath, [NEXT, "start", "-H", "127.0.0.1", "-p", String(port), ...keepAlive], {
    cwd: root,
    env,
    stdio: ["ignore", out, out],
    detached: true, // own process group, so cleanup can stop everything it started
  });
  await waitForServer(baseURL, server, logFile);
  log("server: ready");

  try {
    await run("playwright", process.execPath, [PLAYWRIGHT, "test", ...playwrightArgs], {
      ...process.env,
      PODIUM_E2E_BASE_URL: baseURL,
      PODIUM_CHROMIUM: chromium.executablePath,
      PODIUM_E2E_DATABASE_URL: env.DATABASE_URL,
      // For specs that check the server's own output (e2e/fuzz.spec.ts: no unhandled rejections).
      PODIUM_E2E_SERVER_LOG: logFile,
    });
  } catch (e) {
    console.error(`[e2e] server output (last lines):\n${tail(logFile)}`);
    throw e;
  }
}

main().then(
  () => {
    cleanup();
    log("passed");
    process.exit(0);
  },
  (e) => {
    console.error(`[e2e] ${e instanceof StageError ? e.message : (e?.stack ?? e)}`);
    cleanup();
    process.exit(1);
  },
);
