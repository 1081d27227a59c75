import { describe, expect, it } from "vitest";
import { proposalInputSchema } from "./schema";

const valid = {
  title: "  Zero-downtime   Postgres upgrades ",
  abstract: "How we **did** it.",
  track: "cloud-native",
  format: "talk",
};

function firstMessage(input: object): string | undefined {
  const r = proposalInputSchema.safeParse(input);
  return r.success ? undefined : r.error.issues[0].message;
}

describe("proposalInputSchema", () => {
  it("normalizes a valid proposal", () => {
    const r = proposalInputSchema.parse({
      ...valid,
      tags: "Postgres, ops, postgres",
      coSpeakers: "Bo@X.org; eve@y.org",
    });
    expect(r.title).toBe("Zero-downtime Postgres upgrades");
    expect(r.tags).toEqual(["postgres", "ops"]);
    expect(r.coSpeakers).toEqual(["bo@x.org", "eve@y.org"]);
    expect(r.level).toBe("INTERMEDIATE");
  });
  it("refuses an empty title", () => {
    expect(firstMessage({ ...valid, title: "   " })).toBe("Title is required");
  });
  it("refuses a 50 kB abstract with the size in the message", () => {
    expect(firstMessage({ ...valid, abstract: "a".repeat(50_000) })).toBe(
      "Abstract is too long: 50,000 characters, at most 3,000",
    );
  });
  it("refuses script tags in markdown", () => {
    expect(firstMessage({ ...valid, abstract: "Hi <script>alert(1)</script>" })).toMatch(
      /^Abstract contains markup that is not allowed \(<script\)/,
    );
  });
  it("names a bad co-speaker address", () => {
    expect(firstMessage({ ...valid, coSpeakers: "not-an-email" })).toBe(
      'Co-speaker e-mail "not-an-email" is not a valid address',
    );
  });
  it("requires track and format", () => {
    expect(firstMessage({ ...valid, track: "" })).toBe("Track is required");
    expect(firstMessage({ ...valid, format: undefined })).toBe("Format is required");
  });
});
