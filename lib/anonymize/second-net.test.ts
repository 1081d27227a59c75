import { describe, expect, it } from "vitest";
import { findUndeclaredIdentity, describeWarning } from "./second-net";

const kinds = (abstract: string, title = "A talk") =>
  findUndeclaredIdentity({ title, abstract }).map((w) => `${w.kind}:${w.text}`);

describe("second net (warnings, never cuts)", () => {
  it("flags undeclared people, organizations and affiliation phrases", () => {
    const w = kinds(
      "At our company Quantix we run Kafka. My team at Hooli built it with Sarah Connor. I work at Globex Corporation.",
    );
    expect(w).toContain("PERSON:Sarah Connor");
    expect(w).toContain("AFFILIATION:our company Quantix");
    expect(w).toContain("AFFILIATION:My team at Hooli");
    expect(w.some((x) => x.startsWith("ORGANIZATION:Globex Corporation"))).toBe(true);
  });

  it("flags disguised e-mail addresses and handles", () => {
    const w = kinds("Write to jane dot doe at example dot com, or jane (at) example (dot) org; on Twitter as jdoe.");
    expect(w).toContain("EMAIL_LIKE:jane dot doe at example dot com");
    expect(w.some((x) => x.startsWith("EMAIL_LIKE:jane (at) example (dot) org"))).toBe(true);
    expect(w).toContain("HANDLE_LIKE:Twitter as jdoe");
  });

  it("is quiet on technical prose and on placeholders", () => {
    expect(
      kinds(
        "[speaker] shows how [organization] moved 400 services from Heroku to Kubernetes with Helm and Argo CD. We measure p99 latency and cost.",
      ),
    ).toEqual([]);
  });

  it("describes each warning for the speaker and the chair", () => {
    const [w] = findUndeclaredIdentity({ title: "Hello", abstract: "My team at Hooli ships." });
    expect(describeWarning(w)).toBe('Abstract: "My team at Hooli" says where someone works.');
  });
});
