// Import speed with the real importers (lib/votes/import-votes.ts, lib/proposals/import.ts):
// import:proposals of BENCH_PROPOSAL_ROWS rows (validation, caps, redaction) into an event, then
// import:votes of BENCH_VOTE_ROWS rows (new placeholder voters, ballot items, votes), then the
// same votes file again (idempotent: nothing changes). PGlite and a throwaway PostgreSQL.
// Targets: import:votes >= 5,000 rows/s on PostgreSQL and >= 1,000 rows/s on PGlite;
// import:proposals >= 200 rows/s.
// Run: npm run bench imports   (BENCH_DB=pglite,postgres BENCH_VOTE_ROWS=100000 BENCH_PROPOSAL_ROWS=2000)
import { redactProposal } from "../lib/anonymize";
import { closeDb, db, useDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import type { DatabaseTarget } from "../lib/db/target";
import { parseCsv } from "../lib/imports/csv";
import { importProposals, PROPOSAL_CSV } from "../lib/proposals/import";
import { importVotes, VOTE_CSV } from "../lib/votes/import-votes";
import { printMachine, runOnBenchDatabases } from "./_databases";
import { treeCpuMs } from "./_http-load";

const VOTE_ROWS = Number(process.env.BENCH_VOTE_ROWS ?? 100_000);
const PROPOSAL_ROWS = Number(process.env.BENCH_PROPOSAL_ROWS ?? 2000);

const csvRows = <C extends string>(text: string, spec: Parameters<typeof parseCsv<C>>[1]) => {
  const r = parseCsv(new TextEncoder().encode(text), spec);
  if (!r.ok) throw new Error(r.message);
  return r.rows;
};

/** Proposal i of the bench: a speaker of one of 40 organizations, named in their own abstract. */
function benchProposal(i: number) {
  const org = `Org ${i % 40}`;
  const name = `Speaker Person${i}`;
  const email = `person${i}@org${i % 40}.example`;
  const abstract =
    `At ${org} we rebuilt our deployment pipeline. ${name} explains how; write to ${email} or see https://org${i % 40}.example/blog. `.repeat(
      3,
    );
  return {
    org,
    name,
    email,
    domain: `org${i % 40}.example`,
    title: `Deployment pipelines at scale, part ${i}`,
    abstract,
  };
}

function proposalsCsv(n: number): string {
  const lines = ["external_id,title,abstract,track,format,speaker_email,speaker_name,organization"];
  for (let i = 0; i < n; i++) {
    const p = benchProposal(i);
    lines.push([`ext-${i}`, `"${p.title}"`, `"${p.abstract}"`, "Cloud", "Talk", p.email, p.name, p.org].join(","));
  }
  return lines.join("\n");
}

function votesCsv(n: number, proposals: number): string {
  const lines = ["voter_email,proposal_external_id,score,voted_at,voter_created_at,voter_organization"];
  const perVoter = 10;
  for (let i = 0; i < n; i++) {
    const voter = Math.floor(i / perVoter);
    const p = (voter * 7 + (i % perVoter) * 13) % proposals;
    lines.push(
      `voter${voter}@members${voter % 50}.example,ext-${p},${i % 5 === 0 ? "" : i % 4},2027-03-01T10:00:00Z,2026-01-01T00:00:00Z,Member Org ${voter % 50}`,
    );
  }
  return lines.join("\n");
}

/** CPU time (user + system) of this process since `start`, in ms: less noisy than wall time on a shared machine. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/**
 * CPU ms that redactProposal alone takes for n proposals of speakers not seen before (as in an
 * import: each speaker's names compile into new regular expressions, the costly part), with the
 * identity context the import builds for them.
 */
function redactionCpuMs(n: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const p = benchProposal(1_000_000 + i);
    redactProposal(p, {
      speakers: [{ name: p.name, email: p.email, handles: [], links: [] }],
      organizations: [{ name: p.org, aliases: [], domains: [p.domain] }],
    });
  }
  return cpuMsSince(c0);
}

