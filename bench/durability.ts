// Nothing lost: SIGKILLs the server in the middle of a vote load, and `podium import:votes` in the
// middle of a 100,000-row file, then restarts and checks the database itself.
//   node scripts/bench.mjs durability            (needs a production build: npm run build)
//   BENCH_DB=pglite|postgres ...                  one database (default both: a fresh PGlite folder,
//                                                 then a throwaway PostgreSQL, bench/_databases.ts)
//   DURABILITY_ROWS=20000 DURABILITY_ROUNDS=2 ... smaller runs
// Vote load: the demo personas vote through the real votes route (as the ballot page does) as fast as
// the per-voter rate limit allows; each acknowledged vote is remembered; at a random moment the
// server gets SIGKILL. After a restart every acknowledged vote must be stored (or replaced by the
// voter's next write that was in flight), and every vote must belong to its ballot item.
// Import: the CLI gets SIGKILL while it writes rows: the bench follows the import's progress lines
// (`Importing FILE: 12000/100000 rows (12%)`, printed after each committed part) and kills at a
// random point past a random share of the file, so the kill lands between or inside a write. The
// rows reported written must be in the database, no row may be half-written (a voter without a
// ballot, a ballot item without its vote, or the reverse), and re-running the import must complete
// the file exactly: every (voter, proposal) pair once, with the file's score.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { printMachine, runOnBenchDatabases, type BenchDatabase } from "./_databases";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};
const NEXT = path.join(root, "node_modules/next/dist/bin/next");
const PODIUM = path.join(root, "bin/podium.mjs");
const ROWS = Number(process.env.DURABILITY_ROWS ?? 100_000);
// DURABILITY_ROUNDS=0 runs the import test alone; DURABILITY_IMPORT=0 skips it.
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 3);
const IMPORT = process.env.DURABILITY_IMPORT !== "0";
const EVENT = "summit-2027";
const PERSONAS = ["voter", "speaker", "newcomer", "chair", "security-chair", "organizer", "admin"];

const manifestFile = path.join(root, ".next/server/server-reference-manifest.json");
if (!fs.existsSync(manifestFile)) {
  console.error("durability: no production build (.next); run `npm run build` first");
  process.exit(2);
}
type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };
const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
const actionId = (name: string) =>
  Object.entries(manifest.node).find(([, v]) => v.filename === "app/vote/actions.ts" && v.exportedName === name)![0];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "podium-durability-"));
let bench: BenchDatabase; // the database of the current run (runOnBenchDatabases)
const databaseUrl = () => (bench.target.kind === "pglite" ? `pglite://${bench.target.dir}` : bench.target.url);

/** Reads the database directly (the server or CLI must be stopped first on PGlite: one process per folder). */
async function withDb<T>(fn: (q: <R>(sql: string, params?: unknown[]) => Promise<R[]>) => Promise<T>): Promise<T> {
  const target = bench.target;
  if (target.kind === "postgres") {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      return await fn(async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[]);
    } finally {
      await client.end();
    }
  }
  const db = new PGlite(target.dir);
  try {
    return await fn(async <R>(sql: string, params?: unknown[]) => (await db.query<R>(sql, params)).rows);
  } finally {
    await db.close();
  }
}
let port = 0;
const env = () => ({
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: databaseUrl(),
  DEMO_MODE: "true",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
});
const base = () => `http://127.0.0.1:${port}`;

