// `npm run bench http`: Podium's hot HTTP paths against a bare baseline in the same server.
//
// For each database (a throwaway PostgreSQL 15 cluster, then PGlite): migrate, seed one event in
// VOTING with signed-in voters and their ballots (bench/_http-seed.ts), start the production build
// (`next start`, PODIUM_BENCH_ROUTES=true enables /api/bench/baseline), then autocannon:
//   - vote (POST /api/v1/events/:slug/votes, as the ballot item page sends it) vs the bare write, at 50 and
//     200 connections; a replayed vote (the same first vote sent again) vs a first vote;
//   - ballot page and item page vs the bare read, at 50 connections;
//   - PostgreSQL only: two `next start` instances (connections split round-robin) vs one, and the
//     shared-state checks (one ballot for two concurrent starts on different instances, one rate
//     limit across instances).
// Rounds alternate the order of the paths; the table shows medians. Afterwards every vote the
// server acknowledged is looked up in the database. The machine is shared: compare ratios within
// one run, not absolute figures across runs.
//
// Settings (environment): BENCH_DB=postgres,pglite  BENCH_ROUNDS=3  BENCH_DURATION=8 (s per round)
//   BENCH_VOTERS=4000  BENCH_PROPOSALS=600  BENCH_SKIP_BUILD=1 (reuse .next)  BENCH_CONNECTIONS=50,200
//   BENCH_CPU_PROF=<dir> (CPU profiles of the server)  BENCH_SECTIONS=votes,replays,pages,two
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { closeDb, db, useDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import type { DatabaseTarget } from "../lib/db/target";
import { CANDIDATES_SQL } from "../lib/ballot/candidates";
import { BALLOT_SQL, ITEM_SQL } from "../lib/ballot/voter-view";
import { VOTE_SQL } from "../lib/votes/cast-vote";
import { runLoad, summarize, type Req, type RequestSource, type RoundResult } from "./_http-load";
import { BENCH_SLUG, seedBench, type BenchVoter } from "./_http-seed";

const root = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SECRET = "bench-secret-0123456789abcdef0123456789";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const VOTERS = Number(process.env.BENCH_VOTERS ?? 4000);
const PROPOSALS = Number(process.env.BENCH_PROPOSALS ?? 600);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "50,200").split(",").map(Number);
const DBS = (process.env.BENCH_DB ?? "postgres,pglite").split(",");
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? "votes,replays,pages,two").split(","));

const log = (line: string) => console.log(`[http] ${line}`);
const cleanups: (() => void)[] = [];
process.on("exit", () => cleanups.splice(0).forEach((f) => f()));
for (const s of ["SIGINT", "SIGTERM"] as const) process.on(s, () => process.exit(130));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function startPostgres(): { url: string; dir: string; pid: number } {
  const r = spawnSync(process.execPath, [path.join(root, "scripts", "throwaway-postgres.mjs"), "start"], {
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`throwaway-postgres failed: ${r.stderr}`);
  const info = JSON.parse(r.stdout) as { url: string; dir: string };
  cleanups.push(() =>
    spawnSync(process.execPath, [path.join(root, "scripts", "throwaway-postgres.mjs"), "stop", info.dir]),
  );
  const pid = Number(fs.readFileSync(path.join(info.dir, "data", "postmaster.pid"), "utf8").split("\n")[0]);
  return { ...info, pid };
}

type Server = { base: string; pid: number; child: ChildProcess; stop: () => Promise<void> };

async function startServer(databaseUrl: string, logFile: string): Promise<Server> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = fs.openSync(logFile, "a");
  // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server, written when it stops.
  const prof = process.env.BENCH_CPU_PROF
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROF)}`]
    : [];
  const child = spawn(process.execPath, [...prof, NEXT, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: SECRET,
      PODIUM_BENCH_ROUTES: "true",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  const kill = (sig: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      /* gone */
    }
  };
  cleanups.push(() => kill("SIGKILL"));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${fs.readFileSync(logFile, "utf8").slice(-2000)}`);
    try {
      const r = await fetch(`${base}/api/bench/baseline?handle=x`, { signal: AbortSignal.timeout(5000) });
      if (r.status === 200) break;
      throw new Error(`baseline route answered ${r.status}`);
    } catch (e) {
      if (String(e).includes("answered")) throw e;
      if (Date.now() > deadline) throw new Error("next start did not answer in 120 s");
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return {
    base,
    pid: child.pid!,
    child,
    stop: async () => {
      kill("SIGTERM");
      const until = Date.now() + 10_000;
      while (child.exitCode === null && child.signalCode === null && Date.now() < until)
        await new Promise((r) => setTimeout(r, 100));
      kill("SIGKILL");
    },
  };
}

