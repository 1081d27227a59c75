// Nothing lost: SIGKILLs the server in the middle of a vote load, and `podium import:votes` in the
// middle of a 100,000-row file, then restarts and checks the database itself.
//   node scripts/bench.mjs durability            (needs a production build: npm run build)
//   DURABILITY_ROWS=20000 DURABILITY_ROUNDS=2 ... smaller runs
// Vote load: the demo personas vote through the real server action (castVoteAction) as fast as
// the per-voter rate limit allows; each acknowledged vote is remembered; at a random moment the
// server gets SIGKILL. After a restart every acknowledged vote must be stored (or replaced by the
// voter's next write that was in flight), and every vote must belong to its ballot item.
// Import: the CLI gets SIGKILL mid-file; no row may be half-written (a vote without its ballot
// item or the reverse), and re-running the import must complete the file exactly.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { PGlite } from "@electric-sql/pglite";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-webpack/client.node.js") as {
  encodeReply: (v: unknown) => Promise<string | FormData>;
};
const NEXT = path.join(root, "node_modules/next/dist/bin/next");
const PODIUM = path.join(root, "bin/podium.mjs");
const ROWS = Number(process.env.DURABILITY_ROWS ?? 100_000);
const ROUNDS = Number(process.env.DURABILITY_ROUNDS ?? 3);
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
const dataDir = path.join(tmp, "pglite");
let port = 0;
const env = () => ({
  ...process.env,
  NODE_ENV: "production" as const,
  DATABASE_URL: `pglite://${dataDir}`,
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
      const r = await v.s
        .action("castVoteAction", [{ eventSlug: EVENT, handle, score, revision: revisions.get(handle) ?? null }])
        .catch(() => null);
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

  const pg = new PGlite(dataDir);
  const rows = (
    await pg.query<{ handle: string; score: number | null; revision: number }>(
      `SELECT bi."handle", v."score", v."revision" FROM "Vote" v JOIN "BallotItem" bi ON bi."id" = v."ballotItemId"`,
    )
  ).rows;
  const orphans = (
    await pg.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Vote" v LEFT JOIN "BallotItem" bi ON bi."id" = v."ballotItemId"
       JOIN "Ballot" b ON b."id" = bi."ballotId" WHERE b."voterId" <> v."voterId" OR bi."proposalId" <> v."proposalId"`,
    )
  ).rows[0]!.n;
  await pg.close();
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

async function importTest(): Promise<{ ok: boolean; detail: string }> {
  const pg = new PGlite(dataDir);
  const ids = (
    await pg.query<{ externalId: string }>(
      `SELECT p."externalId" FROM "Proposal" p JOIN "Event" e ON e."id" = p."eventId"
       WHERE e."slug" = $1 AND p."status" = 'SUBMITTED' AND p."externalId" IS NOT NULL ORDER BY 1`,
      [EVENT],
    )
  ).rows.map((r) => r.externalId);
  await pg.close();
  const perVoter = Math.min(20, ids.length);
  const voters = Math.ceil(ROWS / perVoter);
  const file = path.join(tmp, "votes.csv");
  const out = fs.createWriteStream(file);
  out.write("voter_email,proposal_external_id,score,voted_at\n");
  let n = 0;
  for (let v = 0; v < voters && n < ROWS; v++)
    for (let j = 0; j < perVoter && n < ROWS; j++, n++)
      out.write(`bulk${v}@import.example,${ids[(v * 7 + j) % ids.length]},${(v + j) % 4},2027-01-15T10:00:00Z\n`);
  await new Promise<void>((r) => out.end(r));

  const started = Date.now();
  const child = spawn(process.execPath, [PODIUM, "import:votes", "--event", EVENT, file], {
    cwd: root,
    env: env(),
    stdio: "ignore",
    detached: true,
  });
  const killAfter = Number(process.env.DURABILITY_IMPORT_KILL_MS ?? 20_000);
  await new Promise((r) => setTimeout(r, killAfter));
  await kill(child, "SIGKILL");

  const check = async () => {
    const db = new PGlite(dataDir);
    const q = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]!.n;
    const votes = await q(
      `SELECT count(*)::int AS n FROM "Vote" v JOIN "User" u ON u."id" = v."voterId" WHERE u."email" LIKE 'bulk%@import.example'`,
    );
    const items = await q(
      `SELECT count(*)::int AS n FROM "BallotItem" bi JOIN "Ballot" b ON b."id" = bi."ballotId" JOIN "User" u ON u."id" = b."voterId" WHERE u."email" LIKE 'bulk%@import.example'`,
    );
    const unmatched = await q(
      `SELECT count(*)::int AS n FROM "BallotItem" bi JOIN "Ballot" b ON b."id" = bi."ballotId" JOIN "User" u ON u."id" = b."voterId"
       LEFT JOIN "Vote" v ON v."voterId" = b."voterId" AND v."proposalId" = bi."proposalId"
       WHERE u."email" LIKE 'bulk%@import.example' AND v."id" IS NULL`,
    );
    await db.close();
    return { votes, items, unmatched };
  };
  const afterKill = await check();
  console.log(
    `  import killed after ${killAfter / 1000} s: ${afterKill.votes.toLocaleString("en")} votes in, ${afterKill.unmatched} half-written rows; re-running to completion...`,
  );
  const t1 = Date.now();
  const rerun = spawnSync(process.execPath, [PODIUM, "import:votes", "--event", EVENT, file], {
    cwd: root,
    env: env(),
    encoding: "utf8",
  });
  const rerunSeconds = (Date.now() - t1) / 1000;
  const afterRerun = await check();
  const ok = afterKill.unmatched === 0 && afterRerun.unmatched === 0 && afterRerun.votes === ROWS && rerun.status === 0;
  return {
    ok,
    detail: `import of ${ROWS.toLocaleString("en")} rows killed after ${((Date.now() - started - rerunSeconds * 1000) / 1000).toFixed(0)} s: ${afterKill.votes.toLocaleString("en")} votes in, ${afterKill.unmatched} half-written rows (ballot item without vote); re-run (exit ${rerun.status}, ${rerunSeconds.toFixed(0)} s): ${afterRerun.votes.toLocaleString("en")} of ${ROWS.toLocaleString("en")} votes, ${afterRerun.unmatched} half-written${rerun.status === 0 ? "" : `\n${rerun.stderr.slice(-500)}`}`,
  };
}

async function main() {
  port = await freePort();
  console.log(`durability: data in ${tmp} (the machine may be shared; timings are indicative)`);
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
  const imp = await importTest();
  console.log(`  ${imp.ok ? "PASS" : "FAIL"} ${imp.detail}`);
  if (imp.ok) passed++;
  console.log(
    `kill tests passed: ${passed} of ${ROUNDS + 1}; ${responses} success responses; items whose last acknowledged vote must survive: ${acked}, stored: ${stored}`,
  );
  fs.rmSync(tmp, { recursive: true, force: true });
  process.exit(passed === ROUNDS + 1 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
