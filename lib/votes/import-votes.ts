// `podium import:votes`: votes from another system's CSV (DESIGN.md columns). For every row:
// the voter's account (created as a placeholder when new, with voter_created_at and the
// organization), the voter's ballot and a ballot item for the proposal (so coverage counts stay
// true), and the vote itself. Every row is validated before anything is written, so a bad row
// writes nothing; the good rows are written in chunks of CHUNK rows, one transaction and about
// eight set-based statements per chunk (each column one array parameter, expanded with unnest():
// lib/db/bulk-sql.ts; not a transaction or a statement per row: docs/performance.md). Should a
// chunk fail in the database anyway, its rows are written again one by one, so only the row that
// fails is reported and the others go in. Idempotent: a second run of the same file finds every
// vote in place and changes nothing.
import "server-only";
import { z } from "zod";
import { newHandles } from "../ballot/assign-ballot";
import { db, type Tx } from "../db/client";
import { fail, type Result } from "../errors";
import { isoOrNull, sortableIds, utc } from "../db/bulk-sql";
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
const CHUNK = 2000;

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
type UserRow = {
  id: string;
  email: string;
  organizationId: string | null;
  emailVerified: Date | null;
  accountCreatedAt: Date;
};

/**
 * The chunk's voters: existing accounts by e-mail (an organization filled in when they have none,
 * a placeholder's account date taken from the file), new placeholders created in one statement.
 * Organizations are resolved once per (organization, e-mail domain), not per voter.
 */
