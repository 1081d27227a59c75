// When attendees may rate a session (pure). The window opens when the session starts (or, without
// a time, when the event starts; with neither, once the event is published) and closes
// feedbackWindowDays after the event ends (or after the session when the event has no end date).
// Ratings are editable while it is open; afterwards they are final and may be folded into
// PastFeedback, and speakers may read the comments.
import type { EventPhase } from "../db/generated/enums";

export type WindowInput = {
  phase: EventPhase;
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  feedbackWindowDays: number;
  sessionStartsAt: Date | null;
};

export type WindowState = "not_published" | "not_yet" | "open" | "closed";
export type RatingWindow = { state: WindowState; opensAt: Date | null; closesAt: Date | null };

const DAY = 24 * 60 * 60 * 1000;

export function ratingWindow(w: WindowInput, now: Date): RatingWindow {
  const opensAt = w.sessionStartsAt ?? w.eventStartsAt ?? null;
  const bases = [w.eventEndsAt, w.sessionStartsAt].filter((d): d is Date => d !== null);
  const base = bases.length ? new Date(Math.max(...bases.map((d) => d.getTime()))) : null;
  const closesAt = base ? new Date(base.getTime() + Math.max(0, w.feedbackWindowDays) * DAY) : null;
  if (w.phase === "ARCHIVED") return { state: "closed", opensAt, closesAt };
  if (w.phase !== "PUBLISHED") return { state: "not_published", opensAt, closesAt };
  if (closesAt && now.getTime() >= closesAt.getTime()) return { state: "closed", opensAt, closesAt };
  if (opensAt && now.getTime() < opensAt.getTime()) return { state: "not_yet", opensAt, closesAt };
  return { state: "open", opensAt, closesAt };
}

/** Comments become visible to the speaker once ratings are final. */
export function commentsVisibleToSpeaker(window: RatingWindow): boolean {
  return window.state === "closed";
}
