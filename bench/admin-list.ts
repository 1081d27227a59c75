// The organizers' proposal list with 2,000 proposals: HTML size and time of the pages a person
// opens (first page, a search, a sort, a later page, a filter), against a production server.
// Needs a build (`npm run build`). Target: every page under 200 kB of HTML.
// Run: node scripts/bench.mjs admin-list
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { closeDb, db, useDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { median } from "../lib/ranking/metrics";

const N = Number(process.env.ADMIN_LIST_PROPOSALS ?? 2000);
const root = process.cwd();
if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("bench/admin-list: no production build; run npm run build first");
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "podium-bench-list-"));
const target = { kind: "pglite" as const, dir: path.join(tmp, "pglite") };

async function seed() {
  await useDatabase(target);
  await migrateDatabase(target);
  const event = await db.event.create({ data: { slug: "big", name: "Big Summit", phase: "CFP_OPEN" } });
  const tracks = await Promise.all(
    ["Developer Experience", "Data & AI", "Cloud Native", "Security"].map((name, i) =>
      db.track.create({ data: { eventId: event.id, slug: `t${i}`, name, position: i } }),
    ),
  );
  const format = await db.format.create({ data: { eventId: event.id, slug: "talk", name: "Talk" } });
  await db.user.create({
    data: { email: "olivia@bench.example", name: "Olivia", role: "ORGANIZER", demoPersona: "organizer" },
  });
  const users = Array.from({ length: N }, (_, i) => ({
    id: `u${i}`,
    email: `speaker${i}@org${i % 97}.example`,
    name: `Speaker Number ${i}`,
  }));
  await db.user.createMany({ data: users });
  const words =
    "kubernetes observability pipelines latency storage tracing security compilers databases streaming".split(" ");
  const proposals = users.map((u, i) => {
    const title = `${words[i % words.length]} at scale, lesson ${i}`;
    const abstract = `A talk about ${words[(i * 7) % words.length]} and ${words[(i * 3) % words.length]}. `.repeat(12);
    return {
      id: `p${i}`,
      eventId: event.id,
      trackId: tracks[i % tracks.length].id,
      formatId: format.id,
      createdById: u.id,
      externalId: `ext-${i}`,
      title,
      abstract,
      anonymizedTitle: title,
      anonymizedAbstract: abstract,
      status: i % 10 === 0 ? ("DRAFT" as const) : ("SUBMITTED" as const),
    };
  });
  await db.proposal.createMany({ data: proposals });
  await db.proposalSpeaker.createMany({
    data: users.map((u, i) => ({
      proposalId: `p${i}`,
      userId: u.id,
      role: "PRIMARY" as const,
      status: "CONFIRMED" as const,
    })),
  });
  await closeDb();
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function main() {
  const t0 = performance.now();
  await seed();
  console.log(`seeded ${N} proposals in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DEMO_MODE: "true",
        DATABASE_URL: `pglite://${target.dir}`,
        NEXTAUTH_URL: base,
      },
      stdio: "ignore",
      detached: true,
    },
  );
  try {
    for (let i = 0; ; i++) {
      try {
        await fetch(base, { signal: AbortSignal.timeout(3000) });
        break;
      } catch {
        if (i > 300) throw new Error("server did not start");
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    // Sign in as the organizer persona through next-auth's credentials endpoint.
    const csrf = await fetch(`${base}/api/auth/csrf`);
    const cookies = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${base}/api/auth/callback/demo`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
      body: new URLSearchParams({ csrfToken, persona: "organizer", json: "true" }),
    });
    cookies.push(...(login.headers.getSetCookie?.() ?? []).map((c) => c.split(";")[0]));
    const cookie = cookies.join("; ");
    const pages: [string, string][] = [
      ["first page", ""],
      ["search 'observability'", "?q=observability"],
      ["search a speaker", "?q=Speaker%20Number%201234"],
      ["sort by title", "?sort=title&dir=asc"],
      ["page 30", "?page=30"],
      ["filter track + status", "?track=t1&status=SUBMITTED"],
    ];
    let worst = 0;
    for (const [label, query] of pages) {
      const url = `${base}/admin/events/big/proposals${query}`;
      const times: number[] = [];
      let bytes = 0;
      let rows = 0;
      for (let i = 0; i < 5; i++) {
        const s = performance.now();
        const res = await fetch(url, { headers: { cookie } });
        const html = await res.text();
        if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
        times.push(performance.now() - s);
        bytes = Buffer.byteLength(html);
        rows = html.split('data-testid="admin-proposal"').length - 1;
      }
      worst = Math.max(worst, bytes);
      console.log(
        `${label.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(6)} kB HTML, ${String(rows).padStart(2)} rows, median ${median(times).toFixed(0)} ms`,
      );
    }
    const met = worst < 200 * 1024;
    console.log(
      `${met ? "MET    " : "NOT MET"} every list page under 200 kB of HTML (largest ${(worst / 1024).toFixed(1)} kB)`,
    );
    console.log("(times are from a machine shared with other work; sizes do not depend on it)");
    process.exitCode = met ? 0 : 1;
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    await new Promise((r) => setTimeout(r, 1000));
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
