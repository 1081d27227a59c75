#!/usr/bin/env node
// A throwaway PostgreSQL server for tests: a fresh cluster in a temp folder, trust auth, listening
// on 127.0.0.1 on a free port, unix socket inside the folder (never /var/run/postgresql).
//
//   node scripts/throwaway-postgres.mjs run -- <command...>   start, run the command with
//        TEST_DATABASE_URL=postgres://postgres@127.0.0.1:PORT/postgres, stop, delete; exits with the command's code
//   node scripts/throwaway-postgres.mjs start                 start and print {"url","dir","port"} (JSON)
//   node scripts/throwaway-postgres.mjs stop DIR              stop a server started with `start` and delete DIR
//
// Binaries come from PATH or /usr/lib/postgresql/<newest>/bin (or PG_BIN). initdb refuses to run as
// root, so as root the cluster belongs to the `postgres` user and the tools run as that user.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const RUN_AS = process.env.THROWAWAY_PG_USER || "postgres";

function fail(message) {
  console.error(`throwaway-postgres: ${message}`);
  process.exit(2);
}

function findBinDir() {
  const candidates = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  for (const dir of (process.env.PATH || "").split(path.delimiter)) if (dir) candidates.push(dir);
  for (const root of ["/usr/lib/postgresql", "/usr/local/lib/postgresql"]) {
    if (!fs.existsSync(root)) continue;
    const versions = fs
      .readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(root, v, "bin"));
  }
  candidates.push("/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin");
  const found = candidates.find((dir) => ["initdb", "pg_ctl"].every((b) => fs.existsSync(path.join(dir, b))));
  if (!found) {
    fail(
      "PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin.\n" +
        "  Install them (Debian/Ubuntu: apt-get install postgresql) or set PG_BIN to their folder.",
    );
  }
  return found;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool, as the `postgres` user when we are root. Throws with its output on failure. */
function runTool(bin, args, { quiet = true } = {}) {
  let command = bin;
  let argv = args;
  if (isRoot) {
    const runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"].find((p) => fs.existsSync(p));
    if (runuser) {
      command = runuser;
      argv = ["-u", RUN_AS, "--", bin, ...args];
    } else {
      command = "su";
      argv = [RUN_AS, "-s", "/bin/sh", "-c", [bin, ...args].map(shellQuote).join(" ")];
    }
  }
  const result = spawnSync(command, argv, { encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `${path.basename(bin)} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout ?? ""}${result.stderr ?? ""}`,
    );
  }
  return result.stdout ?? "";
}

function shellQuote(s) {
  return `'${String(s).replace(/'/g, `'\\''`)}'`;
}

function chownToRunUser(dir) {
  const id = spawnSync("id", ["-u", RUN_AS], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", RUN_AS], { encoding: "utf8" });
  if (id.status !== 0)
    fail(`running as root, but there is no "${RUN_AS}" user to own the cluster (initdb refuses root).`);
  fs.chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
}

async function start() {
  const bin = findBinDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-pg-"));
  // The postgres user must be able to reach the folder; mkdtemp makes it 0700 and owned by us.
  if (isRoot) chownToRunUser(dir);
  const data = path.join(dir, "data");
  const port = await freePort();
  try {
    runTool(path.join(bin, "initdb"), [
      "-D",
      data,
      "-A",
      "trust",
      "-U",
      "postgres",
      "-E",
      "UTF8",
      "--no-sync",
      "--locale=C",
    ]);
    const options = [
      "-h 127.0.0.1",
      `-p ${port}`,
      `-k ${dir}`,
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
      "-c max_connections=200",
    ].join(" ");
    runTool(path.join(bin, "pg_ctl"), [
      "-D",
      data,
      "-l",
      path.join(dir, "server.log"),
      "-o",
      options,
      "-w",
      "-t",
      "60",
      "start",
    ]);
  } catch (e) {
    const log = path.join(dir, "server.log");
    const tail = fs.existsSync(log) ? `\n--- server.log ---\n${fs.readFileSync(log, "utf8").slice(-3000)}` : "";
    removeDir(dir);
    fail(`${e.message}${tail}`);
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, port };
}

function removeDir(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (e) {
    console.error(`throwaway-postgres: could not remove ${dir}: ${e.message}`);
  }
}

function stop(dir) {
  const data = path.join(dir, "data");
  if (fs.existsSync(path.join(data, "postmaster.pid"))) {
    try {
      runTool(path.join(findBinDir(), "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"]);
    } catch (e) {
      console.error(`throwaway-postgres: ${e.message}`);
    }
  }
  removeDir(dir);
}

async function run(command) {
  if (command.length === 0) fail("usage: throwaway-postgres.mjs run -- <command...>");
  const server = await start();
  console.error(`throwaway-postgres: PostgreSQL on 127.0.0.1:${server.port} (${server.dir})`);
  let stopped = false;
  const cleanup = () => {
    if (stopped) return;
    stopped = true;
    stop(server.dir);
  };
  process.on("exit", cleanup);

  const child = spawn(command[0], command.slice(1), {
    stdio: "inherit",
    env: { ...process.env, TEST_DATABASE_URL: server.url },
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.on(signal, () => {
      // Let the child see the signal too, then clean up once it is gone.
      child.kill(signal);
      setTimeout(() => {
        cleanup();
        process.exit(130);
      }, 5000).unref();
    });
  }
  const code = await new Promise((resolve) => {
    child.on("error", (e) => {
      console.error(`throwaway-postgres: could not run ${command[0]}: ${e.message}`);
      resolve(127);
    });
    child.on("exit", (status, signal) => resolve(status ?? (signal ? 128 + (os.constants.signals[signal] ?? 1) : 1)));
  });
  cleanup();
  process.exit(code);
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === "start") {
  console.log(JSON.stringify(await start()));
} else if (mode === "stop") {
  if (!rest[0] || !fs.existsSync(rest[0])) fail("usage: throwaway-postgres.mjs stop <dir printed by start>");
  stop(rest[0]);
} else if (mode === "run") {
  await run(rest[0] === "--" ? rest.slice(1) : rest);
} else {
  console.error("usage: throwaway-postgres.mjs start | stop DIR | run -- <command...>");
  process.exit(2);
}
