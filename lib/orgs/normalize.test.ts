import { describe, expect, it } from "vitest";
import { isPublicMailDomain, normalizeEmail, normalizeEmailDomain, normalizeOrganizationName } from "./normalize";

describe("normalizeOrganizationName", () => {
  it.each([
    ["NimbusWorks", "nimbusworks"],
    ["NimbusWorks, Inc.", "nimbusworks"],
    ["NimbusWorks Inc", "nimbusworks"],
    ["Hyperscale Inc.", "hyperscale"],
    ["Acme LLC", "acme"],
    ["Widgets Ltd.", "widgets"],
    ["Müller GmbH", "muller"],
    ["Zürich Versicherung AG", "zurich versicherung"],
    ["Société Générale S.A.", "societe generale"],
    ["Datadrift SAS", "datadrift"],
    ["Kaas B.V.", "kaas"],
    ["Kaas BV", "kaas"],
    ["Globex Corp.", "globex"],
    ["Globex Corporation", "globex"],
    ["Initech Co.", "initech"],
    ["Tesco PLC", "tesco"],
    ["Outback Tech Pty Ltd", "outback tech"],
    ["The Linux Foundation", "linux foundation"],
    ["  Red   Hat  ", "red hat"],
    ["AT&T", "at and t"],
    ["O'Reilly Media, Inc.", "oreilly media"],
    ["Foo Holdings Co. Ltd", "foo holdings"],
  ])("%s -> %s", (input, expected) => {
    expect(normalizeOrganizationName(input)).toBe(expected);
  });

  it("never strips a name down to nothing", () => {
    expect(normalizeOrganizationName("Inc")).toBe("inc");
    expect(normalizeOrganizationName("The Company")).toBe("company");
    expect(normalizeOrganizationName("...")).toBe("");
  });

  it("treats spellings that differ only in case, punctuation and suffix alike", () => {
    const a = normalizeOrganizationName("FinTrail Ltd.");
    expect(normalizeOrganizationName("fintrail")).toBe(a);
    expect(normalizeOrganizationName("FINTRAIL, LTD")).toBe(a);
  });
});

describe("normalizeEmailDomain", () => {
  it("takes the domain of an address, lower-cased", () => {
    expect(normalizeEmailDomain(" Jane.Doe@NimbusWorks.Example ")).toBe("nimbusworks.example");
  });
  it("accepts a bare domain, dropping www. and a trailing dot", () => {
    expect(normalizeEmailDomain("WWW.Example.org.")).toBe("example.org");
  });
  it("normalizes e-mail addresses", () => {
    expect(normalizeEmail("  Vera.Voter@FinTrail.example ")).toBe("vera.voter@fintrail.example");
  });
});

describe("isPublicMailDomain", () => {
  it.each([
    "gmail.com",
    "outlook.com",
    "hotmail.co.uk",
    "yahoo.com",
    "proton.me",
    "protonmail.com",
    "icloud.com",
    "gmx.de",
    "gmail.example",
    "outlook.example",
    "Someone@GMAIL.com",
  ])("%s is public", (d) => expect(isPublicMailDomain(d)).toBe(true));
  it.each([
    "nimbusworks.example",
    "fintrail.example",
    "mail.acme.com",
    "uni-heidelberg.de",
    "example.ac.uk",
    "localhost",
  ])("%s is not public", (d) => expect(isPublicMailDomain(d)).toBe(false));
});
