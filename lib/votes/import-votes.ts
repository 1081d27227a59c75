// `podium import:votes`: votes from another system's CSV (DESIGN.md columns). For every row:
// the voter's account (created as a placeholder when new, with voter_created_at and the
// organization), the voter's ballot and a ballot item for the proposal (so coverage counts stay
// true), and the vote itself. Each row is validated first and then written in its own
// transaction, so a bad row writes nothing and the others go in. Idempotent: a second run
// of the same file finds every vote in place and changes nothing.
import "server-only";
import { z } from "zod";
import { newHandle } from "../ballot/assign-ballot";
import { db, type Tx } from "../db/client";
import { fail, type Result } from "../errors";
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

type Voter = { id: string; organizationId: string | null };
type BallotState = { id: string; maxPosition: number; batch: number; items: Map<string, string> };
type Proposal = { id: string; orgIds: string[] };

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
  const voters = new Map<string, Voter>();
  const ballots = new Map<string, BallotState>();
  const seen = new Map<string, number>();

  for (const [i, row] of args.rows.entries()) {
    args.onProgress?.(i, args.rows.length);
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

    try {
      const outcome = await db.$transaction((tx) => writeRow(tx, event.id, data, proposal, voters, ballots), {
        timeout: 30_000,
        maxWait: 30_000,
      });
      summary[outcome.vote]++;
      if (outcome.voterCreated) summary.votersCreated++;
      if (outcome.itemCreated) summary.ballotItemsCreated++;
      if (outcome.voter.organizationId && proposal.orgIds.includes(outcome.voter.organizationId)) summary.conflicts++;
      // Caches change only once the row's transaction committed.
      voters.set(data.voterEmail, outcome.voter);
      ballots.set(outcome.voter.id, outcome.ballot);
    } catch (e) {
      failRow(`internal error: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    }
  }
  args.onProgress?.(args.rows.length, args.rows.length);
  return { ok: true, ...summary };
}

type Row = z.infer<typeof rowSchema>;

async function findOrCreateVoter(tx: Tx, row: Row): Promise<{ voter: Voter; created: boolean }> {
  const existing = await tx.user.findUnique({
    where: { email: row.voterEmail },
    select: { id: true, organizationId: true, emailVerified: true },
  });
  const wantsOrg = row.voterOrganization !== "";
  if (existing) {
    const data: { organizationId?: string; accountCreatedAt?: Date } = {};
    if (!existing.organizationId && wantsOrg) {
      const { organization } = await resolveOrganization(tx, { name: row.voterOrganization, email: row.voterEmail });
      if (organization) data.organizationId = organization.id;
    }
    // Only a placeholder (never signed in here) takes its account date from the file.
    if (row.voterCreatedAt && !existing.emailVerified) data.accountCreatedAt = row.voterCreatedAt;
    if (Object.keys(data).length) await tx.user.update({ where: { id: existing.id }, data });
    return {
      voter: { id: existing.id, organizationId: data.organizationId ?? existing.organizationId },
      created: false,
    };
  }
  const { organization } = await resolveOrganization(tx, {
    name: wantsOrg ? row.voterOrganization : null,
    email: row.voterEmail,
  });
  const user = await tx.user.create({
    data: {
      email: row.voterEmail,
      organizationId: organization?.id ?? null,
      accountCreatedAt: row.voterCreatedAt ?? new Date(),
    },
    select: { id: true, organizationId: true },
  });
  return { voter: user, created: true };
}

async function loadBallot(tx: Tx, eventId: string, voterId: string, assignedAt: Date): Promise<BallotState> {
  const ballot = await tx.ballot.upsert({
    where: { eventId_voterId: { eventId, voterId } },
    create: { eventId, voterId, createdAt: assignedAt },
    update: {},
    select: { id: true, items: { select: { id: true, proposalId: true, position: true, batch: true } } },
  });
  return {
    id: ballot.id,
    maxPosition: Math.max(0, ...ballot.items.map((i) => i.position)),
    batch: Math.max(1, ...ballot.items.map((i) => i.batch)),
    items: new Map(ballot.items.map((i) => [i.proposalId, i.id])),
  };
}

async function writeRow(
  tx: Tx,
  eventId: string,
  row: Row,
  proposal: Proposal,
  voters: Map<string, Voter>,
  ballots: Map<string, BallotState>,
) {
  const cached = voters.get(row.voterEmail);
  const { voter, created: voterCreated } =
    cached && !row.voterCreatedAt ? { voter: cached, created: false } : await findOrCreateVoter(tx, row);
  const known = ballots.get(voter.id);
  const ballot: BallotState = known
    ? { ...known, items: new Map(known.items) }
    : await loadBallot(tx, eventId, voter.id, row.votedAt);

  let itemId = ballot.items.get(proposal.id);
  let itemCreated = false;
  if (!itemId) {
    ballot.maxPosition += 1;
    const item = await tx.ballotItem.create({
      data: {
        ballotId: ballot.id,
        proposalId: proposal.id,
        handle: newHandle(),
        position: ballot.maxPosition,
        batch: ballot.batch,
        assignedAt: row.votedAt,
      },
      select: { id: true },
    });
    itemId = item.id;
    itemCreated = true;
    ballot.items.set(proposal.id, itemId);
  }

  const existing = await tx.vote.findUnique({
    where: { voterId_proposalId: { voterId: voter.id, proposalId: proposal.id } },
    select: { id: true, score: true, createdAt: true, ballotItemId: true },
  });
  let vote: "created" | "updated" | "unchanged";
  if (!existing) {
    await tx.vote.create({
      data: {
        eventId,
        voterId: voter.id,
        proposalId: proposal.id,
        ballotItemId: itemId,
        score: row.score,
        revision: 1,
        createdAt: row.votedAt,
      },
    });
    vote = "created";
  } else if (
    existing.score === row.score &&
    existing.createdAt.getTime() === row.votedAt.getTime() &&
    existing.ballotItemId === itemId
  ) {
    vote = "unchanged";
  } else {
    await tx.vote.update({
      where: { id: existing.id },
      data: { score: row.score, createdAt: row.votedAt, ballotItemId: itemId, revision: { increment: 1 } },
    });
    vote = "updated";
  }
  return { voter, voterCreated, ballot, itemCreated, vote };
}
