// Two app instances, one PostgreSQL (issue 14): two `next start` processes of the same production
// build share a throwaway PostgreSQL 15 and must share all state, because nothing correctness-
// relevant may live in one process's memory: a session cookie from instance A works on B and
// "sign out everywhere" on A ends it on B; the vote rate limit counts requests to both; votes sent
// to either are stored; two concurrent "start voting" requests for one voter, one per instance,
// give one ballot and send both to the same first item. Server actions are called the way the
// browser calls them (Next-Action header with the action id from the build's manifest).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type BrowserContext } from "@playwright/test";
import pg from "pg";
import { findPersona } from "../lib/demo/personas";
import { signInAs } from "./support";
import { prepareOwnServer, type OwnServer } from "./support/own-server";

const root = process.cwd();
const THROWAWAY = path.join(root, "scripts", "throwaway-postgres.mjs");
const EVENT = "summit-2027";
const SESSION_COOKIE = "next-auth.session-token";

test.describe.configure({ mode: "serial" });

let postgres: { url: string; dir: string } | undefined;
let a: OwnServer;
let b: OwnServer;
let sql: pg.Client;

function actionId(name: string, file: string): string {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const hit = Object.entries(manifest.node).find(([, v]) => v.exportedName === name && v.filename === file);
  if (!hit) throw new Error(`${name} (${file}) is not in the build's server reference manifest`);
  return hit[0];
}

/** Signs a fresh context in as `persona` on instance A and returns the session cookie ("name=value"). */
async function sessionCookie(context: BrowserContext, persona: string): Promise<string> {
  const page = await context.newPage();
  await signInAs(page, persona as Parameters<typeof signInAs>[1]);
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie after signing in as ${persona}`);
  await page.close();
  return `${cookie.name}=${cookie.value}`;
}

/** startBallotAction as the "Start voting" form posts it; answers the redirect target. */
async function startVoting(base: string, id: string, cookie: string): Promise<string> {
  const body = new FormData();
  body.set("_1_eventSlug", EVENT);
  body.set("0", JSON.stringify([null, "$K1"]));
  const r = await fetch(`${base}/vote/${EVENT}`, {
    method: "POST",
    headers: { "next-action": id, cookie, accept: "text/x-component", origin: base },
    body,
    redirect: "manual",
  });
  const text = await r.text();
  // The header is "<path>;push" (the navigation the client would make).
  const target = r.headers.get("x-action-redirect");
  return target ? target.split(";")[0] : `status ${r.status}: ${text.slice(0, 300)}`;
}

/** The vote as the ballot item page sends it (components/vote/post-vote.ts). */
async function castVote(base: string, cookie: string, handle: string, score: number, revision: number | null) {
  const r = await fetch(`${base}/api/v1/events/${EVENT}/votes`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ handle, score, revision }),
  });
  return r.text();
}

async function userId(email: string): Promise<string> {
  const r = await sql.query<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = $1`, [email]);
  expect(r.rows, `no user ${email} in the seeded database`).toHaveLength(1);
  return r.rows[0].id;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const started = spawnSync(process.execPath, [THROWAWAY, "start"], { encoding: "utf8" });
  if (started.status !== 0) throw new Error(`throwaway PostgreSQL did not start: ${started.stderr}`);
  postgres = JSON.parse(started.stdout) as { url: string; dir: string };
  const env = { DATABASE_URL: postgres.url, DEMO_MODE: "true" };
  a = await prepareOwnServer(env);
  b = await prepareOwnServer(env);
  for (const args of [["db:migrate"], ["seed", "--demo"]]) {
    const r = a.podium(...args);
    if (r.code !== 0) throw new Error(`podium ${args.join(" ")} failed: ${r.stderr}`);
  }
  await Promise.all([a.start(), b.start()]);
  sql = new pg.Client({ connectionString: postgres.url });
  await sql.connect();
});

test.afterAll(async () => {
  await sql?.end();
  await Promise.all([a?.stop(), b?.stop()]);
  if (postgres) spawnSync(process.execPath, [THROWAWAY, "stop", postgres.dir]);
});

test("a session cookie from instance A works on B, and signing out everywhere on A ends it on B", async ({
  browser,
}) => {
  const persona = findPersona("newcomer")!;
  const context = await browser.newContext({ baseURL: a.baseURL });
  const cookie = await sessionCookie(context, "newcomer");
  const profileOn = (base: string) => fetch(`${base}/profile`, { headers: { cookie }, redirect: "manual" });

  const before = await profileOn(b.baseURL);
  expect(before.status).toBe(200);
  expect(await before.text()).toContain(persona.email);

  const page = await context.newPage();
  await page.goto("/profile");
  await page.getByTestId("sign-out-everywhere").click();
  await expect(page).toHaveURL(/\/signin\?signedOut=everywhere/);

  // The same cookie, sent again to both instances: signed out on both.
  for (const base of [b.baseURL, a.baseURL]) {
    const after = await profileOn(base);
    expect(after.status, `GET ${base}/profile with the revoked cookie`).toBeGreaterThanOrEqual(300);
    expect(after.status).toBeLessThan(400);
    expect(after.headers.get("location") ?? "").toContain("/signin");
  }
  await context.close();
});