function actionIdOf(name: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const hit = Object.entries(manifest.node).find(
    ([, v]) => v.exportedName === name && v.filename === "app/vote/actions.ts",
  );
  if (!hit) throw new Error(`${name} not found in the server reference manifest`);
  return hit[0];
}

/** What the ballot item page sends for a vote (components/vote/post-vote.ts). */
function voteRequest(
  base: string,
  voter: BenchVoter,
  handle: string,
  score: number | null,
  revision: number | null,
): Req {
  return {
    method: "POST",
    path: `/api/v1/events/${BENCH_SLUG}/votes`,
    headers: { "content-type": "application/json", origin: base, cookie: voter.cookie },
    body: JSON.stringify({ handle, score, revision }),
  };
}

/** A vote's answer: 200 {score, revision}. */
const voteAccepted = (status: number, body: string) => status === 200 && body.startsWith('{"score":');

type Ack = { voterId: string; handle: string; score: number | null };

function fmt(n: number, digits = 0) {
  return Number.isFinite(n) ? n.toFixed(digits) : "-";
}

function row(cells: string[]) {
  return `| ${cells.join(" | ")} |`;
}

type Line = { path: string; podium: RoundResult; base: RoundResult; baseName: string };

function table(title: string, lines: Line[]): string {
  const out = [
    `\n${title}`,
    row(["path", "Podium", "bare baseline", "ratio", "p99 ratio", "server CPU/req", "db CPU/req", "errors"]),
    row(["---", "---", "---", "---", "---", "---", "---", "---"]),
  ];
  for (const l of lines) {
    out.push(
      row([
        l.path,
        `${fmt(l.podium.rps)} req/s, p99 ${fmt(l.podium.p99)} ms`,
        `${fmt(l.base.rps)} req/s, p99 ${fmt(l.base.p99)} ms (${l.baseName})`,
        `${fmt(l.podium.rps / l.base.rps, 2)}x`,
        `${fmt(l.podium.p99 / l.base.p99, 1)}x`,
        `${fmt(l.podium.cpuMsPerReq, 1)} ms (bare ${fmt(l.base.cpuMsPerReq, 1)})`,
        `${fmt(l.podium.dbCpuMsPerReq, 2)} ms`,
        `${l.podium.errors + l.podium.bad} of ${l.podium.requests}`,
      ]),
    );
  }
  return out.join("\n");
}

async function sessionsOpened(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query<{ sessions: string }>(
    `SELECT sessions FROM pg_stat_database WHERE datname = current_database()`,
  );
  await c.end();
  return Number(r.rows[0]?.sessions ?? 0);
}

