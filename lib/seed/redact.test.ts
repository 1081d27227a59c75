import { describe, expect, it } from "vitest";
import { organizationTerms, personTerms, redactSeedText } from "./redact";

describe("redactSeedText", () => {
  const terms = [...personTerms("Samira Haddad"), ...organizationTerms(["NimbusWorks, Inc.", "NimbusWorks"])];

  it("replaces full, first and last names and the organization, case-insensitively", () => {
    const r = redactSeedText("I, Samira Haddad, lead the team at nimbusworks. Ask samira or Dr. HADDAD.", terms);
    expect(r.text).toBe("I, [speaker], lead the team at [organization]. Ask [speaker] or Dr. [speaker].");
    expect(r.findings.map((f) => f.kind)).toEqual(["NAME", "ORGANIZATION", "NAME", "NAME"]);
  });

  it("records offsets in the original text", () => {
    const text = "At NimbusWorks we ship.";
    const [f] = redactSeedText(text, terms).findings;
    expect(text.slice(f.start, f.end)).toBe("NimbusWorks");
  });

  it("does not match inside other words", () => {
    expect(redactSeedText("Samirah and Haddadi are other people", terms).findings).toEqual([]);
  });
});