async function run(kind: string, target: DatabaseTarget, serverPid?: number) {
  const dbCpu = () => (serverPid ? treeCpuMs(serverPid) : 0);
  await migrateDatabase(target);
  await useDatabase(target);
  await db.event.create({
    data: {
      slug: "bench-import",
      name: "Bench import",
      phase: "REVIEW",
      maxProposalsPerSpeaker: 0,
      maxProposalsPerOrg: 0,
      tracks: { create: [{ slug: "cloud", name: "Cloud" }] },
      formats: { create: [{ slug: "talk", name: "Talk" }] },
    },
  });
  const pRows = csvRows(proposalsCsv(PROPOSAL_ROWS), PROPOSAL_CSV);
  let t0 = performance.now();
  let c0 = process.cpuUsage();
  let d0 = dbCpu();
  const p = await importProposals({ eventSlug: "bench-import", rows: pRows });
  const pSecs = (performance.now() - t0) / 1000;
  const pCpu = cpuMsSince(c0);
  const pDbCpu = dbCpu() - d0;
  if (!p.ok || p.failed.length) throw new Error(`import:proposals failed: ${JSON.stringify(p).slice(0, 500)}`);
  const redacted = await db.proposal.count({ where: { redactions: { some: {} } } });
  const redactCpu = redactionCpuMs(PROPOSAL_ROWS);

  const vText = votesCsv(VOTE_ROWS, PROPOSAL_ROWS);
  t0 = performance.now();
  c0 = process.cpuUsage();
  d0 = dbCpu();
  const v = await importVotes({ eventSlug: "bench-import", rows: csvRows(vText, VOTE_CSV) });
  const vSecs = (performance.now() - t0) / 1000;
  const vCpu = cpuMsSince(c0);
  const vDbCpu = dbCpu() - d0;
  if (!v.ok || v.failed.length) throw new Error(`import:votes failed: ${JSON.stringify(v).slice(0, 500)}`);
  t0 = performance.now();
  const again = await importVotes({ eventSlug: "bench-import", rows: csvRows(vText, VOTE_CSV) });
  const againSecs = (performance.now() - t0) / 1000;
  if (!again.ok || again.unchanged !== VOTE_ROWS)
    throw new Error(`re-import changed something: ${JSON.stringify(again).slice(0, 300)}`);
  await closeDb();

  const pRate = PROPOSAL_ROWS / pSecs;
  const vRate = VOTE_ROWS / vSecs;
  const vTarget = kind === "PGlite" ? 1000 : 5000;
  console.log(
    `${kind}: import:proposals ${PROPOSAL_ROWS} rows in ${pSecs.toFixed(1)} s = ${pRate.toFixed(0)} rows/s (${redacted} with redactions); ` +
      `${(pCpu / PROPOSAL_ROWS).toFixed(1)} ms of this process's CPU per row, of which redaction alone ${(redactCpu / PROPOSAL_ROWS).toFixed(1)} ms` +
      (serverPid ? `; PostgreSQL ${(pDbCpu / PROPOSAL_ROWS).toFixed(1)} ms CPU per row` : ""),
  );
  console.log(
    `${kind}: import:votes ${VOTE_ROWS} rows (${v.votersCreated} new voters, ${v.ballotItemsCreated} ballot items) in ${vSecs.toFixed(1)} s = ${vRate.toFixed(0)} rows/s, ${((vCpu / VOTE_ROWS) * 1000).toFixed(0)} µs of this process's CPU per row${serverPid ? ` + ${((vDbCpu / VOTE_ROWS) * 1000).toFixed(0)} µs PostgreSQL's` : ""}; same file again: ${(VOTE_ROWS / againSecs).toFixed(0)} rows/s, nothing changed`,
  );
  console.log(`  ${pRate >= 200 ? "MET    " : "NOT MET"} import:proposals >= 200 rows/s`);
  console.log(`  ${vRate >= vTarget ? "MET    " : "NOT MET"} import:votes >= ${vTarget} rows/s`);
  return pRate >= 200 && vRate >= vTarget;
}

printMachine();
const ok = await runOnBenchDatabases("podium-bench-import", ({ label, target, serverPid }) =>
  run(label, target, serverPid),
);
process.exitCode = ok ? 0 : 1;