async function benchDatabase(kind: "postgres" | "pglite") {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `podium-bench-http-${kind}-`));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const pgServer = kind === "postgres" ? startPostgres() : null;
  const databaseUrl = pgServer ? pgServer.url : `pglite://${path.join(tmp, "pglite")}`;
  const target: DatabaseTarget = pgServer
    ? { kind: "postgres", url: pgServer.url }
    : { kind: "pglite", dir: path.join(tmp, "pglite") };
  log(`${kind}: migrate and seed (${PROPOSALS} proposals, ${VOTERS} voters)`);
  await migrateDatabase(target);
  await useDatabase(target);
  const seeded = await seedBench({ proposals: PROPOSALS, voters: VOTERS, ballotSize: 30, secret: SECRET, log });
  const explained =
    pgServer && process.env.BENCH_EXPLAIN !== "0" ? await explainHot(seeded.eventId, seeded.voters[0]) : "";
  // Voters without a ballot for the two-instance checks (only on PostgreSQL).
  const fresh = seeded.voters.slice(-40);
  const loaders = seeded.voters.slice(0, -40);
  if (kind === "pglite") await closeDb(); // the server owns the PGlite folder from now on

  const server = await startServer(databaseUrl, path.join(tmp, "server.log"));
  log(`${kind}: server up at ${server.base}`);

  // Fresh (voter, item) pairs, round-robin over voters so no voter nears the rate limit.
  const pairs: { voter: BenchVoter; handle: string }[] = [];
  const perVoter = Math.max(...loaders.map((v) => v.handles.length));
  for (let k = 0; k < perVoter; k++)
    for (const v of loaders) if (v.handles[k]) pairs.push({ voter: v, handle: v.handles[k] });
  let nextPair = 0;
  const acks: Ack[] = [];
  const firstVotes = (): RequestSource => ({
    next: () => {
      const p = pairs[nextPair++ % pairs.length];
      if (nextPair > pairs.length) throw new Error("bench ran out of fresh ballot items: raise BENCH_VOTERS or lower BENCH_DURATION");
      const score = (nextPair * 7) % 4;
      return {
        ...voteRequest(server.base, p.voter, p.handle, score, null),
        voter: p.voter,
        handle: p.handle,
        score,
      } as Req;
    },
    check: (req, status, body) => {
      const r = req as Req & { voter: BenchVoter; handle: string; score: number };
      if (voteAccepted(status, body)) {
        acks.push({ voterId: r.voter.id, handle: r.handle, score: r.score });
        return true;
      }
      return false;
    },
  });
  const voterById = new Map(loaders.map((v) => [v.id, v]));
  let nextReplay = 0;
  const replays = (): RequestSource => ({
    next: () => {
      const a = acks[nextReplay++ % acks.length];
      const voter = voterById.get(a.voterId)!;
      return voteRequest(server.base, voter, a.handle, a.score, null);
    },
    // A replayed first vote is refused as a conflict (it names no revision), never stored twice.
    check: (_req, status, body) => status === 409 && body.includes('"code":"conflict"'),
  });
  const bareWrite: RequestSource = { next: () => ({ method: "POST", path: "/api/bench/baseline" }) };
  let nextRead = 0;
  const bareRead: RequestSource = {
    next: () => {
      const v = loaders[nextRead++ % loaders.length];
      return { method: "GET", path: `/api/bench/baseline?handle=${v.handles[nextRead % v.handles.length]}` };
    },
    check: (_r, status, body) => status === 200 && body.includes('"found":true'),
  };
  let nextPage = 0;
  const ballotPage: RequestSource = {
    next: () => {
      const v = loaders[nextPage++ % loaders.length];
      return { method: "GET", path: `/vote/${BENCH_SLUG}`, headers: { cookie: v.cookie } };
    },
    check: (_r, status, body) => status === 200 && body.includes('data-testid="ballot-items"'),
  };
  const itemPage: RequestSource = {
    next: () => {
      const v = loaders[nextPage++ % loaders.length];
      const h = v.handles[nextPage % v.handles.length];
      return { method: "GET", path: `/vote/${BENCH_SLUG}/b/${h}`, headers: { cookie: v.cookie } };
    },
    check: (_r, status, body) => status === 200 && body.includes("What you will learn"),
  };

  const load = (source: RequestSource, connections: number, bases = [server.base], pids = [server.pid]) =>
    runLoad({ bases, connections, duration: DURATION, source, serverPids: pids, dbPid: pgServer?.pid });

  // Warm up every path (JIT, connection pool, page compilation caches).
  const warm = [
    ...(SECTIONS.has("votes") || SECTIONS.has("replays") || SECTIONS.has("two") ? [bareWrite, firstVotes()] : []),
    ...(SECTIONS.has("pages") ? [bareRead, ballotPage, itemPage] : []),
  ];
  for (const s of warm)
    await runLoad({
      bases: [server.base],
      connections: 20,
      duration: 3,
      source: s,
      serverPids: [server.pid],
    });
  // Votes acknowledged during the warm-up are kept in `acks`: checked in the database like all others.

  const sizes = async () => {
    const v = loaders[0];
    const b = await (await fetch(`${server.base}/vote/${BENCH_SLUG}`, { headers: { cookie: v.cookie } })).text();
    const i = await (
      await fetch(`${server.base}/vote/${BENCH_SLUG}/b/${v.handles[3]}`, { headers: { cookie: v.cookie } })
    ).text();
    return { ballot: b.length, item: i.length };
  };
  const pageSizes = await sizes();

  const voteLines: Line[] = [];
  for (const c of SECTIONS.has("votes") ? CONNECTIONS : []) {
    const podium: RoundResult[] = [];
    const base: RoundResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = r % 2 === 0 ? ["base", "podium"] : ["podium", "base"];
      for (const which of order) {
        if (which === "base") base.push(await load(bareWrite, c));
        else podium.push(await load(firstVotes(), c));
      }
      log(`${kind}: vote @${c} round ${r + 1}: ${fmt(podium.at(-1)!.rps)} vs bare ${fmt(base.at(-1)!.rps)} req/s`);
    }
    voteLines.push({
      path: `cast a vote, ${c} connections`,
      podium: summarize(podium),
      base: summarize(base),
      baseName: "bare write",
    });
  }

  // Replays: the same first vote sent again, against first votes, in alternating rounds.
  const replayLines: Line[] = [];
  if (SECTIONS.has("replays")) {
    const c = CONNECTIONS[0];
    const first: RoundResult[] = [];
    const again: RoundResult[] = [];
    const sessions0 = pgServer ? await sessionsOpened(pgServer.url) : 0;
    let replaySessions = 0;
    for (let r = 0; r < ROUNDS; r++) {
      first.push(await load(firstVotes(), c));
      const s0 = pgServer ? await sessionsOpened(pgServer.url) : 0;
      again.push(await load(replays(), c));
      if (pgServer) replaySessions += (await sessionsOpened(pgServer.url)) - s0;
    }
    const total = pgServer ? (await sessionsOpened(pgServer.url)) - sessions0 : 0;
    replayLines.push({
      path: `replayed vote (refused as conflict), ${c} conn.`,
      podium: summarize(again),
      base: summarize(first),
      baseName: "first vote",
    });
    if (pgServer)
      log(
        `${kind}: PostgreSQL sessions opened during ${summarize(again).requests} replayed votes: ${replaySessions} (whole replay section: ${total})`,
      );
  }

  const pageLines: Line[] = [];
  if (SECTIONS.has("pages")) {
    const c = CONNECTIONS[0];
    const read: RoundResult[] = [];
    const ballot: RoundResult[] = [];
    const item: RoundResult[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const order = [
        () => load(bareRead, c).then((x) => read.push(x)),
        () => load(ballotPage, c).then((x) => ballot.push(x)),
        () => load(itemPage, c).then((x) => item.push(x)),
      ];
      for (let k = 0; k < order.length; k++) await order[(k + r) % order.length]();
    }
    pageLines.push({
      path: `ballot page (${fmt(pageSizes.ballot / 1024)} kB HTML), ${c} conn.`,
      podium: summarize(ballot),
      base: summarize(read),
      baseName: "bare read",
    });
    pageLines.push({
      path: `item page (${fmt(pageSizes.item / 1024)} kB HTML), ${c} conn.`,
      podium: summarize(item),
      base: summarize(read),
      baseName: "bare read",
    });
  }

  const twoLines: Line[] = [];
  const checks: string[] = [];
  if (pgServer && SECTIONS.has("two")) {
    const second = await startServer(databaseUrl, path.join(tmp, "server2.log"));
    for (const c of CONNECTIONS) {
      const one: RoundResult[] = [];
      const two: RoundResult[] = [];
      for (let r = 0; r < ROUNDS; r++) {
        const runOne = async () => one.push(await load(firstVotes(), c, [server.base], [server.pid, second.pid]));
        const runTwo = async () =>
          two.push(await load(firstVotes(), c, [server.base, second.base], [server.pid, second.pid]));
        if (r % 2 === 0) {
          await runOne();
          await runTwo();
        } else {
          await runTwo();
          await runOne();
        }
      }
      twoLines.push({
        path: `cast a vote, ${c} conn., two instances`,
        podium: summarize(two),
        base: summarize(one),
        baseName: "one instance",
      });
    }
    checks.push(...(await twoInstanceChecks(server.base, second.base, fresh)));
    await second.stop();
  }
  await server.stop();

  // Every acknowledged vote must be stored with the acknowledged score.
  if (kind === "pglite") await useDatabase(target);
  const all = acks;
  const stored = await db.vote.findMany({
    where: { eventId: seeded.eventId },
    select: { voterId: true, score: true, ballotItem: { select: { handle: true } } },
  });
  const byKey = new Map(stored.map((v) => [`${v.voterId}/${v.ballotItem?.handle}`, v.score]));
  const lost = all.filter(
    (a) => !byKey.has(`${a.voterId}/${a.handle}`) || byKey.get(`${a.voterId}/${a.handle}`) !== a.score,
  );
  await closeDb();

  console.log(`\n## ${kind === "postgres" ? "PostgreSQL 15 (throwaway cluster)" : "PGlite (embedded)"}`);
  console.log(
    `ballot assignment while seeding: ${VOTERS} ballots in ${seeded.assignSeconds.toFixed(1)} s (${fmt(VOTERS / seeded.assignSeconds)} ballots/s, 4 concurrent)`,
  );
  console.log(table("Votes (the votes route, as the ballot page sends them) vs one bare Prisma write", voteLines));
  console.log(table("Replays vs first votes", replayLines));
  console.log(table("Pages vs one bare indexed read", pageLines));
  if (twoLines.length) console.log(table("Two instances vs one (same run)", twoLines));
  for (const c of checks) console.log(c);
  if (explained) console.log(explained);
  console.log(
    `acknowledged votes checked in the database: ${all.length}, missing or different: ${lost.length}${lost.length ? ` (first: ${JSON.stringify(lost[0])})` : ""}`,
  );
  return lost.length === 0;
}

