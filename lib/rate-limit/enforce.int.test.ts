// Each named limit refuses past its count with a message naming the wait, per subject.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { enforceRateLimit, formatWait } from "./enforce";
import { RATE_LIMITS } from "./rules";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("enforceRateLimit", () => {
  it("refuses sign-in e-mail number 6 for one address within 15 minutes, with the wait", async () => {
    const now = new Date("2030-01-01T00:05:00Z");
    const results = [];
    for (let i = 0; i < 8; i++) results.push(await enforceRateLimit("signInEmailPerAddress", "a@x.org", now));
    expect(results.filter((r) => r === null)).toHaveLength(RATE_LIMITS.signInEmailPerAddress.limit);
    const refused = results.at(-1)!;
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toBe("Too many sign-in e-mails for this address. Try again in 10 minutes.");
    expect(await enforceRateLimit("signInEmailPerAddress", "b@x.org", now)).toBeNull();
  });

  it("limits proposal saves, ratings and uploads per user", async () => {
    const now = new Date("2030-01-01T00:00:00Z");
    for (const kind of ["proposalWrite", "feedbackRating", "webImport"] as const) {
      const rule = RATE_LIMITS[kind];
      const all = await Promise.all(Array.from({ length: rule.limit + 3 }, () => enforceRateLimit(kind, "u1", now)));
      expect(all.filter((r) => r !== null)).toHaveLength(3);
    }
  });

  it("rounds waits up", () => {
    expect(formatWait(400)).toBe("1 second");
    expect(formatWait(59_001)).toBe("1 minute");
    expect(formatWait(61_000)).toBe("2 minutes");
  });
});
