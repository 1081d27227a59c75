import { describe, expect, it } from "vitest";
import { decideEligibility, domainAllowed } from "./rules";

const verified = { email: "Ana@Members.Example.org", emailVerified: true };

describe("decideEligibility", () => {
  it("lets any verified address vote under VERIFIED_EMAIL, and says why an unverified one may not", () => {
    expect(decideEligibility({ eligibility: "VERIFIED_EMAIL", eligibleDomains: [] }, verified, false)).toEqual({
      eligible: true,
    });
    const r = decideEligibility(
      { eligibility: "VERIFIED_EMAIL", eligibleDomains: [] },
      { ...verified, emailVerified: false },
      false,
    );
    expect(r.eligible).toBe(false);
    if (!r.eligible) expect(r.reason).toMatch(/not verified/);
  });

  it("matches allow-listed domains and their subdomains, case-insensitively", () => {
    const ev = { eligibility: "DOMAIN_ALLOWLIST" as const, eligibleDomains: ["example.org"] };
    expect(decideEligibility(ev, verified, false)).toEqual({ eligible: true });
    const r = decideEligibility(ev, { email: "x@example.org.evil.test", emailVerified: true }, false);
    expect(r.eligible).toBe(false);
    if (!r.eligible) expect(r.reason).toContain("example.org");
    expect(domainAllowed("notexample.org", ["example.org"])).toBe(false);
  });

  it("requires the member list under MEMBER_LIST and names the signed-in address in the refusal", () => {
    const ev = { eligibility: "MEMBER_LIST" as const, eligibleDomains: [] };
    expect(decideEligibility(ev, verified, true)).toEqual({ eligible: true });
    const r = decideEligibility(ev, verified, false);
    expect(r.eligible).toBe(false);
    if (!r.eligible) expect(r.reason).toContain("ana@members.example.org");
  });
});
