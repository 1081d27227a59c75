// Named limits as refusals: one call per guarded request, the message says what was limited and
// how long to wait. The counters live in the database (consume.ts), so they hold across instances.
import { fail, type Failure } from "../errors";
import { consumeRateLimit } from "./consume";
import { RATE_LIMITS, type RateLimitKind } from "./rules";

const WHAT: Record<RateLimitKind, string> = {
  voteWrite: "votes",
  ballotAssign: "ballot requests",
  signInEmailPerAddress: "sign-in e-mails for this address",
  signInEmailPerClient: "sign-in e-mails from your network",
  proposalWrite: "proposal saves",
  feedbackRating: "ratings",
  webImport: "uploads",
};

/** "45 seconds", "1 minute", "12 minutes": rounded up, so waiting that long always suffices. */
export function formatWait(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The refusal text for `kind`, e.g. "Too many uploads. Try again in 4 minutes." */
export function rateLimitMessage(kind: RateLimitKind, retryAfterMs: number): string {
  return `Too many ${WHAT[kind]}. Try again in ${formatWait(retryAfterMs)}.`;
}

export type LimitRefusal = Failure & { retryAfterMs: number };

/** Counts one request of `kind` for `subject`; a refusal names the wait, null means go ahead. */
export async function enforceRateLimit(
  kind: RateLimitKind,
  subject: string,
  now: Date = new Date(),
): Promise<LimitRefusal | null> {
  const r = await consumeRateLimit(`${kind}:${subject}`, RATE_LIMITS[kind], now);
  if (r.ok) return null;
  return {
    ...fail("rate_limited", rateLimitMessage(kind, r.retryAfterMs)),
    retryAfterMs: r.retryAfterMs,
  };
}
