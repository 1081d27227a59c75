// `podium import:votes`: votes from another system's CSV (DESIGN.md columns). For every row:
// the voter's account (created as a placeholder when new, with voter_created_at and the
// organization), the voter's ballot and a ballot item for the proposal (so coverage counts stay
// true), and the vote itself. Every row is validated before anything is written, so a bad row
// writes nothing; the good rows are written in chunks of CHUNK rows, one transaction and a few
// multi-row statements per chunk (not a transaction per row: docs/performance.md). Should a
// chunk fail in the database anyway, its rows are written again one by one, so only the row that
// fails is reported and the others go in. Idempotent: a second run of the same file finds every
// vote in place and changes nothing.
import "server-only";
import { z } from "zod";
import { newHandle } from "../ballot/assign-ballot";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../db/client";
import { fail, type Result } from "../errors";
import type { Prisma } from "../db/generated/client";
import type { CsvRow, CsvSpec } from "../imports/csv";
import type { ProgressCallback } from "../imports/progress";
import { normalizeEmail } from "../orgs/normalize";
import { resolveOrganization } from "../orgs/resolve";
import { scoreError } from "./cast-vote";

export type VoteCsvColumn =
  "voter_email" | "proposal_external_id" | "score" | "voted_at" | "voter_created_at" | "voter_organization";

export const VOTE_CSV: CsvSpec<VoteCsvColumn> = {
  required: ["voter_email", "proposal_external_id", "score", "voted_at"],
  optional: ["voter_created_at", "voter_organization"],
};

export type VoteImportSummary = {
  created: number;
  updated: number;
  unchanged: number;
  votersCreated: number;
  ballotItemsCreated: number;
  /** Imported votes where the voter shares an organization with a speaker (kept; ranking flags them). */
  conflicts: number;
  failed: { line: number; reason: string }[];
};

// ISO 8601 date or date-time (the T form, optional seconds/fraction, Z or an offset).
const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const isoDate = (column: string) =>
  z
    .string()
    .trim()
    .refine((s) => ISO.test(s) && !Number.isNaN(Date.parse(s)), {
      error: (i) => `${column} "${String(i.input)}" is not an ISO 8601 date (e.g. 2027-03-01T12:00:00Z)`,
    })
    .transform((s) => new Date(s));

const rowSchema = z.object({
  voterEmail: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "voter_email is required")
    .pipe(z.email({ error: (i) => `voter_email "${String(i.input)}" is not a valid address` })),
  externalId: z.string().trim().min(1, "proposal_external_id is required"),
  score: z
    .string()
    .trim()
    .refine((s) => s === "" || /^-?\d+$/.test(s), {
      error: (i) => `score "${String(i.input)}" is not a whole number (leave it empty for a skip)`,
    })
    .transform((s) => (s === "" ? null : Number(s))),
  votedAt: isoDate("voted_at"),
  voterCreatedAt: z.union([z.literal("").transform(() => null), isoDate("voter_created_at")]),
  voterOrganization: z.string().trim().max(200, "voter_organization is too long: at most 200 characters"),
});

type Proposal = { id: string; orgIds: string[] };
type Row = z.infer<typeof rowSchema>;
type ValidRow = { line: number; data: Row; proposal: Proposal };
type ChunkOutcome = {
  created: number;
  updated: number;
  unchanged: number;
  votersCreated: number;
  ballotItemsCreated: number;
  conflicts: number;
};

/** Rows per transaction: big enough to amortize round trips, small enough to keep locks short. */
const CHUNK = 500;