test("two concurrent 'start voting' requests for one voter, one per instance, give one ballot and the same first item", async ({
  browser,
}) => {
  // Samira has no ballot in the demo seed.
  const persona = findPersona("speaker")!;
  const context = await browser.newContext({ baseURL: a.baseURL });
  const cookie = await sessionCookie(context, "speaker");
  const id = actionId("startBallotAction", "app/vote/actions.ts");
  const voterId = await userId(persona.email);
  expect((await sql.query(`SELECT 1 FROM "Ballot" WHERE "voterId" = $1`, [voterId])).rowCount).toBe(0);

  const [onA, onB] = await Promise.all([startVoting(a.baseURL, id, cookie), startVoting(b.baseURL, id, cookie)]);
  expect(onA).toMatch(new RegExp(`/vote/${EVENT}/b/[A-Za-z0-9_-]{16}$`));
  expect(onB).toBe(onA);
  const ballots = await sql.query<{ items: string }>(
    `SELECT (SELECT count(*) FROM "BallotItem" bi WHERE bi."ballotId" = b."id") AS "items"
     FROM "Ballot" b WHERE b."voterId" = $1`,
    [voterId],
  );
  expect(ballots.rows).toHaveLength(1);
  expect(Number(ballots.rows[0].items)).toBeGreaterThan(0);
  await context.close();
});

test("votes sent alternately to both instances are all stored and count against one shared rate limit", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const persona = findPersona("voter")!;
  const context = await browser.newContext({ baseURL: a.baseURL });
  const cookie = await sessionCookie(context, "voter");
  const voterId = await userId(persona.email);
  const startId = actionId("startBallotAction", "app/vote/actions.ts");
  // The voter's ballot (assigned now if the seed gave none).
  expect(await startVoting(b.baseURL, startId, cookie)).toContain(`/vote/${EVENT}/b/`);
  const item = await sql.query<{ handle: string; revision: number | null }>(
    `SELECT bi."handle", v."revision" FROM "BallotItem" bi JOIN "Ballot" b ON b."id" = bi."ballotId"
     JOIN "Event" e ON e."id" = b."eventId" LEFT JOIN "Vote" v ON v."ballotItemId" = bi."id"
     WHERE b."voterId" = $1 AND e."slug" = $2 ORDER BY bi."position" LIMIT 1`,
    [voterId, EVENT],
  );
  const handle = item.rows[0].handle;
  let revision: number | null = item.rows[0].revision;

  // Changes of one vote, alternating A, B, A, ... each naming the revision the last one produced.
  // The limit is 60 a minute in fixed windows; 130 requests fill at least one window past 60
  // even if they straddle a window boundary.
  const sent = 130;
  let accepted = 0;
  let limited = 0;
  let lastScore: number | null = null;
  for (let n = 0; n < sent; n++) {
    const score = n % 4;
    const text = await castVote(n % 2 === 0 ? a.baseURL : b.baseURL, cookie, handle, score, revision);
    const ok = /^\{"score":\d+,"revision":(\d+)\}$/.exec(text);
    if (ok) {
      accepted++;
      revision = Number(ok[1]);
      lastScore = score;
    } else if (text.includes('"code":"rate_limited"')) limited++;
    else throw new Error(`vote ${n} answered neither ok nor rate_limited: ${text.slice(0, 300)}`);
  }
  const buckets = await sql.query<{ count: number }>(
    `SELECT "count" FROM "RateLimitBucket" WHERE "key" = $1 ORDER BY "windowStart"`,
    [`vote:${voterId}`],
  );
  const counts = buckets.rows.map((r) => r.count);
  // Every request reached the one shared counter, whichever instance it hit ...
  expect(counts.reduce((s, c) => s + c, 0)).toBe(sent);
  // ... and each window let exactly 60 through, no more: a per-process limit would let 120.
  expect(Math.max(...counts)).toBeGreaterThan(60);
  expect(accepted).toBe(counts.reduce((s, c) => s + Math.min(c, 60), 0));
  expect(limited).toBe(sent - accepted);

  // Every accepted change is in the database: the revision counts them, the score is the last one.
  const stored = await sql.query<{ score: number | null; revision: number }>(
    `SELECT v."score", v."revision" FROM "Vote" v JOIN "BallotItem" bi ON bi."id" = v."ballotItemId" WHERE bi."handle" = $1`,
    [handle],
  );
  expect(stored.rows).toHaveLength(1);
  expect(stored.rows[0]).toEqual({ score: lastScore, revision });
  expect(revision).toBe((item.rows[0].revision ?? 0) + accepted);
  await context.close();
});
