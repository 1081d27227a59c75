// Each chair's own review of a proposal: a private note (its author only), their own mark
// (accept / waitlist / reject) and an optional comment for the other chairs of the track. They sit beside the team's pending
// decision (Decision.mark), which is what "Apply decisions" applies. Nothing here ever reaches a
// voter or a speaker; the only chair text a speaker sees is Decision.speakerFeedback.
import "server-only";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import type { DecisionMark } from "../db/generated/enums";
import { fail, type Result } from "../errors";
import { authorizeTrack } from "./access";
import { markOfStatus } from "./rules";

export const NOTE_MAX = 5000;
export const FEEDBACK_MAX = 3000;

export type ChairMark = Exclude<DecisionMark, "UNDECIDED">;

export type ChairReviewEntry = {
  userId: string;
  chair: string;
  note: string | null;
  mark: ChairMark | null;
  comment: string | null;
  updatedAt: Date;
};

export type SaveChairReviewInput = {
  eventSlug: string;
  trackSlug: string;
  proposalId: string;
  note?: string;
  /** "" clears the mark. */
  mark?: ChairMark | "";
  comment?: string;
};

const clean = (text: string | undefined) => {
  const t = text?.replace(/\r\n/g, "\n").trim();
  return t ? t : null;
};

async function proposalInTrack(trackId: string, proposalId: string) {
  return db.proposal.findFirst({ where: { id: proposalId, trackId }, select: { id: true, status: true } });
}

export async function saveChairReview(
  user: CurrentUser,
  input: SaveChairReviewInput,
): Promise<Result<{ review: ChairReviewEntry }>> {
  const access = await authorizeTrack(user, input.eventSlug, input.trackSlug, "write");
  if (!access.ok) return access;
  const note = clean(input.note);
  const comment = clean(input.comment);
  const fieldErrors: Record<string, string> = {};
  if (note && note.length > NOTE_MAX) fieldErrors.note = `The note must be at most ${NOTE_MAX} characters.`;
  if (comment && comment.length > 1000) fieldErrors.comment = "The comment must be at most 1000 characters.";
  if (Object.keys(fieldErrors).length) return fail("invalid_input", Object.values(fieldErrors)[0], fieldErrors);
  const proposal = await proposalInTrack(access.track.id, input.proposalId);
  if (!proposal) return fail("not_found", "No such proposal in this track.");
  if (markOfStatus(proposal.status) === null) return fail("phase_closed", "Withdrawn proposals cannot be reviewed.");
  const data = {
    ...(input.note !== undefined ? { note } : {}),
    ...(input.mark !== undefined ? { mark: input.mark || null } : {}),
    ...(input.comment !== undefined ? { comment } : {}),
  };
  const row = await db.chairReview.upsert({
    where: { proposalId_userId: { proposalId: proposal.id, userId: user.id } },
    create: { proposalId: proposal.id, userId: user.id, note: null, mark: null, comment: null, ...data },
    update: data,
    select: reviewSelect,
  });
  return { ok: true, review: toEntry(row) };
}

const reviewSelect = {
  proposalId: true,
  userId: true,
  note: true,
  mark: true,
  comment: true,
  updatedAt: true,
  user: { select: { name: true, email: true } },
} as const;

type ReviewRow = {
  proposalId: string;
  userId: string;
  note: string | null;
  mark: DecisionMark | null;
  comment: string | null;
  updatedAt: Date;
  user: { name: string | null; email: string };
};

function toEntry(r: ReviewRow): ChairReviewEntry {
  return {
    userId: r.userId,
    chair: r.user.name || r.user.email,
    note: r.note,
    mark: r.mark === "UNDECIDED" ? null : r.mark,
    comment: r.comment,
    updatedAt: r.updatedAt,
  };
}

/**
 * Every chair's review per proposal of the track (caller has been authorized for the track).
 * Marks and comments are for all chairs of the track; a note is private to its author, so other
 * chairs' notes come back as null when `viewerId` is given.
 */
export async function loadChairReviews(
  trackId: string,
  proposalId?: string,
  viewerId?: string,
): Promise<Map<string, ChairReviewEntry[]>> {
  const rows = await db.chairReview.findMany({
    where: { proposal: { trackId }, ...(proposalId ? { proposalId } : {}) },
    select: reviewSelect,
    orderBy: [{ updatedAt: "asc" }],
  });
  const out = new Map<string, ChairReviewEntry[]>();
  for (const r of rows) {
    const entry = toEntry(r);
    if (viewerId !== undefined && r.userId !== viewerId) entry.note = null;
    out.set(r.proposalId, [...(out.get(r.proposalId) ?? []), entry]);
  }
  return out;
}

/** Chairs disagree when at least two of them marked the proposal and not all the same way. */
export function chairsDisagree(reviews: readonly Pick<ChairReviewEntry, "mark">[]): boolean {
  const marks = new Set(reviews.map((r) => r.mark).filter((m) => m !== null));
  return marks.size > 1;
}

/** The feedback a chair writes for the speaker; it goes into the decision e-mail. */
export async function saveSpeakerFeedback(
  user: CurrentUser,
  input: { eventSlug: string; trackSlug: string; proposalId: string; feedback: string },
): Promise<Result<{ feedback: string | null }>> {
  const access = await authorizeTrack(user, input.eventSlug, input.trackSlug, "write");
  if (!access.ok) return access;
  const feedback = clean(input.feedback);
  if (feedback && feedback.length > FEEDBACK_MAX) {
    const message = `The feedback must be at most ${FEEDBACK_MAX} characters.`;
    return fail("invalid_input", message, { feedback: message });
  }
  const proposal = await proposalInTrack(access.track.id, input.proposalId);
  if (!proposal) return fail("not_found", "No such proposal in this track.");
  if (markOfStatus(proposal.status) === null) return fail("phase_closed", "Withdrawn proposals cannot be decided.");
  await db.decision.upsert({
    where: { proposalId: proposal.id },
    create: {
      proposalId: proposal.id,
      mark: markOfStatus(proposal.status) ?? "UNDECIDED",
      markedById: user.id,
      speakerFeedback: feedback,
    },
    update: { speakerFeedback: feedback },
  });
  return { ok: true, feedback };
}