export async function importVotes(args: {
  eventSlug: string;
  rows: CsvRow<VoteCsvColumn>[];
  onProgress?: ProgressCallback;
}): Promise<Result<VoteImportSummary>> {
  const event = await db.event.findUnique({
    where: { slug: args.eventSlug },
    select: { id: true, scaleMin: true, scaleMax: true },
  });
  if (!event) return fail("not_found", `no event with slug "${args.eventSlug}"`);
  const proposals = new Map<string, Proposal>(
    (
      await db.proposal.findMany({
        where: { eventId: event.id, externalId: { not: null } },
        select: {
          id: true,
          externalId: true,
          speakers: { select: { organizationId: true, user: { select: { organizationId: true } } } },
        },
      })
    ).map((p) => [
      p.externalId!,
      {
        id: p.id,
        orgIds: p.speakers.flatMap((s) => [s.organizationId, s.user.organizationId]).filter((x): x is string => !!x),
      },
    ]),
  );
  const summary: VoteImportSummary = {
    created: 0,
    updated: 0,
    unchanged: 0,
    votersCreated: 0,
    ballotItemsCreated: 0,
    conflicts: 0,
    failed: [],
  };
  const seen = new Map<string, number>();
  const valid: ValidRow[] = [];

  for (const row of args.rows) {
    const failRow = (reason: string) => summary.failed.push({ line: row.line, reason });
    if (row.problem) {
      failRow(row.problem);
      continue;
    }
    const parsed = rowSchema.safeParse({
      voterEmail: row.values.voter_email,
      externalId: row.values.proposal_external_id,
      score: row.values.score,
      votedAt: row.values.voted_at,
      voterCreatedAt: row.values.voter_created_at.trim(),
      voterOrganization: row.values.voter_organization,
    });
    if (!parsed.success) {
      failRow(parsed.error.issues[0]?.message ?? "invalid row");
      continue;
    }
    const data = parsed.data;
    const bad = scoreError(data.score, event.scaleMin, event.scaleMax);
    if (bad) {
      failRow(`score ${data.score} is outside the event's scale ${event.scaleMin}..${event.scaleMax}`);
      continue;
    }
    const proposal = proposals.get(data.externalId);
    if (!proposal) {
      failRow(`no proposal with external_id "${data.externalId}" in event ${args.eventSlug}`);
      continue;
    }
    const pair = `${normalizeEmail(data.voterEmail)}\u0000${data.externalId}`;
    const earlier = seen.get(pair);
    if (earlier !== undefined) {
      failRow(`repeats the vote of ${data.voterEmail} on ${data.externalId} from line ${earlier}`);
      continue;
    }
    seen.set(pair, row.line);
    valid.push({ line: row.line, data, proposal });
  }

  const add = (o: ChunkOutcome) => {
    summary.created += o.created;
    summary.updated += o.updated;
    summary.unchanged += o.unchanged;
    summary.votersCreated += o.votersCreated;
    summary.ballotItemsCreated += o.ballotItemsCreated;
    summary.conflicts += o.conflicts;
  };
  // Organizations resolved for new voters, by (organization, e-mail domain): taken over only once
  // the chunk that resolved them committed (a rolled-back chunk may have created them).
  const orgs = new Map<string, string | null>();
  const write = async (rows: ValidRow[]) => {
    const resolved = new Map(orgs);
    const outcome = await db.$transaction((tx) => writeChunk(tx, event.id, rows, resolved), {
      timeout: 120_000,
      maxWait: 30_000,
    });
    for (const [k, v] of resolved) orgs.set(k, v);
    return outcome;
  };
  let done = args.rows.length - valid.length;
  for (let i = 0; i < valid.length; i += CHUNK) {
    args.onProgress?.(done, args.rows.length);
    const chunk = valid.slice(i, i + CHUNK);
    try {
      add(await write(chunk));
    } catch {
      // Something in this chunk failed in the database: write its rows one by one to find it.
      for (const row of chunk) {
        try {
          add(await write([row]));
        } catch (e) {
          summary.failed.push({
            line: row.line,
            reason: `internal error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`,
          });
        }
      }
    }
    done += chunk.length;
  }
  summary.failed.sort((a, b) => a.line - b.line);
  args.onProgress?.(args.rows.length, args.rows.length);
  return { ok: true, ...summary };
}

type VoterState = { id: string; organizationId: string | null; created: boolean };

/**
 * The chunk's voters: existing accounts by e-mail (an organization filled in when they have none,
 * a placeholder's account date taken from the file), new placeholders created in one statement.
 */
async function loadVoters(
  tx: Tx,
  rows: ValidRow[],
  orgOf: Map<string, string | null>,
): Promise<Map<string, VoterState>> {
  const wanted = new Map<string, { organization: string; createdAt: Date | null; email: string }>();
  for (const { data } of rows) {
    const w = wanted.get(data.voterEmail) ?? { organization: "", createdAt: null, email: data.voterEmail };
    if (!w.organization && data.voterOrganization) w.organization = data.voterOrganization;
    if (data.voterCreatedAt) w.createdAt = data.voterCreatedAt; // the file's last date wins
    wanted.set(data.voterEmail, w);
  }
  const existing = await tx.user.findMany({
    where: { email: { in: [...wanted.keys()] } },
    select: { id: true, email: true, organizationId: true, emailVerified: true, accountCreatedAt: true },
  });
  const out = new Map<string, VoterState>();
  for (const u of existing) {
    const w = wanted.get(u.email)!;
    const data: { organizationId?: string; accountCreatedAt?: Date } = {};
    if (!u.organizationId && w.organization) {
      const { organization } = await resolveOrganization(tx, { name: w.organization, email: u.email });
      if (organization) data.organizationId = organization.id;
    }
    // Only a placeholder (never signed in here) takes its account date from the file.
    if (w.createdAt && !u.emailVerified && u.accountCreatedAt.getTime() !== w.createdAt.getTime())
      data.accountCreatedAt = w.createdAt;
    if (Object.keys(data).length) await tx.user.update({ where: { id: u.id }, data });
    out.set(u.email, { id: u.id, organizationId: data.organizationId ?? u.organizationId, created: false });
  }
  const fresh: { id: string; email: string; organizationId: string | null; accountCreatedAt: Date }[] = [];
  for (const w of wanted.values()) {
    if (out.has(w.email)) continue;
    // One lookup per (organization, e-mail domain), not per voter.
    const key = `${w.organization}\u0000${w.email.slice(w.email.lastIndexOf("@") + 1)}`;
    if (!orgOf.has(key)) {
      const { organization } = await resolveOrganization(tx, { name: w.organization || null, email: w.email });
      orgOf.set(key, organization?.id ?? null);
    }
    fresh.push({
      id: randomUUID(),
      email: w.email,
      organizationId: orgOf.get(key)!,
      accountCreatedAt: w.createdAt ?? new Date(),
    });
  }
  if (fresh.length) await tx.user.createMany({ data: fresh });
  for (const f of fresh) out.set(f.email, { id: f.id, organizationId: f.organizationId, created: true });
  return out;
}

