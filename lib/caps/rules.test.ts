import { describe, expect, it } from "vitest";
import { capViolationMessage, effectiveLimit, findCapViolation, remaining } from "./rules";

const me = (used: number, extra = 0) => ({ userId: "u", name: "Ana", used, extra, isSelf: true });

describe("cap arithmetic", () => {
  it("treats 0 as unlimited", () => {
    expect(effectiveLimit(0)).toBeNull();
    expect(remaining(99, 0)).toBeNull();
    expect(
      findCapViolation({ perSpeaker: 0, perOrg: 0 }, [me(50)], [{ organizationId: "o", name: "Org", used: 500 }]),
    ).toBeNull();
  });

  it("allows up to the cap and refuses the next one", () => {
    expect(findCapViolation({ perSpeaker: 3, perOrg: 0 }, [me(2)], [])).toBeNull();
    const v = findCapViolation({ perSpeaker: 3, perOrg: 0 }, [me(3)], []);
    expect(v).toMatchObject({ cap: "speaker", used: 3, limit: 3 });
    expect(capViolationMessage(v!)).toMatch(/you already have 3 proposals submitted.*limit is 3/);
  });

  it("adds an organizer's exception to the personal cap", () => {
    expect(effectiveLimit(3, 2)).toBe(5);
    expect(remaining(4, 3, 2)).toBe(1);
    expect(findCapViolation({ perSpeaker: 3, perOrg: 0 }, [me(4, 2)], [])).toBeNull();
  });

  it("names the organization and its count", () => {
    const v = findCapViolation(
      { perSpeaker: 3, perOrg: 10 },
      [me(0)],
      [{ organizationId: "o", name: "NimbusWorks", used: 10 }],
    );
    expect(v).toMatchObject({ cap: "organization", subject: "NimbusWorks", used: 10, limit: 10 });
    expect(capViolationMessage(v!)).toContain("NimbusWorks: 10 proposals");
  });

  it("reports a co-speaker's cap by name", () => {
    const v = findCapViolation(
      { perSpeaker: 1, perOrg: 0 },
      [me(0), { userId: "c", name: "Bo", used: 1, extra: 0, isSelf: false }],
      [],
    );
    expect(capViolationMessage(v!)).toContain("co-speaker Bo");
  });

  it("never reports a negative remaining allowance", () => {
    expect(remaining(7, 3)).toBe(0);
  });
});
