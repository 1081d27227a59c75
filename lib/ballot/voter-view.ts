// THE voter-facing read. Everything a voter's page or action returns about proposals comes from
// here, and here only the anonymized projection is read: anonymized title and abstract, track,
// format, level, tags (VOTER_PROPOSAL_SELECT documents the allow-list and VOTER_PROPOSAL_SQL is
// the same list in SQL; voter-view.test.ts checks both). No proposal id, no speaker, organization,
// bio or original text is ever read. Items are found by handle AND the voter's id, so another
// voter's handle resolves to nothing (the page 404s).
//
// These are the hottest pages, so each is a fixed number of statements whatever the ballot size
// (docs/performance.md): the ballot page reads the event and the ballot's items in one statement;
// the item page reads the one item with its event and the ballot's outline (handle, answer; no
// text) for progress and next/previous in one statement.
import "server-only";
import { db } from "../db/client";
import { preparedSql } from "../db/prepared";
import type { Prisma } from "../db/generated/client";
import { renderMarkdown } from "../markdown/render";
import { votingWindow } from "./voting-window";

export const VOTER_PROPOSAL_SELECT = {
  anonymizedTitle: true,
  anonymizedAbstract: true,
  level: true,
  tags: true,
  track: { select: { name: true } },
  format: { select: { name: true } },
} as const satisfies Prisma.ProposalSelect;

/** VOTER_PROPOSAL_SELECT in SQL, for queries joining "Proposal" p, "Track" t, "Format" f. */
export const VOTER_PROPOSAL_SQL = `p."anonymizedTitle" AS "title", p."level"::text AS "level", p."tags" AS "tags", t."name" AS "track", f."name" AS "format"`;
/** The anonymized abstract: only the item page reads it. */
export const VOTER_ABSTRACT_SQL = `p."anonymizedAbstract" AS "abstract"`;

const PROPOSAL_JOINS = `JOIN "Proposal" p ON p."id" = bi."proposalId"
  JOIN "Track" t ON t."id" = p."trackId"
  JOIN "Format" f ON f."id" = p."formatId"`;

const EVENT_COLUMNS = `e."slug", e."name", e."timezone", e."phase"::text AS "phase", e."votingOpensAt", e."votingClosesAt",
  e."ballotSize", e."scaleMin", e."scaleMax", e."scaleLabels"`;

/**
 * The ballot page in one statement: the event (with its tracks, for the start form), whether the
 * voter has a ballot, and its items in order (titles only, no abstract). $1 event slug, $2 voter id;
 * no row when there is no such event; "items" is null when the voter has no ballot yet.
 */
export const BALLOT_SQL = preparedSql(
  "ballot_page",
  `SELECT ${EVENT_COLUMNS},
       COALESCE((SELECT json_agg(json_build_object('slug', t."slug", 'name', t."name") ORDER BY t."position", t."name")
                 FROM "Track" t WHERE t."eventId" = e."id"), '[]'::json) AS "tracks",
       CASE WHEN b."id" IS NULL THEN NULL ELSE COALESCE((
         SELECT json_agg(x ORDER BY x."position") FROM (
           SELECT bi."handle", bi."position", bi."batch", ${VOTER_PROPOSAL_SQL},
                  (v."id" IS NOT NULL) AS "voted", v."score", v."revision"
             FROM "BallotItem" bi
             ${PROPOSAL_JOINS}
             LEFT JOIN "Vote" v ON v."ballotItemId" = bi."id"
             WHERE bi."ballotId" = b."id") x), '[]'::json) END AS "items"
     FROM "Event" e
     LEFT JOIN "Ballot" b ON b."eventId" = e."id" AND b."voterId" = $2
     WHERE e."slug" = $1`,
);

/**
 * The item page in one statement: the item with its event, and its ballot's outline (handle and
 * answer of every item in order; no text) for progress and next/previous. $1 handle, $2 voter id,
 * $3 event slug; no row when the handle is not on this voter's ballot in this event.
 */
export const ITEM_SQL = preparedSql(
  "ballot_item",
  `SELECT ${EVENT_COLUMNS}, bi."handle", bi."position", bi."batch", ${VOTER_PROPOSAL_SQL}, ${VOTER_ABSTRACT_SQL},
         (v."id" IS NOT NULL) AS "voted", v."score", v."revision",
         (SELECT json_agg(json_build_object('h', o."handle", 'a', ov."id" IS NOT NULL, 's', ov."score") ORDER BY o."position")
            FROM "BallotItem" o LEFT JOIN "Vote" ov ON ov."ballotItemId" = o."id"
            WHERE o."ballotId" = b."id") AS "outline"
       FROM "BallotItem" bi
       JOIN "Ballot" b ON b."id" = bi."ballotId"
       JOIN "Event" e ON e."id" = b."eventId"
       ${PROPOSAL_JOINS}
       LEFT JOIN "Vote" v ON v."ballotItemId" = bi."id"
       WHERE bi."handle" = $1 AND b."voterId" = $2 AND e."slug" = $3`,
);

export type VoterScalePoint = { score: number; label: string };

