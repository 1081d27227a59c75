// Ballot assignment with persistence. Idempotent and race-safe: Ballot is unique per (event,
// voter), so two tabs (or two app instances) opening voting at once create one ballot (the loser's
// insert waits for the winner's and then inserts nothing, and it reads the winner's ballot). "Give me more"
// locks the ballot row and names the batch it extends, so a repeated click adds one batch, not two.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "../db/client";
import type { Eligibility, EventPhase } from "../db/generated/enums";
import { checkEligibility } from "../eligibility/check";
import { decideEligibility } from "../eligibility/rules";
import { domainSuffixes } from "../eligibility/sql";
import { fail, type Result } from "../errors";
import { MAX_BALLOT_SIZE } from "../events/schema";
import { normalizeEmail } from "../orgs/normalize";
import { consumeRateLimit, windowStartFor } from "../rate-limit/consume";
import { RATE_LIMITS } from "../rate-limit/rules";
import { loadCandidates, privateDomain } from "./candidates";
import { chooseBallot, shuffle } from "./choose";
import { OPEN_BALLOT_SQL } from "./open-ballot-sql";
import { votingWindow } from "./voting-window";

export type BallotVoter = { id: string; email: string; emailVerified: boolean; organizationId: string | null };

/** 12 random bytes, base64url: 16 characters nobody can guess or link to a proposal. */
export function newHandle(): string {
  return randomBytes(12).toString("base64url");
}

/**
 * A new ballot's id: the time in milliseconds (base 36, fixed width) and 10 random bytes. Ids of
 * ballots (and of their items, which extend it) made one after another sort one after another,
 * like Prisma's cuid(), so their primary-key indexes grow at the end.
 */
function newBallotId(): string {
  return `b${Date.now().toString(36).padStart(9, "0")}${randomBytes(10).toString("hex")}`;
}

/** n handles from one draw of random bytes. */
export function newHandles(n: number): string[] {
  const bytes = randomBytes(12 * n);
  return Array.from({ length: n }, (_, i) => bytes.subarray(12 * i, 12 * i + 12).toString("base64url"));
}

type Opened = { created: boolean; items: number; firstHandle: string | null };
type More = { added: number; batch: number; firstHandle: string | null };

async function loadEvent(slug: string) {
  return db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      phase: true,
      votingOpensAt: true,
      votingClosesAt: true,
      eligibility: true,
      eligibleDomains: true,
      ballotSize: true,
      tracks: { select: { id: true, slug: true } },
    },
  });
}
type LoadedEvent = NonNullable<Awaited<ReturnType<typeof loadEvent>>>;

/** Phase, time window, eligibility and rate limit: the checks every assignment passes first. */
async function admit(
  event: LoadedEvent | null,
  voter: BallotVoter,
  now: Date,
): Promise<Result<{ event: LoadedEvent }>> {
  if (!event) return fail("not_found", "No such event.");
  const window = votingWindow(event, now);
  if (!window.open) return fail("phase_closed", window.reason);
  const eligible = await checkEligibility(event, voter);
  if (!eligible.eligible) return fail("not_eligible", eligible.reason);
  const limited = await consumeRateLimit(`ballot:${voter.id}`, RATE_LIMITS.ballotAssign, now);
  if (!limited.ok) return fail("rate_limited");
  return { ok: true, event };
}

/** Inserts the items in one statement (the coverage trigger counts them); returns their handles in order. */
async function insertItems(
  tx: Tx,
  ballotId: string,
  keys: string[],
  firstPosition: number,
  batch: number,
  assignedAt: Date,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const data = keys.map((proposalId, i) => ({
    ballotId,
    proposalId,
    handle: newHandle(),
    position: firstPosition + i,
    batch,
    assignedAt,
  }));
  await tx.ballotItem.createMany({ data });
  return data.map((d) => d.handle);
}

type OpenFacts = {
  phase: EventPhase;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  eligibility: Eligibility;
  eligibleDomains: string[];
  onList: boolean;
  knownTracks: number;
  rateCount: number | null;
  created: boolean;
  inserted: number | bigint;
  firstNew: string | null;
  existingItems: number | bigint | null;
  existingFirst: string | null;
};

/** A random permutation of 1..n (Fisher-Yates with the given source): the positions of a new ballot's items. */
function permutation(n: number, random: () => number): number[] {
  return shuffle(
    Array.from({ length: n }, (_, i) => i + 1),
    random,
  );
}

/**
 * The voter's ballot for the event, assigned on first call (ballotSize items: the least covered
 * proposals the voter has no conflict with, shuffled) and returned unchanged afterwards.
 * trackSlugs narrows the pool on first assignment only. One statement (open-ballot-sql.ts), two
 * when another request for the same voter inserted the ballot a moment before.
 */
