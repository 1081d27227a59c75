// Data for bench/http.ts: one event in VOTING with proposals (realistic anonymized text, so the
// item page is ~20 kB and the ballot page ~50 kB of HTML), signed-in voters with verified e-mails,
// their ballots (assigned by the real openBallot) and a session cookie per voter minted the way
// next-auth does (next-auth/jwt encode with the server's secret).
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { openBallot } from "../lib/ballot/assign-ballot";
import { db } from "../lib/db/client";

export const BENCH_SLUG = "bench-2030";
export const SESSION_COOKIE = "next-auth.session-token";

export type BenchVoter = { id: string; email: string; cookie: string; handles: string[] };

const WORDS =
  "observability pipelines kubernetes operators latency budgets incident review tracing sampling storage engines query planners caching layers service mesh rollout strategy feature flags chaos testing capacity planning cost model developer experience platform team golden paths security posture supply chain signing reproducible builds edge compute streaming joins backpressure schema evolution"
    .split(" ")
    .filter(Boolean);

function text(seed: number, words: number): string {
  const out: string[] = [];
  let x = seed * 2654435761;
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]);
  }
  return out.join(" ");
}

function abstractOf(i: number): string {
  const paras = [0, 1, 2, 3].map((k) => text(i * 7 + k, 60));
  return `${paras[0]}.\n\n**What you will learn**\n\n- ${text(i, 8)}\n- ${text(i + 1, 8)}\n- ${text(i + 2, 8)}\n\n${paras.slice(1).join(".\n\n")}.`;
}

async function chunked<T>(items: T[], size: number, fn: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += size) await fn(items.slice(i, i + size));
}

/** The bench event in VOTING with `proposals` submitted proposals (two per speaker). */
export async function createBenchEvent(opts: { proposals: number; ballotSize: number }) {
  const event = await db.event.create({
    data: {
      slug: BENCH_SLUG,
      name: "Bench Summit 2030",
      phase: "VOTING",
      votingOpensAt: new Date(Date.now() - 3600_000),
      votingClosesAt: new Date(Date.now() + 7 * 24 * 3600_000),
      ballotSize: opts.ballotSize,
      scaleMin: 0,
      scaleMax: 3,
      scaleLabels: ["Not for me", "Maybe", "Would attend", "Must see"],
      tracks: {
        create: ["Cloud Native", "Data", "Security", "Developer Experience"].map((name, position) => ({
          name,
          slug: name.toLowerCase().replace(/\s+/g, "-"),
          position,
        })),
      },
      formats: { create: [{ name: "Talk", slug: "talk", durationMinutes: 30 }] },
    },
    select: { id: true, tracks: { select: { id: true } }, formats: { select: { id: true } } },
  });
  const speakers = Array.from({ length: Math.ceil(opts.proposals / 2) }, (_, i) => ({
    id: randomUUID(),
    email: `speaker${i}@org${i % 97}.bench.example`,
    name: `Speaker ${i}`,
    emailVerified: new Date(),
  }));
  await chunked(speakers, 1000, (c) => db.user.createMany({ data: c }));
  const proposals = Array.from({ length: opts.proposals }, (_, i) => {
    const title = `${text(i, 6)} in practice`;
    const abstract = abstractOf(i);
    return {
      id: randomUUID(),
      eventId: event.id,
      externalId: `bench-${i}`,
      trackId: event.tracks[i % event.tracks.length].id,
      formatId: event.formats[0].id,
      title,
      abstract,
      anonymizedTitle: title,
      anonymizedAbstract: abstract,
      tags: ["bench", WORDS[i % WORDS.length]],
      status: "SUBMITTED" as const,
      createdById: speakers[i >> 1].id,
      submittedAt: new Date(),
    };
  });
  await chunked(proposals, 500, (c) => db.proposal.createMany({ data: c }));
  await chunked(proposals, 1000, (c) =>
    db.proposalSpeaker.createMany({
      data: c.map((p) => ({ proposalId: p.id, userId: p.createdById, role: "PRIMARY", status: "CONFIRMED" })),
    }),
  );
  return event;
}

/** Voters with verified e-mails, none sharing an organization or domain with a speaker. */
export async function createVoters(n: number) {
  const voterRows = Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    email: `voter${i}@voters${i % 211}.bench.example`,
    name: `Voter ${i}`,
    emailVerified: new Date(),
  }));
  await chunked(voterRows, 1000, (c) => db.user.createMany({ data: c }));
  return voterRows;
}

/** Creates the event, proposals and voters; opens every voter's ballot with the real code. */
export async function seedBench(opts: {
  proposals: number;
  voters: number;
  ballotSize: number;
  secret: string;
  log: (line: string) => void;
}): Promise<{ eventId: string; voters: BenchVoter[]; assignSeconds: number }> {
  const event = await createBenchEvent(opts);
  const voterRows = await createVoters(opts.voters);

  opts.log(`assigning ${opts.voters} ballots of ${opts.ballotSize} with openBallot ...`);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < voterRows.length) {
        const v = voterRows[next++];
        const r = await openBallot({
          eventSlug: BENCH_SLUG,
          voter: { id: v.id, email: v.email, emailVerified: true, organizationId: null },
        });
        if (!r.ok) throw new Error(`openBallot failed for ${v.email}: ${r.message}`);
      }
    }),
  );
  const assignSeconds = (performance.now() - t0) / 1000;
  opts.log(`assigned in ${assignSeconds.toFixed(1)} s (${(opts.voters / assignSeconds).toFixed(0)} ballots/s)`);

  const items = await db.ballotItem.findMany({
    where: { ballot: { eventId: event.id } },
    select: { handle: true, position: true, ballot: { select: { voterId: true } } },
    orderBy: [{ ballotId: "asc" }, { position: "asc" }],
  });
  const handlesBy = new Map<string, string[]>();
  for (const it of items) {
    const list = handlesBy.get(it.ballot.voterId) ?? [];
    list.push(it.handle);
    handlesBy.set(it.ballot.voterId, list);
  }
  const voters: BenchVoter[] = [];
  for (const v of voterRows) {
    const token = await encode({
      token: { sub: v.id, email: v.email, name: v.name },
      secret: opts.secret,
      maxAge: 30 * 24 * 3600,
    });
    voters.push({ id: v.id, email: v.email, cookie: `${SESSION_COOKIE}=${token}`, handles: handlesBy.get(v.id) ?? [] });
  }
  return { eventId: event.id, voters, assignSeconds };
}