async function writeChunk(
  tx: Tx,
  eventId: string,
  rows: ValidRow[],
  orgOf: Map<string, string | null>,
): Promise<ChunkOutcome> {
  const outcome: ChunkOutcome = {
    created: 0,
    updated: 0,
    unchanged: 0,
    votersCreated: 0,
    ballotItemsCreated: 0,
    conflicts: 0,
  };
  const voters = await loadVoters(tx, rows, orgOf);
  for (const v of voters.values()) if (v.created) outcome.votersCreated++;
  const voterIds = [...new Set([...voters.values()].map((v) => v.id))];

  // Ballots: one per voter and event, created where missing (dated by the voter's first vote).
  const firstVote = new Map<string, Date>();
  for (const { data } of rows) {
    const id = voters.get(data.voterEmail)!.id;
    if (!firstVote.has(id)) firstVote.set(id, data.votedAt);
  }
  await tx.ballot.createMany({
    data: voterIds.map((voterId) => ({ eventId, voterId, createdAt: firstVote.get(voterId)! })),
    skipDuplicates: true,
  });
  const ballots = await tx.ballot.findMany({
    where: { eventId, voterId: { in: voterIds } },
    select: { id: true, voterId: true, items: { select: { id: true, proposalId: true, position: true, batch: true } } },
  });
  const ballotOf = new Map(
    ballots.map((b) => [
      b.voterId,
      {
        id: b.id,
        maxPosition: Math.max(0, ...b.items.map((i) => i.position)),
        batch: Math.max(1, ...b.items.map((i) => i.batch)),
        items: new Map(b.items.map((i) => [i.proposalId, i.id])),
      },
    ]),
  );

  // Ballot items for proposals not yet on the voter's ballot, in file order.
  const newItems: Prisma.BallotItemCreateManyInput[] = [];
  for (const { data, proposal } of rows) {
    const ballot = ballotOf.get(voters.get(data.voterEmail)!.id)!;
    if (ballot.items.has(proposal.id)) continue;
    const id = randomUUID();
    ballot.maxPosition += 1;
    newItems.push({
      id,
      ballotId: ballot.id,
      proposalId: proposal.id,
      handle: newHandle(),
      position: ballot.maxPosition,
      batch: ballot.batch,
      assignedAt: data.votedAt,
    });
    ballot.items.set(proposal.id, id);
  }
  if (newItems.length) await tx.ballotItem.createMany({ data: newItems });
  outcome.ballotItemsCreated = newItems.length;

  // Votes: new ones in one statement; changed ones updated; the same ones left alone.
  const existing = await tx.vote.findMany({
    where: { voterId: { in: voterIds }, proposalId: { in: [...new Set(rows.map((r) => r.proposal.id))] } },
    select: { id: true, voterId: true, proposalId: true, score: true, createdAt: true, ballotItemId: true },
  });
  const existingBy = new Map(existing.map((v) => [`${v.voterId}/${v.proposalId}`, v]));
  const newVotes: Prisma.VoteCreateManyInput[] = [];
  for (const { data, proposal } of rows) {
    const voter = voters.get(data.voterEmail)!;
    const itemId = ballotOf.get(voter.id)!.items.get(proposal.id)!;
    if (voter.organizationId && proposal.orgIds.includes(voter.organizationId)) outcome.conflicts++;
    const old = existingBy.get(`${voter.id}/${proposal.id}`);
    if (!old) {
      newVotes.push({
        eventId,
        voterId: voter.id,
        proposalId: proposal.id,
        ballotItemId: itemId,
        score: data.score,
        revision: 1,
        createdAt: data.votedAt,
      });
      outcome.created++;
    } else if (
      old.score === data.score &&
      old.createdAt.getTime() === data.votedAt.getTime() &&
      old.ballotItemId === itemId
    ) {
      outcome.unchanged++;
    } else {
      await tx.vote.update({
        where: { id: old.id },
        data: { score: data.score, createdAt: data.votedAt, ballotItemId: itemId, revision: { increment: 1 } },
      });
      outcome.updated++;
    }
  }
  if (newVotes.length) await tx.vote.createMany({ data: newVotes });
  return outcome;
}
