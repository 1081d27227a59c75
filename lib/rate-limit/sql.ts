// Rate-limit SQL fragments for statements that carry the limit themselves (no server-only: pure strings).

/**
 * consumeRateLimit's atomic bump (lib/rate-limit/consume.ts) as SQL, for a statement that carries
 * the rate limit in a CTE (the vote, the ballot assignment): one bump per row of `from` (none when
 * `from` is empty, e.g. a refused gate), RETURNING "count". `key` and `windowStart` are SQL, normally the statement's parameters.
 */
export function rateLimitBumpSql(p: { key: string; windowStart: string; from: string }): string {
  return `INSERT INTO "RateLimitBucket" ("key", "windowStart", "count")
       SELECT ${p.key}, ${p.windowStart}::timestamp(3), 1 FROM ${p.from}
       ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
       RETURNING "count"`;
}