function podium(args: string[]) {
  const r = spawnSync(process.execPath, [PODIUM, ...args], { cwd: root, env: env(), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`podium ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

async function startServer(): Promise<ChildProcess> {
  const log = fs.openSync(path.join(tmp, "server.log"), "a");
  const server = spawn(process.execPath, [NEXT, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: env(),
    stdio: ["ignore", log, log],
    detached: true,
  });
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(`${base()}/api/auth/csrf`, { signal: AbortSignal.timeout(3000) });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error("server did not start");
}

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    /* gone */
  }
  return new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.on("exit", () => resolve()),
  );
}

/** A tiny cookie jar over fetch. */
class Session {
  cookies = new Map<string, string>();
  async fetch(url: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const r = await fetch(`${base()}${url}`, { ...init, headers, redirect: "manual" });
    for (const c of r.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return r;
  }
  async signIn(persona: string) {
    const { csrfToken } = (await (await this.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ persona, csrfToken, callbackUrl: "/", json: "true" });
    await this.fetch("/api/auth/callback/demo", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token")))
      throw new Error(`sign-in ${persona} failed`);
  }
  /** The vote as the ballot item page sends it (components/vote/post-vote.ts), as a result value. */
  async vote(vote: { handle: string; score: number; revision: number | null }): Promise<Record<string, unknown>> {
    const r = await this.fetch(`/api/v1/events/${EVENT}/votes`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: base() },
      body: JSON.stringify(vote),
    });
    const body = (await r.json()) as Record<string, unknown> & { error?: { code: string } };
    return r.ok ? { ok: true, ...body } : { ok: false, code: body.error?.code };
  }
  async action(name: string, args: unknown[]): Promise<Record<string, unknown> | null> {
    const body = await encodeReply(args);
    const r = await this.fetch(`/vote/${EVENT}`, {
      method: "POST",
      headers: {
        "next-action": actionId(name),
        accept: "text/x-component",
        ...(typeof body === "string" ? { "content-type": "text/plain;charset=UTF-8" } : {}),
      },
      body: body as BodyInit,
    });
    const text = await r.text();
    for (const line of text.split("\n")) {
      const json = line.slice(line.indexOf(":") + 1);
      if (!json.startsWith("{")) continue;
      try {
        const v = JSON.parse(json) as Record<string, unknown>;
        if ("ok" in v) return v;
      } catch {
        /* not JSON */
      }
    }
    return null;
  }
}

async function handlesOf(s: Session): Promise<string[]> {
  const form = new FormData();
  form.set("eventSlug", EVENT);
  await s.action("startBallotAction", [null, form]).catch(() => null); // redirects once assigned
  const html = await (await s.fetch(`/vote/${EVENT}`)).text();
  return [...new Set([...html.matchAll(/\/vote\/summit-2027\/b\/([A-Za-z0-9_-]{16})/g)].map((m) => m[1]!))];
}

type Ack = { score: number | null; revision: number };

async function voteRound(
  round: number,
): Promise<{ responses: number; acked: number; stored: number; ok: boolean; detail: string }> {
  let server = await startServer();
  const voters = await Promise.all(
    PERSONAS.map(async (p) => {
      const s = new Session();
      await s.signIn(p);
      return { persona: p, s, handles: await handlesOf(s) };
    }),
  );
  const acks = new Map<string, Ack>(); // handle -> last acknowledged write
  const inflight = new Map<string, number | null>(); // handle -> score being written at kill time
  let stop = false;
  let responses = 0; // success responses received (a later one for the same item supersedes it)
  const killAt = 3000 + Math.floor(Math.random() * 4000);
  const loops = voters.map(async (v) => {
    const revisions = new Map<string, number | null>();
    let i = 0;
    while (!stop && v.handles.length) {
      const handle = v.handles[i++ % v.handles.length]!;
      const score = Math.floor(Math.random() * 4);
      inflight.set(handle, score);
      const r = await v.s.vote({ handle, score, revision: revisions.get(handle) ?? null }).catch(() => null);
      if (stop) break; // the answer may or may not have been sent before the kill: stays in flight
      inflight.delete(handle);
      if (r?.ok === true) {
        responses++;
        acks.set(handle, { score: r.score as number | null, revision: r.revision as number });
        revisions.set(handle, r.revision as number);
      } else if (r && r.code === "conflict") {
        revisions.delete(handle); // another writer; the next try re-reads as new
      } else if (r && r.code === "rate_limited") {
        await new Promise((res) => setTimeout(res, 1000));
      }
    }
  });
  await new Promise((r) => setTimeout(r, killAt));
  stop = true;
  await kill(server, "SIGKILL");
  await Promise.allSettled(loops);

  // Restart on the same data (recovery), then stop cleanly and read the database directly.
  server = await startServer();
  const probe = new Session();
  await probe.signIn("voter");
  const alive = (await probe.fetch(`/vote/${EVENT}`)).status === 200;
  await kill(server, "SIGTERM");

  const { rows, orphans } = await withDb(async (q) => ({
    rows: await q<{ handle: string; score: number | null; revision: number }>(
      `SELECT bi."handle", v."score", v."revision" FROM "Vote" v JOIN "BallotItem" bi ON bi."id" = v."ballotItemId"`,
    ),
    orphans: (
      await q<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Vote" v LEFT JOIN "BallotItem" bi ON bi."id" = v."ballotItemId"
         JOIN "Ballot" b ON b."id" = bi."ballotId" WHERE b."voterId" <> v."voterId" OR bi."proposalId" <> v."proposalId"`,
      )
    )[0]!.n,
  }));
  const stored = new Map(rows.map((r) => [r.handle, r]));
  let lost = 0;
  for (const [handle, ack] of acks) {
    const row = stored.get(handle);
    const okNow = row && (row.score === ack.score || (inflight.has(handle) && row.score === inflight.get(handle)));
    if (!okNow || row.revision < ack.revision) lost++;
  }
  const storedCount = acks.size - lost;
  return {
    responses,
    acked: acks.size,
    stored: storedCount,
    ok: lost === 0 && orphans === 0 && alive,
    detail: `round ${round}: killed after ${killAt} ms; ${responses} votes acknowledged on ${acks.size} items with an acknowledged vote, ${storedCount} stored as acknowledged, ${lost} lost, ${orphans} votes not matching their ballot item, server ${alive ? "recovered" : "DID NOT recover"}`,
  };
}

