// The shared counter: concurrent requests are all counted (one atomic upsert each), the limit
// holds exactly, and a new window starts fresh.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { consumeRateLimit, pruneRateLimits } from "./consume";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("consumeRateLimit", () => {
  it("lets exactly `limit` of many concurrent requests through", async () => {
    const now = new Date("2030-01-01T00:00:30Z");
    const rule = { limit: 10, windowMs: 60_000 };
    const results = await Promise.all(Array.from({ length: 25 }, () => consumeRateLimit("k1", rule, now)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    const refused = results.find((r) => !r.ok);
    expect(refused).toEqual({ ok: false, retryAfterMs: 30_000 });
    expect((await db.rateLimitBucket.findFirstOrThrow({ where: { key: "k1" } })).count).toBe(25);
    expect((await consumeRateLimit("k1", rule, new Date("2030-01-01T00:01:00Z"))).ok).toBe(true);
    expect((await consumeRateLimit("k2", rule, now)).ok).toBe(true);
    expect(await pruneRateLimits(new Date("2030-01-01T00:01:00Z"))).toBe(2);
  });
});
