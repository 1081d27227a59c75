// THE voter-facing read. Everything a voter's page or action returns about proposals comes from
// here, and here only the anonymized projection is selected: anonymized title and abstract, track,
// format, level, tags. No proposal id, no speaker, organization, bio or original text is ever read
// (VOTER_PROPOSAL_SELECT is checked against an allow-list by voter-view.test.ts). Items are found
// by handle AND the voter's id, so another voter's handle resolves to nothing (the page 404s).
import "server-only";
import { db } from "../db/client";
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

const ITEM_SELECT = {
  handle: true,
  position: true,
  batch: true,
  proposal: { select: VOTER_PROPOSAL_SELECT },
  vote: { select: { score: true, revision: true } },
} as const satisfies Prisma.BallotItemSelect;

const EVENT_SELECT = {
  slug: true,
  name: true,
  timezone: true,
  phase: true,
  votingOpensAt: true,
  votingClosesAt: true,
  ballotSize: true,
  scaleMin: true,
  scaleMax: true,
  scaleLabels: true,
  tracks: { select: { slug: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] },
} as const satisfies Prisma.EventSelect;

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

function scale(e: { scaleMin: number; scaleMax: number; scaleLabels: string[] }): VoterScalePoint[] {
  const out: VoterScalePoint[] = [];
  for (let s = e.scaleMin; s <= e.scaleMax; s++)
    out.push({ score: s, label: e.scaleLabels[s - e.scaleMin] ?? String(s) });
  return out;
}

function summarize(item: Prisma.BallotItemGetPayload<{ select: typeof ITEM_SELECT }>): VoterItemSummary {
  return {
    handle: item.handle,
    position: item.position,
    batch: item.batch,
    title: item.proposal.anonymizedTitle,
    track: item.proposal.track.name,
    format: item.proposal.format.name,
    level: item.proposal.level,
    tags: item.proposal.tags,
    score: item.vote ? item.vote.score : undefined,
    revision: item.vote ? item.vote.revision : null,
  };
}

export function progressOf(items: Pick<VoterItemSummary, "score">[]): VoterProgress {
  const answered = items.filter((i) => i.score !== undefined).length;
  const skipped = items.filter((i) => i.score === null).length;
  return { total: items.length, answered, skipped, scored: answered - skipped };
}

async function loadEventForVoter(slug: string, now: Date) {
  const event = await db.event.findUnique({ where: { slug }, select: EVENT_SELECT });
  if (!event) return null;
  const window = votingWindow(event, now);
  return {
    slug: event.slug,
    name: event.name,
    timezone: event.timezone,
    votingClosesAt: event.votingClosesAt,
    ballotSize: event.ballotSize,
    scale: scale(event),
    tracks: event.tracks,
    open: window.open,
    closedReason: window.open ? null : window.reason,
    /** Voting pages exist only while the event is in VOTING (or after close, read-only). */
    phase: event.phase,
  };
}
export type VoterEvent = NonNullable<Awaited<ReturnType<typeof loadEventForVoter>>>;

/** The voter's ballot in an event: items in order (titles only), progress, current batch. */
export async function getVoterBallot(eventSlug: string, voterId: string, now: Date = new Date()) {
  const event = await loadEventForVoter(eventSlug, now);
  if (!event) return null;
  const ballot = await db.ballot.findFirst({
    where: { voterId, event: { slug: eventSlug } },
    select: { items: { select: ITEM_SELECT, orderBy: { position: "asc" } } },
  });
  const items = ballot ? ballot.items.map(summarize) : null;
  return {
    event,
    items,
    progress: progressOf(items ?? []),
    batch: items?.length ? Math.max(...items.map((i) => i.batch)) : 0,
  };
}

/**
 * One item of the voter's own ballot, by handle, with the rendered anonymized abstract and the
 * neighbouring handles for next/previous. null when the handle is not on this voter's ballot.
 */
export async function getVoterBallotItem(eventSlug: string, voterId: string, handle: string, now: Date = new Date()) {
  const owned = await db.ballotItem.findFirst({
    where: { handle, ballot: { voterId, event: { slug: eventSlug } } },
    select: { id: true },
  });
  if (!owned) return null;
  const view = await getVoterBallot(eventSlug, voterId, now);
  if (!view?.items) return null;
  const index = view.items.findIndex((i) => i.handle === handle);
  const item = await db.ballotItem.findFirstOrThrow({ where: { handle, ballot: { voterId } }, select: ITEM_SELECT });
  return {
    ...view,
    item: { ...summarize(item), abstractHtml: renderMarkdown(item.proposal.anonymizedAbstract) },
    index,
    previousHandle: index > 0 ? view.items[index - 1].handle : null,
    nextHandle: index < view.items.length - 1 ? view.items[index + 1].handle : null,
    nextOpenHandle:
      [...view.items.slice(index + 1), ...view.items.slice(0, index)].find((i) => i.score === undefined)?.handle ??
      null,
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
  const out = [];
  for (const e of events) {
    const view = await getVoterBallot(e.slug, voterId, now);
    if (view) out.push({ event: view.event, hasBallot: view.items !== null, progress: view.progress });
  }
  return out;
}
