// Ballot assignment speed with the real openBallot: 20,000 voters open their ballots (30 of 600
// proposals each) one after another on PGlite, and with 4 at a time on a throwaway PostgreSQL.
// Prints ballots/s overall and for the first and the last 10% (the event filling up must not slow
// assignment down: coverage comes from ProposalCoverage, kept by triggers).
// Targets: >= 200 ballots/s; last 10% no slower than the first 10%.
// Run: npm run bench ballot-assignment   (BENCH_BALLOTS=20000 BENCH_DB=pglite,postgres)
import { openBallot } from "../lib/ballot/assign-ballot";
import { closeDb, useDatabase } from "../lib/db/client";
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
      }
    }),
  );
  const total = (performance.now() - t0) / 1000;
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