export type VoterItemSummary = {
  handle: string;
  position: number;
  batch: number;
  title: string;
  track: string;
  format: string;
  level: string;
  tags: string[];
  /** undefined = not answered; null = skipped. */
  score: number | null | undefined;
  revision: number | null;
};

export type VoterProgress = { total: number; answered: number; skipped: number; scored: number };

type EventRow = {
  slug: string;
  name: string;
  timezone: string;
  phase: string;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  ballotSize: number;
  scaleMin: number;
  scaleMax: number;
  scaleLabels: string[];
};

type ItemRow = {
  handle: string;
  position: number;
  batch: number;
  title: string;
  track: string;
  format: string;
  level: string;
  tags: string[];
  voted: boolean;
  score: number | null;
  revision: number | null;
};

function scale(e: { scaleMin: number; scaleMax: number; scaleLabels: string[] }): VoterScalePoint[] {
  const out: VoterScalePoint[] = [];
  for (let s = e.scaleMin; s <= e.scaleMax; s++)
    out.push({ score: s, label: e.scaleLabels[s - e.scaleMin] ?? String(s) });
  return out;
}

function summarize(item: ItemRow): VoterItemSummary {
  return {
    handle: item.handle,
    position: item.position,
    batch: item.batch,
    title: item.title,
    track: item.track,
    format: item.format,
    level: item.level,
    tags: item.tags,
    score: item.voted ? item.score : undefined,
    revision: item.voted ? item.revision : null,
  };
}

export function progressOf(items: Pick<VoterItemSummary, "score">[]): VoterProgress {
  const answered = items.filter((i) => i.score !== undefined).length;
  const skipped = items.filter((i) => i.score === null).length;
  return { total: items.length, answered, skipped, scored: answered - skipped };
}

function voterEvent(event: EventRow, tracks: { slug: string; name: string }[], now: Date) {
  const window = votingWindow(event, now);
  return {
    slug: event.slug,
    name: event.name,
    timezone: event.timezone,
    votingClosesAt: event.votingClosesAt,
    ballotSize: event.ballotSize,
    scale: scale(event),
    tracks,
    open: window.open,
    closedReason: window.open ? null : window.reason,
    /** Voting pages exist only while the event is in VOTING (or after close, read-only). */
    phase: event.phase,
  };
}
export type VoterEvent = ReturnType<typeof voterEvent>;

/**
 * The voter's ballot in an event: items in order (titles only; null before the ballot is opened),
 * progress, current batch.
 */
export async function getVoterBallot(eventSlug: string, voterId: string, now: Date = new Date()) {
  const rows = await db.$queryRawUnsafe<
    (EventRow & { tracks: { slug: string; name: string }[]; items: ItemRow[] | null })[]
  >(BALLOT_SQL, eventSlug, voterId);
  const event = rows[0];
  if (!event) return null;
  const items = event.items ? event.items.map(summarize) : null;
  return {
    event: voterEvent(event, event.tracks, now),
    items,
    progress: progressOf(items ?? []),
    batch: items?.length ? Math.max(...items.map((i) => i.batch)) : 0,
  };
}

/** One outline entry as ITEM_SQL aggregates it: handle, answered, score (null = skipped). */
type OutlineEntry = { h: string; a: boolean; s: number | null };

/**
 * One item of the voter's own ballot, by handle, with the rendered anonymized abstract and the
 * neighbouring handles for next/previous. null when the handle is not on this voter's ballot.
 */
export async function getVoterBallotItem(eventSlug: string, voterId: string, handle: string, now: Date = new Date()) {
  const rows = await db.$queryRawUnsafe<(EventRow & ItemRow & { abstract: string; outline: OutlineEntry[] })[]>(
    ITEM_SQL,
    handle,
    voterId,
    eventSlug,
  );
  const row = rows[0];
  if (!row) return null;
  const answers = row.outline.map((o) => ({ handle: o.h, score: o.a ? o.s : undefined }));
  const index = answers.findIndex((i) => i.handle === handle);
  return {
    event: voterEvent(row, [], now),
    progress: progressOf(answers),
    item: { ...summarize(row), abstractHtml: renderMarkdown(row.abstract) },
    index,
    previousHandle: index > 0 ? answers[index - 1].handle : null,
    nextHandle: index < answers.length - 1 ? answers[index + 1].handle : null,
    nextOpenHandle:
      [...answers.slice(index + 1), ...answers.slice(0, index)].find((i) => i.score === undefined)?.handle ?? null,
  };
}
export type VoterBallotItemView = NonNullable<Awaited<ReturnType<typeof getVoterBallotItem>>>;

/** Events the voter can see on /vote: in VOTING, with their progress (counts only). */
export async function listVotingEvents(voterId: string, now: Date = new Date()) {
  const events = await db.event.findMany({
    where: { phase: "VOTING" },
    orderBy: [{ votingClosesAt: "asc" }, { name: "asc" }],
    select: { slug: true },
  });
  const views = await Promise.all(events.map((e) => getVoterBallot(e.slug, voterId, now)));
  return views
    .filter((v) => v !== null)
    .map((view) => ({ event: view.event, hasBallot: view.items !== null, progress: view.progress }));
}