const BULK = `u."email" LIKE 'bulk%@import.example'`;
type ImportState = {
  votes: number;
  scoreSum: number;
  voters: number;
  /** Parts of a row without the rest: a voter without a ballot, an item without its vote, a vote without its item. */
  halfWritten: { votersWithoutBallot: number; itemsWithoutVote: number; votesWithoutItem: number };
};

async function importState(): Promise<ImportState> {
  return withDb(async (q) => {
    const n = async (sql: string) => (await q<{ n: number }>(sql))[0]!.n;
    return {
      votes: await n(`SELECT count(*)::int AS n FROM "Vote" v JOIN "User" u ON u."id" = v."voterId" WHERE ${BULK}`),
      scoreSum: await n(
        `SELECT coalesce(sum(v."score"), 0)::int AS n FROM "Vote" v JOIN "User" u ON u."id" = v."voterId" WHERE ${BULK}`,
      ),
      voters: await n(`SELECT count(*)::int AS n FROM "User" u WHERE ${BULK}`),
      halfWritten: {
        votersWithoutBallot: await n(
          `SELECT count(*)::int AS n FROM "User" u WHERE ${BULK}
           AND NOT EXISTS (SELECT 1 FROM "Ballot" b WHERE b."voterId" = u."id")`,
        ),
        itemsWithoutVote: await n(
          `SELECT count(*)::int AS n FROM "BallotItem" bi JOIN "Ballot" b ON b."id" = bi."ballotId"
           JOIN "User" u ON u."id" = b."voterId"
           LEFT JOIN "Vote" v ON v."ballotItemId" = bi."id"
           WHERE ${BULK} AND v."id" IS NULL`,
        ),
        votesWithoutItem: await n(
          `SELECT count(*)::int AS n FROM "Vote" v JOIN "User" u ON u."id" = v."voterId"
           LEFT JOIN "BallotItem" bi ON bi."id" = v."ballotItemId"
           LEFT JOIN "Ballot" b ON b."id" = bi."ballotId"
           WHERE ${BULK} AND (bi."id" IS NULL OR b."voterId" <> v."voterId" OR bi."proposalId" <> v."proposalId")`,
        ),
      },
    };
  });
}
const halfWrittenCount = (s: ImportState) =>
  s.halfWritten.votersWithoutBallot + s.halfWritten.itemsWithoutVote + s.halfWritten.votesWithoutItem;

/**
 * Runs `podium import:votes` and SIGKILLs it once its progress lines report at least `killAtRows`
 * rows written, after a further random delay of up to one progress interval (so the kill lands
 * inside a write, not only just after a report). Returns the last reported count.
 */
async function importAndKill(
  file: string,
  killAtRows: number,
): Promise<{ reported: number; reportedAt: number[]; killedAfterMs: number; exited: string }> {
  const started = Date.now();
  const child = spawn(process.execPath, [PODIUM, "import:votes", "--event", EVENT, file], {
    cwd: root,
    env: env(),
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let reported = 0;
  const reportedAt: number[] = []; // ms since start of each progress line
  let stderr = "";
  let killing = false;
  const exited = new Promise<string>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? `exit ${code}`)),
  );
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    stderr += chunk;
    for (const m of chunk.matchAll(/(\d+)\/(\d+) rows/g)) {
      reported = Number(m[1]);
      reportedAt.push(Date.now() - started);
      if (!killing && reported >= killAtRows && reported < ROWS) {
        killing = true;
        // One progress interval is the time the last reported stretch of rows took to write.
        const n = reportedAt.length;
        const interval = n >= 2 ? reportedAt[n - 1]! - reportedAt[n - 2]! : 1000;
        setTimeout(() => void kill(child, "SIGKILL"), Math.floor(Math.random() * interval));
      }
    }
  });
  const how = await exited;
  if (!killing || how !== "SIGKILL")
    throw new Error(
      `import was not killed mid-write (${how}, last progress ${reported}/${ROWS}):\n${stderr.slice(-800)}`,
    );
  return { reported, reportedAt, killedAfterMs: Date.now() - started, exited: how };
}

