// A second Podium server for specs that need other settings than the shared demo server of
// scripts/e2e.mjs: the same production build (.next), its own empty PGlite folder, its own env
// (no DEMO_MODE, real SMTP, OIDC). Started and stopped by the spec; nothing is left running.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = process.cwd();
const NEXT = path.join(root, "node_modules", "next", "dist", "bin", "next");
const PODIUM = path.join(root, "bin", "podium.mjs");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type OwnServer = {
  baseURL: string;
  env: NodeJS.ProcessEnv;
  /** `podium ...args` against this server's database (only while the server is stopped, or before start). */
  podium: (...args: string[]) => { code: number | null; stdout: string; stderr: string };
  start: () => Promise<void>;
  stop: () => Promise<void>;
  log: () => string;
};

export async function prepareOwnServer(env: Record<string, string>, port?: number): Promise<OwnServer> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "podium-own-"));
  const p = port ?? (await freePort());
  const baseURL = `http://127.0.0.1:${p}`;
  const fullEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? tmp,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: `pglite://${path.join(tmp, "pglite")}`,
    NEXTAUTH_URL: baseURL,
    NEXTAUTH_SECRET: "own-server-secret-for-e2e-only-0123456789",
    ...env,
  };
  const logFile = path.join(tmp, "server.log");
  let child: ChildProcess | undefined;

  const podium = (...args: string[]) => {
    const r = spawnSync(process.execPath, [PODIUM, ...args], {
      cwd: root,
      env: fullEnv,
      encoding: "utf8",
      timeout: 120_000,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr.trim() };
  };

  async function start() {
    const out = fs.openSync(logFile, "a");
    child = spawn(process.execPath, [NEXT, "start", "-H", "127.0.0.1", "-p", String(p)], {
      cwd: root,
      env: fullEnv,
      stdio: ["ignore", out, out],
      detached: true,
    });
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${read()}`);
      try {
        await fetch(baseURL, { redirect: "manual", signal: AbortSignal.timeout(5000) });
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    throw new Error(`next start did not answer at ${baseURL}:\n${read()}`);
  }

  async function stop() {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child!.once("exit", r));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* gone */
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const read = () => {
    try {
      return fs.readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n");
    } catch {
      return "";
    }
  };
  return { baseURL, env: fullEnv, podium, start, stop, log: read };
}
