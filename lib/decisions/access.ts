// Who may review a track: its chairs and organizers, once voting has closed. Every dashboard
// read and every decision or reveal goes through here first.
import "server-only";
import { isAnyChair, isChairOf, type CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import { REVIEW_PHASES } from "../events/schema";

/** Phases in which the ranking and decisions are open to chairs (voting has closed). */
export { REVIEW_PHASES };

export async function loadReviewTrack(user: CurrentUser, eventSlug: string, trackSlug: string) {
  return db.track.findFirst({
    where: { slug: trackSlug, event: { slug: eventSlug } },
    select: {
      id: true,
      slug: true,
      name: true,
      slotCount: true,
      event: {
        select: {
          id: true,
          slug: true,
          name: true,
          phase: true,
          maxAcceptedPerOrg: true,
          newcomerTarget: true,
          feedbackWeight: true,
          votingClosesAt: true,
        },
      },
    },
  });
}
export type ReviewTrack = NonNullable<Awaited<ReturnType<typeof loadReviewTrack>>>;

/**
 * The track if the user may review it. `forPhase`: "read" (REVIEW or later) or "write" (REVIEW
 * only: decisions are final once results are published).
 */
export async function authorizeTrack(
  user: CurrentUser,
  eventSlug: string,
  trackSlug: string,
  forPhase: "read" | "write" = "read",
): Promise<Result<{ track: ReviewTrack }>> {
  if (!isAnyChair(user)) return fail("forbidden", "Only track chairs and organizers can review proposals.");
  const track = await loadReviewTrack(user, eventSlug, trackSlug);
  if (!track) return fail("not_found", `No track "${trackSlug}" in event "${eventSlug}".`);
  if (!isChairOf(user, track.id)) return fail("forbidden", "You are not a chair of this track.");
  if (forPhase === "read" && !REVIEW_PHASES.includes(track.event.phase)) {
    return fail("phase_closed", "The ranking opens to chairs once voting has closed (phase Review).");
  }
  if (forPhase === "write" && track.event.phase !== "REVIEW") {
    return fail("phase_closed", "Decisions can only be changed while the event is in review.");
  }
  return { ok: true, track };
}
