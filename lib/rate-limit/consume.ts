// Fixed-window rate limits shared by every app instance: the counter lives in RateLimitBucket and
// is bumped with one atomic INSERT ... ON CONFLICT DO UPDATE, so two instances (or two requests in
// one) never both read "9 of 10" and both pass.
import "server-only";
import { db } from "../db/client";

export type RateLimitRule = { limit: number; windowMs: number };

export type RateLimitResult = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

/** Start of the fixed window that contains `now`. */
export function windowStartFor(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Counts one request against `key` and says whether it is within the rule. */
export async function consumeRateLimit(
  key: string,
  rule: RateLimitRule,
  now: Date = new Date(),
): Promise<RateLimitResult> {
  const windowStart = windowStartFor(now, rule.windowMs);
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
    VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count > rule.limit) return { ok: false, retryAfterMs: windowStart.getTime() + rule.windowMs - now.getTime() };
  return { ok: true, remaining: rule.limit - count };
}

/** Drops buckets whose window ended before `before` (old windows are never read again). */
export async function pruneRateLimits(before: Date): Promise<number> {
  const r = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
  return r.count;
}