async function importTest(): Promise<{ ok: boolean; detail: string }> {
  const ids = (
    await withDb((q) =>
      q<{ externalId: string }>(
        `SELECT p."externalId" FROM "Proposal" p JOIN "Event" e ON e."id" = p."eventId"
         WHERE e."slug" = $1 AND p."status" = 'SUBMITTED' AND p."externalId" IS NOT NULL ORDER BY 1`,
        [EVENT],
      ),
    )
  ).map((r) => r.externalId);
  const perVoter = Math.min(20, ids.length);
  const voters = Math.ceil(ROWS / perVoter);
  const file = path.join(tmp, "votes.csv");
  const out = fs.createWriteStream(file);
  out.write("voter_email,proposal_external_id,score,voted_at\n");
  let n = 0;
  let expectedScoreSum = 0;
  for (let v = 0; v < voters && n < ROWS; v++)
    for (let j = 0; j < perVoter && n < ROWS; j++, n++) {
      out.write(`bulk${v}@import.example,${ids[(v * 7 + j) % ids.length]},${(v + j) % 4},2027-01-15T10:00:00Z\n`);
      expectedScoreSum += (v + j) % 4;
    }
  await new Promise<void>((r) => out.end(r));

  // Somewhere between 20% and 70% of the file.
  const killAtRows = Math.floor(ROWS * (0.2 + Math.random() * 0.5));
  const killed = await importAndKill(file, killAtRows);
  const afterKill = await importState();
  const halfAfterKill = halfWrittenCount(afterKill);
  console.log(
    `  import killed after ${(killed.killedAfterMs / 1000).toFixed(1)} s (aimed past ${killAtRows.toLocaleString("en")} rows): last progress line ${killed.reported.toLocaleString("en")} rows written, database ${afterKill.votes.toLocaleString("en")} votes, ${halfAfterKill} half-written rows ${JSON.stringify(afterKill.halfWritten)}; re-running to completion...`,
  );
  const t1 = Date.now();
  const rerun = spawnSync(process.execPath, [PODIUM, "import:votes", "--event", EVENT, file], {
    cwd: root,
    env: env(),
    encoding: "utf8",
  });
  const rerunSeconds = (Date.now() - t1) / 1000;
  const afterRerun = await importState();
  const halfAfterRerun = halfWrittenCount(afterRerun);
  const checks = {
    "the kill landed mid-import": afterKill.votes > 0 && afterKill.votes < ROWS,
    "every reported row is stored": afterKill.votes >= killed.reported,
    "no half-written row after the kill": halfAfterKill === 0,
    "re-run exits 0": rerun.status === 0,
    "re-run: exactly the file's rows": afterRerun.votes === ROWS && afterRerun.voters === voters,
    "re-run: the file's scores": afterRerun.scoreSum === expectedScoreSum,
    "no half-written row after the re-run": halfAfterRerun === 0,
  };
  const failedChecks = Object.entries(checks)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  return {
    ok: failedChecks.length === 0,
    detail: `import of ${ROWS.toLocaleString("en")} rows SIGKILLed mid-write: ${killed.reported.toLocaleString("en")} rows reported written, ${afterKill.votes.toLocaleString("en")} in the database, ${halfAfterKill} half-written; re-run (exit ${rerun.status}, ${rerunSeconds.toFixed(0)} s): ${afterRerun.votes.toLocaleString("en")} of ${ROWS.toLocaleString("en")} votes, ${afterRerun.voters.toLocaleString("en")} of ${voters.toLocaleString("en")} voters, score sum ${afterRerun.scoreSum} (file ${expectedScoreSum}), ${halfAfterRerun} half-written${failedChecks.length ? `; FAILED: ${failedChecks.join(", ")}` : ""}${rerun.status === 0 ? "" : `\n${rerun.stderr.slice(-500)}`}`,
  };
}

/** Every kill test on one database; true when all passed. */
async function runOn(db: BenchDatabase): Promise<boolean> {
  bench = db;
  port = await freePort();
  console.log(`${db.label}:`);
  podium(["db:migrate"]);
  podium(["seed", "--demo"]);
  let passed = 0;
  let acked = 0;
  let stored = 0;
  let responses = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const r = await voteRound(round);
    console.log(`  ${r.ok ? "PASS" : "FAIL"} vote load: ${r.detail}`);
    acked += r.acked;
    responses += r.responses;
    stored += r.stored;
    if (r.ok) passed++;
  }
  if (IMPORT) {
    const imp = await importTest();
    console.log(`  ${imp.ok ? "PASS" : "FAIL"} ${imp.detail}`);
    if (imp.ok) passed++;
  }
  const tests = ROUNDS + (IMPORT ? 1 : 0);
  console.log(
    `  kill tests passed on ${db.label}: ${passed} of ${tests}; ${responses} success responses; items whose last acknowledged vote must survive: ${acked}, stored: ${stored}`,
  );
  return passed === tests;
}

async function main() {
  printMachine();
  console.log(`durability: server log and files in ${tmp} (timings are indicative)`);
  let ok = false;
  try {
    ok = await runOnBenchDatabases("podium-durability", runOn);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