export async function openBallot(args: {
  eventSlug: string;
  voter: BallotVoter;
  trackSlugs?: string[];
  now?: Date;
  random?: () => number;
}): Promise<Result<Opened>> {
  const now = args.now ?? new Date();
  const rule = RATE_LIMITS.ballotAssign;
  const windowStart = windowStartFor(now, rule.windowMs);
  const email = normalizeEmail(args.voter.email);
  const slugs = [...new Set(args.trackSlugs ?? [])];
  const run = async () => {
    const rows = await db.$queryRawUnsafe<OpenFacts[]>(
      OPEN_BALLOT_SQL,
      args.eventSlug,
      args.voter.id,
      now,
      email,
      args.voter.emailVerified,
      domainSuffixes(email),
      `ballot:${args.voter.id}`,
      windowStart,
      rule.limit,
      slugs,
      newBallotId(),
      newHandles(MAX_BALLOT_SIZE),
      permutation(MAX_BALLOT_SIZE, args.random ?? Math.random),
      args.voter.organizationId,
      privateDomain(args.voter.email),
    );
    return rows[0];
  };
  let facts = await run();
  if (!facts) return fail("not_found", "No such event.");
  if (facts.created) {
    // A new ballot's items are all open: the first one is where the voter starts.
    return { ok: true, created: true, items: Number(facts.inserted), firstHandle: facts.firstNew };
  }
  if (facts.existingItems === null && facts.rateCount !== null && Number(facts.rateCount) <= rule.limit) {
    // Another tab (or instance) inserted the ballot while this statement ran: read that one.
    facts = (await run()) ?? facts;
  }
  if (facts.existingItems !== null) {
    return { ok: true, created: false, items: Number(facts.existingItems), firstHandle: facts.existingFirst };
  }
  const window = votingWindow(facts, now);
  if (!window.open) return fail("phase_closed", window.reason);
  const eligible = decideEligibility(facts, args.voter, facts.onList);
  if (!eligible.eligible) return fail("not_eligible", eligible.reason);
  if (Number(facts.knownTracks) !== slugs.length)
    return fail("invalid_input", "Unknown track in your preferences.", { tracks: "Unknown track" });
  if (facts.rateCount === null) {
    // The statement's gate and the pure rules disagree: a bug, never a voter's mistake.
    throw new Error("openBallot: the ballot statement refused a voter the eligibility and window rules allow");
  }
  return fail("rate_limited");
}

/**
 * "Give me more": another batch of ballotSize items, once every item so far is answered or
 * skipped. expectedBatch is the batch the voter's page showed; a replayed or double-clicked
 * request names an old batch and is refused, so it never adds a second batch.
 */
export async function assignMore(args: {
  eventSlug: string;
  voter: BallotVoter;
  expectedBatch: number;
  now?: Date;
  random?: () => number;
}): Promise<Result<More>> {
  const now = args.now ?? new Date();
  const admitted = await admit(await loadEvent(args.eventSlug), args.voter, now);
  if (!admitted.ok) return admitted;
  const ev = admitted.event;
  return db.$transaction(
    async (tx): Promise<Result<More>> => {
      const locked = await tx.$queryRaw<{ id: string; trackPreferences: string[] }[]>`
        SELECT "id", "trackPreferences" FROM "Ballot" WHERE "eventId" = ${ev.id} AND "voterId" = ${args.voter.id} FOR UPDATE`;
      const ballot = locked[0];
      if (!ballot) return fail("not_found", "You have no ballot for this event yet.");
      const items = await tx.ballotItem.findMany({
        where: { ballotId: ballot.id },
        select: { proposalId: true, batch: true, position: true, vote: { select: { id: true } } },
      });
      const batch = Math.max(0, ...items.map((i) => i.batch));
      if (batch !== args.expectedBatch) {
        return fail(
          "conflict",
          "You already received more items (from another tab or a repeated click). Reload to see them.",
        );
      }
      const open = items.filter((i) => !i.vote).length;
      if (open > 0)
        return fail("invalid_input", `Answer or skip the ${open} item${open === 1 ? "" : "s"} you have first.`);
      const { candidates, voterConflicts } = await loadCandidates(tx, ev.id, args.voter, {
        size: ev.ballotSize,
        trackIds: ballot.trackPreferences,
        exclude: items.map((i) => i.proposalId),
      });
      const keys = chooseBallot({
        candidates,
        voterConflicts,
        size: ev.ballotSize,
        trackPreferences: ballot.trackPreferences,
        alreadyAssigned: new Set(items.map((i) => i.proposalId)),
        random: args.random ?? Math.random,
      });
      if (keys.length === 0) return { ok: true, added: 0, batch, firstHandle: null };
      const firstPosition = Math.max(0, ...items.map((i) => i.position)) + 1;
      const handles = await insertItems(tx, ballot.id, keys, firstPosition, batch + 1, now);
      return { ok: true, added: keys.length, batch: batch + 1, firstHandle: handles[0] ?? null };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
