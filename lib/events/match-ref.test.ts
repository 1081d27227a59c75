import { describe, expect, it } from "vitest";
import { findByRef, normalizeName, unknownRefMessage } from "./match-ref";

const tracks = [
  { id: "t1", slug: "developer-experience", name: "Developer Experience" },
  { id: "t2", slug: "data-ai", name: "Data & AI" },
  { id: "t3", slug: "securite", name: "Sécurité" },
];

describe("findByRef", () => {
  it("matches by id, slug and name", () => {
    expect(findByRef(tracks, "t2")?.id).toBe("t2");
    expect(findByRef(tracks, "developer-experience")?.id).toBe("t1");
    expect(findByRef(tracks, "Data & AI")?.id).toBe("t2");
  });
  it("ignores case, accents and extra spaces", () => {
    expect(findByRef(tracks, "  developer   EXPERIENCE ")?.id).toBe("t1");
    expect(findByRef(tracks, "securite")?.id).toBe("t3");
    expect(findByRef(tracks, "SÉCURITÉ")?.id).toBe("t3");
    expect(findByRef(tracks, "Securité")?.id).toBe("t3");
    expect(findByRef(tracks, "DATA-AI")?.id).toBe("t2");
  });
  it("finds nothing for an unknown or empty reference", () => {
    expect(findByRef(tracks, "Cloud")).toBeUndefined();
    expect(findByRef(tracks, "  ")).toBeUndefined();
  });
});

describe("unknownRefMessage", () => {
  it("lists the valid names", () => {
    expect(unknownRefMessage("Track", "Cloud", tracks)).toBe(
      'Track "Cloud" does not exist in this event; valid tracks: "Developer Experience" (developer-experience), "Data & AI" (data-ai), "Sécurité"',
    );
    expect(unknownRefMessage("Format", "talk", [])).toBe(
      'Format "talk" does not exist in this event; the event has no formats yet',
    );
  });
  it("normalizes", () => expect(normalizeName(" Ça  Va ")).toBe("ca va"));
});

describe("slugify", () => {
  it("suggests a slug from a name", async () => {
    const { slugify } = await import("./slugify");
    expect(slugify("Data & AI")).toBe("data-ai");
    expect(slugify("  Sécurité 2027! ")).toBe("securite-2027");
    expect(slugify("Developer Experience")).toBe("developer-experience");
    expect(slugify("a".repeat(70) + " b").length).toBe(60);
  });
});