async function loadVoters(
  tx: Tx,
  rows: ValidRow[],
  orgOf: Map<string, string | null>,
  now: string,
): Promise<Map<string, VoterState>> {
  const wanted = new Map<string, { organization: string; createdAt: Date | null; email: string }>();
  for (const { data } of rows) {
    const w = wanted.get(data.voterEmail) ?? { organization: "", createdAt: null, email: data.voterEmail };
    if (!w.organization && data.voterOrganization) w.organization = data.voterOrganization;
    if (data.voterCreatedAt) w.createdAt = data.voterCreatedAt; // the file's last date wins
    wanted.set(data.voterEmail, w);
  }
  const orgFor = async (organization: string, email: string) => {
    const key = `${organization}\u0000${email.slice(email.lastIndexOf("@") + 1)}`;
    if (!orgOf.has(key)) {
      const { organization: org } = await resolveOrganization(tx, { name: organization || null, email });
      orgOf.set(key, org?.id ?? null);
    }
    return orgOf.get(key)!;
  };
  const existing = await tx.$queryRawUnsafe<UserRow[]>(
    `SELECT "id", "email", "organizationId", "emailVerified", "accountCreatedAt" FROM "User" WHERE "email" = ANY($1::text[])`,
    [...wanted.keys()],
  );
  const out = new Map<string, VoterState>();
  const changed = { ids: [] as string[], orgs: [] as (string | null)[], createdAts: [] as (string | null)[] };
  for (const u of existing) {
    const w = wanted.get(u.email)!;
    const orgId = !u.organizationId && w.organization ? await orgFor(w.organization, u.email) : null;
    // Only a placeholder (never signed in here) takes its account date from the file.
    const createdAt =
      w.createdAt && !u.emailVerified && u.accountCreatedAt.getTime() !== w.createdAt.getTime() ? w.createdAt : null;
    if (orgId || createdAt) {
      changed.ids.push(u.id);
      changed.orgs.push(orgId);
      changed.createdAts.push(isoOrNull(createdAt));
    }
    out.set(u.email, { id: u.id, organizationId: orgId ?? u.organizationId, created: false });
  }
  if (changed.ids.length)
    await tx.$executeRawUnsafe(
      `UPDATE "User" u SET "organizationId" = COALESCE(t.org, u."organizationId"),
         "accountCreatedAt" = COALESCE(${utc("t.created")}, u."accountCreatedAt"), "updatedAt" = ${utc("$4::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS t(id, org, created) WHERE u."id" = t.id`,
      changed.ids,
      changed.orgs,
      changed.createdAts,
      now,
    );
  const fresh = {
    ids: [] as string[],
    emails: [] as string[],
    orgs: [] as (string | null)[],
    createdAts: [] as string[],
  };
  const newIds = sortableIds(wanted.size - out.size);
  for (const w of wanted.values()) {
    if (out.has(w.email)) continue;
    const id = newIds[fresh.ids.length];
    const organizationId = await orgFor(w.organization, w.email);
    fresh.ids.push(id);
    fresh.emails.push(w.email);
    fresh.orgs.push(organizationId);
    fresh.createdAts.push(isoOrNull(w.createdAt) ?? now);
    out.set(w.email, { id, organizationId, created: true });
  }
  if (fresh.ids.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "User" ("id", "email", "organizationId", "accountCreatedAt", "createdAt", "updatedAt")
       SELECT t.id, t.email, t.org, ${utc("t.created")}, ${utc("$5::timestamptz")}, ${utc("$5::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS t(id, email, org, created)`,
      fresh.ids,
      fresh.emails,
      fresh.orgs,
      fresh.createdAts,
      now,
    );
  return out;
}

/** A ballot of the chunk's voters with one of its items (all null for a ballot without items). */
type ItemRow = {
  ballotId: string;
  voterId: string;
  id: string | null;
  proposalId: string | null;
  position: number | null;
  batch: number | null;
};
type VoteRow = {
  id: string;
  voterId: string;
  proposalId: string;
  score: number | null;
  createdAt: Date;
  ballotItemId: string | null;
};

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
  const now = new Date().toISOString();
  const voters = await loadVoters(tx, rows, orgOf, now);
  for (const v of voters.values()) if (v.created) outcome.votersCreated++;
  const voterIds = [...new Set([...voters.values()].map((v) => v.id))];

  // Ballots: one per voter and event, created where missing (dated by the voter's first vote). A
  // ballot created here has no items yet; only the others are read back, with their items, one
  // index probe per voter (LATERAL ... LIMIT/OFFSET keeps the planner from hashing every ballot item
  // of the event, which made each chunk slower than the one before).
  const firstVote = new Map<string, Date>();
  for (const { data } of rows) {
    const id = voters.get(data.voterEmail)!.id;
    if (!firstVote.has(id)) firstVote.set(id, data.votedAt);
  }
  const inserted = await tx.$queryRawUnsafe<{ id: string; voterId: string }[]>(
    `INSERT INTO "Ballot" ("id", "eventId", "voterId", "createdAt")
     SELECT t.id, $1, t.voter, ${utc("t.created")} FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS t(id, voter, created)
     ON CONFLICT ("eventId", "voterId") DO NOTHING RETURNING "id", "voterId"`,
    eventId,
    sortableIds(voterIds.length),
    voterIds,
    voterIds.map((id) => firstVote.get(id)!.toISOString()),
  );
  type Ballot = { id: string; maxPosition: number; batch: number; items: Map<string, string> };
  const ballotOf = new Map<string, Ballot>(
    inserted.map((b) => [b.voterId, { id: b.id, maxPosition: 0, batch: 1, items: new Map() }]),
  );
  const older = voterIds.filter((id) => !ballotOf.has(id));
  const items = older.length
    ? await tx.$queryRawUnsafe<ItemRow[]>(
        `SELECT b."id" AS "ballotId", b."voterId", bi."id", bi."proposalId", bi."position", bi."batch"
         FROM unnest($2::text[]) AS t(voter)
         CROSS JOIN LATERAL (SELECT "id", "voterId" FROM "Ballot" x WHERE x."eventId" = $1 AND x."voterId" = t.voter LIMIT 1) b
         LEFT JOIN LATERAL (SELECT "id", "proposalId", "position", "batch" FROM "BallotItem" y WHERE y."ballotId" = b."id" OFFSET 0) bi ON true`,
        eventId,
        older,
      )
    : [];
  for (const it of items) {
    let ballot = ballotOf.get(it.voterId);
    if (!ballot) ballotOf.set(it.voterId, (ballot = { id: it.ballotId, maxPosition: 0, batch: 1, items: new Map() }));
    if (it.id === null) continue;
    ballot.items.set(it.proposalId!, it.id);
    ballot.maxPosition = Math.max(ballot.maxPosition, it.position!);
    ballot.batch = Math.max(ballot.batch, it.batch!);
  }

  // Ballot items for proposals not yet on the voter's ballot, in file order.
  const newItems = { ids: [] as string[], ballots: [] as string[], proposals: [] as string[], handles: [] as string[] };
  const positions: number[] = [];
  const batches: number[] = [];
  const assignedAts: string[] = [];
  const itemIds = sortableIds(rows.length);
  for (const { data, proposal } of rows) {
    const ballot = ballotOf.get(voters.get(data.voterEmail)!.id)!;
    if (ballot.items.has(proposal.id)) continue;
    const id = itemIds[newItems.ids.length];
    ballot.maxPosition += 1;
    newItems.ids.push(id);
    newItems.ballots.push(ballot.id);
    newItems.proposals.push(proposal.id);
    positions.push(ballot.maxPosition);
    batches.push(ballot.batch);
    assignedAts.push(data.votedAt.toISOString());
    ballot.items.set(proposal.id, id);
  }
  newItems.handles = newHandles(newItems.ids.length);
  if (newItems.ids.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "BallotItem" ("id", "ballotId", "proposalId", "handle", "position", "batch", "assignedAt")
       SELECT t.id, t.ballot, t.proposal, t.handle, t.position, t.batch, ${utc("t.assigned")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::timestamptz[])
         AS t(id, ballot, proposal, handle, position, batch, assigned)`,
      newItems.ids,
      newItems.ballots,
      newItems.proposals,
      newItems.handles,
      positions,
      batches,
      assignedAts,
    );
  outcome.ballotItemsCreated = newItems.ids.length;

  // Votes: new ones in one statement, changed ones in another; the same ones left alone. A voter
  // created in this transaction has none yet; the others' are looked up pair by pair in the unique
  // (voter, proposal) index (LATERAL ... LIMIT 1 keeps the plan a nested loop, not a hash join over
  // every vote of the table, whatever the table statistics say).
  const pairs = rows
    .map(({ data, proposal }) => [voters.get(data.voterEmail)!, proposal.id] as const)
    .filter(([voter]) => !voter.created);
  const existing = pairs.length
    ? await tx.$queryRawUnsafe<VoteRow[]>(
        `SELECT v."id", v."voterId", v."proposalId", v."score", v."createdAt", v."ballotItemId"
         FROM unnest($1::text[], $2::text[]) AS t(voter, proposal)
         CROSS JOIN LATERAL (SELECT * FROM "Vote" x WHERE x."voterId" = t.voter AND x."proposalId" = t.proposal LIMIT 1) v`,
        pairs.map((p) => p[0].id),
        pairs.map((p) => p[1]),
      )
    : [];
  const existingBy = new Map(existing.map((v) => [`${v.voterId}/${v.proposalId}`, v]));
  const fresh = { voters: [] as string[], proposals: [] as string[], items: [] as string[] };
  const freshScores: (number | null)[] = [];
  const freshAts: string[] = [];
  const changed = { ids: [] as string[], items: [] as string[], ats: [] as string[] };
  const changedScores: (number | null)[] = [];
  for (const { data, proposal } of rows) {
    const voter = voters.get(data.voterEmail)!;
    const itemId = ballotOf.get(voter.id)!.items.get(proposal.id)!;
    if (voter.organizationId && proposal.orgIds.includes(voter.organizationId)) outcome.conflicts++;
    const old = existingBy.get(`${voter.id}/${proposal.id}`);
    if (!old) {
      fresh.voters.push(voter.id);
      fresh.proposals.push(proposal.id);
      fresh.items.push(itemId);
      freshScores.push(data.score);
      freshAts.push(data.votedAt.toISOString());
      outcome.created++;
    } else if (
      old.score === data.score &&
      old.createdAt.getTime() === data.votedAt.getTime() &&
      old.ballotItemId === itemId
    ) {
      outcome.unchanged++;
    } else {
      changed.ids.push(old.id);
      changed.items.push(itemId);
      changed.ats.push(data.votedAt.toISOString());
      changedScores.push(data.score);
      outcome.updated++;
    }
  }
  if (changed.ids.length)
    await tx.$executeRawUnsafe(
      `UPDATE "Vote" v SET "score" = t.score, "createdAt" = ${utc("t.voted")}, "ballotItemId" = t.item,
         "revision" = v."revision" + 1, "updatedAt" = ${utc("$5::timestamptz")}
       FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::text[]) AS t(id, score, voted, item) WHERE v."id" = t.id`,
      changed.ids,
      changedScores,
      changed.ats,
      changed.items,
      now,
    );
  if (fresh.voters.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "Vote" ("id", "eventId", "voterId", "proposalId", "ballotItemId", "score", "revision", "createdAt", "updatedAt")
       SELECT t.id, $1, t.voter, t.proposal, t.item, t.score, 1, ${utc("t.voted")}, ${utc("$8::timestamptz")}
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::timestamptz[])
         AS t(id, voter, proposal, item, score, voted)`,
      eventId,
      sortableIds(fresh.voters.length),
      fresh.voters,
      fresh.proposals,
      fresh.items,
      freshScores,
      freshAts,
      now,
    );
  return outcome;
}
