// Ballot assignment speed with the real openBallot: 20,000 voters open their ballots (30 of 600
// proposals each) one after another on PGlite, and with 4 at a time on a throwaway PostgreSQL.
// Prints ballots/s overall and for the first and the last 10% (the event filling up must not slow
// assignment down: coverage comes from ProposalCoverage, kept by triggers).
// Targets: >= 200 ballots/s; last 10% no slower than the first 10%.
// Run: npm run bench ballot-assignment   (BENCH_BALLOTS=20000 BENCH_DB=pglite,postgres)
import { createHash } from "node:crypto";
import { openBallot } from "../lib/ballot/assign-ballot";
import { closeDb, db, useDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import type { DatabaseTarget } from "../lib/db/target";
import { printMachine, runOnBenchDatabases } from "./_databases";
import { BENCH_SLUG, createBenchEvent, createVoters } from "./_http-seed";

const BALLOTS = Number(process.env.BENCH_BALLOTS ?? 20_000);

async function run(kind: string, target: DatabaseTarget, concurrency: number) {
  await migrateDatabase(target);
  await useDatabase(target);
  await createBenchEvent({ proposals: 600, ballotSize: 30 });
  const voters = await createVoters(BALLOTS);
  const done: number[] = new Array(BALLOTS);
  // The machine is shared: a fixed piece of CPU work, timed once a second, shows how much of it
  // this run got in each tenth, so a slower tenth can be told apart from a busier machine.
  const probes: { at: number; ms: number }[] = [];
  const block = Buffer.alloc(1 << 20, 7);
  const probe = setInterval(() => {
    const s = performance.now();
    for (let k = 0; k < 4; k++) createHash("sha256").update(block).digest();
    probes.push({ at: s, ms: performance.now() - s });
  }, 1000);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < voters.length) {
        const i = next++;
        const v = voters[i];
        const r = await openBallot({
          eventSlug: BENCH_SLUG,
          voter: { id: v.id, email: v.email, emailVerified: true, organizationId: null },
        });
        if (!r.ok || r.items !== 30) throw new Error(`openBallot: ${JSON.stringify(r)}`);
        done[i] = performance.now();
        // PGlite answers in microtasks: yield to timers now and then, so the probe runs.
        if (i % 20 === 0) await new Promise((r) => setImmediate(r));
      }
    }),
  );
  const total = (performance.now() - t0) / 1000;
  clearInterval(probe);
  // Rate per tenth of the run, and the median probe time in it (higher = busier machine: a slow
  // tenth with a slow probe was the machine, not the event filling up).
  const tenths = Array.from({ length: 10 }, (_, k) => {
    const start = k === 0 ? t0 : done[Math.floor((BALLOTS * k) / 10) - 1];
    const end = done[Math.floor((BALLOTS * (k + 1)) / 10) - 1];
    const ms = probes.filter((p) => p.at >= start && p.at < end).map((p) => p.ms);
    ms.sort((x, y) => x - y);
    return { rate: BALLOTS / 10 / ((end - start) / 1000), probe: ms.length ? ms[ms.length >> 1] : NaN };
  });
  console.log(`  ballots/s per tenth: ${tenths.map((t) => t.rate.toFixed(0)).join(" ")}`);
  console.log(`  probe ms per tenth:  ${tenths.map((t) => t.probe.toFixed(1)).join(" ")}`);
  if (kind !== "PGlite") {
    const stats = await db.$queryRawUnsafe<{ relname: string; live: bigint; dead: bigint; size: string }[]>(
      `SELECT relname, n_live_tup AS live, n_dead_tup AS dead, pg_size_pretty(pg_total_relation_size(relid)) AS size
       FROM pg_stat_user_tables WHERE relname IN ('ProposalCoverage', 'BallotItem', 'Ballot', 'RateLimitBucket') ORDER BY relname`,
    );
    console.log(`  tables: ${stats.map((r) => `${r.relname} ${r.live} live, ${r.dead} dead, ${r.size}`).join("; ")}`);
  }
  await closeDb();
  const tenth = Math.floor(BALLOTS / 10);
  const firstSecs = (done[tenth - 1] - t0) / 1000;
  const lastSecs = (done[BALLOTS - 1] - done[BALLOTS - tenth - 1]) / 1000;
  const firstRate = tenth / firstSecs;
  const lastRate = tenth / lastSecs;
  const overall = BALLOTS / total;
  console.log(
    `${kind} (${concurrency} at a time): ${BALLOTS} ballots in ${total.toFixed(1)} s = ${overall.toFixed(0)} ballots/s; ` +
      `first 10%: ${firstRate.toFixed(0)}/s (${((firstSecs * 1000) / tenth).toFixed(1)} ms each), ` +
      `last 10%: ${lastRate.toFixed(0)}/s (${((lastSecs * 1000) / tenth).toFixed(1)} ms each)`,
  );
  console.log(`  ${overall >= 200 ? "MET    " : "NOT MET"} >= 200 ballots/s`);
  // 10% tolerance: the machine is shared, so two halves of one run differ by noise alone.
  console.log(
    `  ${lastRate >= firstRate * 0.9 ? "MET    " : "NOT MET"} last 10% no slower than the first 10% (within 10% noise)`,
  );
  return overall >= 200 && lastRate >= firstRate * 0.9;
}

printMachine();
const ok = await runOnBenchDatabases("podium-bench-assign", ({ kind, label, target }) =>
  run(label, target, kind === "pglite" ? 1 : 4),
);
process.exitCode = ok ? 0 : 1;