/** EXPLAIN of the hot statements, on the seeded data (plans only: nothing is executed). */
async function explainHot(eventId: string, voter: BenchVoter): Promise<string> {
  await db.$executeRawUnsafe("ANALYZE");
  const plan = async (title: string, sql: string, ...params: unknown[]) => {
    const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`, ...params);
    return `\n-- ${title}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`;
  };
  const now = new Date();
  const out = [
    await plan(
      "vote (cast-vote.ts VOTE_SQL)",
      VOTE_SQL,
      BENCH_SLUG,
      voter.handles[0],
      voter.id,
      2,
      null,
      now,
      null,
      `vote:${voter.id}`,
      now,
      60,
      "explain-only",
    ),
    await plan("item page: the item (voter-view.ts ITEM_SQL)", ITEM_SQL, voter.handles[0], voter.id, BENCH_SLUG),
    await plan("ballot page: event and items (voter-view.ts BALLOT_SQL)", BALLOT_SQL, BENCH_SLUG, voter.id),
    await plan(
      "ballot assignment: candidates (candidates.ts CANDIDATES_SQL)",
      CANDIDATES_SQL,
      null,
      null,
      eventId,
      voter.id,
      [],
      [],
      30,
    ),
  ];
  return `\nEXPLAIN of the hot statements (PostgreSQL, ${VOTERS} voters, ${PROPOSALS} proposals):${out.join("\n")}`;
}

/**
 * Posts a useActionState form action the way React's encodeReply does: args [prevState, FormData],
 * the form's fields first (prefixed "_1_") and the root "0" last (the server decodes as it streams).
 */
async function postFormAction(base: string, actionId: string, cookie: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(`_1_${k}`, v);
  body.set("0", JSON.stringify([null, "$K1"]));
  const r = await fetch(`${base}/vote/${BENCH_SLUG}`, {
    method: "POST",
    headers: { "next-action": actionId, cookie, accept: "text/x-component", origin: base },
    body,
    redirect: "manual",
  });
  const text = await r.text();
  return r.headers.get("x-action-redirect") ?? `status ${r.status}: ${text.slice(0, 200)}`;
}

async function postVote(base: string, voter: BenchVoter, handle: string, score: number, revision: number | null) {
  const req = voteRequest(base, voter, handle, score, revision);
  const r = await fetch(`${base}${req.path}`, { method: "POST", headers: req.headers, body: req.body });
  return { status: r.status, text: await r.text() };
}

/** Shared state across two instances: one ballot per voter, one rate limit per voter. */
async function twoInstanceChecks(a: string, b: string, voters: BenchVoter[]): Promise<string[]> {
  const startId = actionIdOf("startBallotAction");
  const out: string[] = [];
  // Two concurrent "start voting" for the same voter, one on each instance.
  const starters = voters.slice(0, 20);
  const redirects = await Promise.all(
    starters.map((v) =>
      Promise.all([a, b].map((base) => postFormAction(base, startId, v.cookie, { eventSlug: BENCH_SLUG }))),
    ),
  );
  const same = redirects.filter(([x, y]) => x === y && x.includes("/b/")).length;
  const ballots = await db.ballot.groupBy({
    by: ["voterId"],
    where: { voterId: { in: starters.map((v) => v.id) } },
    _count: { _all: true },
  });
  out.push(
    `two instances, "start voting" for the same voter on both at once: ${same} of ${starters.length} voters were sent to the same first item by both, ` +
      `${ballots.filter((x) => x._count._all === 1).length} of ${starters.length} have exactly one ballot (example answer: ${redirects[0][0]})`,
  );
  // One voter, votes alternating between the instances: the shared limit (60 a minute) lets exactly 60 through.
  const v = starters[0];
  const handles = (
    await db.ballotItem.findMany({
      where: { ballot: { voterId: v.id } },
      orderBy: { position: "asc" },
      select: { handle: true },
    })
  ).map((i) => i.handle);
  const msIntoMinute = Date.now() % 60_000;
  if (msIntoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_500 - msIntoMinute));
  let accepted = 0;
  let limited = 0;
  let n = 0;
  const plan: [string, number | null][] = [
    ...handles.map((h): [string, number | null] => [h, null]),
    ...handles.map((h): [string, number | null] => [h, 1]),
    ...handles.slice(0, 10).map((h): [string, number | null] => [h, 2]),
  ];
  for (const [h, revision] of plan) {
    const { status, text } = await postVote(n++ % 2 ? b : a, v, h, 1 + (n % 2), revision);
    if (voteAccepted(status, text)) accepted++;
    else if (text.includes('"code":"rate_limited"')) limited++;
  }
  out.push(
    `two instances, one voter sending ${plan.length} votes alternately to each: ${accepted} accepted, ${limited} refused by the shared rate limit (limit 60 a minute)`,
  );
  return out;
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD === "1" && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("build: reusing .next (BENCH_SKIP_BUILD=1)");
  } else {
    log("build: next build");
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "podium-bench-build-"));
    const r = spawnSync(process.execPath, [NEXT, "build"], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: `pglite://${tmp}/pglite`,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    });
    fs.rmSync(tmp, { recursive: true, force: true });
    if (r.status !== 0) throw new Error("next build failed");
  }
  console.log(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}; shared with other work, so compare ratios within this run`,
  );
  let ok = true;
  for (const kind of DBS) ok = (await benchDatabase(kind as "postgres" | "pglite")) && ok;
  process.exitCode = ok ? 0 : 1;
}

await main();
process.exit();
