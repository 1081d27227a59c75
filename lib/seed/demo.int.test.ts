// The demo seed's content: personas, redaction and ballot rules (the CLI test covers idempotency).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { DEMO_PERSONAS } from "../demo/personas";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { seedDemo } from "./demo";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
  const r = await seedDemo({ now: new Date("2027-02-01T12:00:00Z") });
  expect(r.created).toBe(true);
});
afterAll(async () => t.cleanup());

const persona = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!;

describe("seedDemo", () => {
  it("creates every persona with its role", async () => {
    const users = await db.user.findMany({
      where: { demoPersona: { not: null } },
      include: { trackChairs: { include: { track: { include: { event: true } } } } },
    });
    expect(users.map((u) => u.demoPersona).sort()).toEqual([
      "admin",
      "chair",
      "cochair",
      "newcomer",
      "organizer",
      "security-chair",
      "speaker",
      "voter",
    ]);
    expect(users.find((u) => u.demoPersona === "organizer")!.role).toBe("ORGANIZER");
    expect(users.find((u) => u.demoPersona === "admin")!.role).toBe("ADMIN");
    // Cloud Native in summit-2027 (voting) and in the REVIEW event (lib/seed/review-event.ts).
    expect(
      users
        .find((u) => u.demoPersona === "chair")!
        .trackChairs.map((c) => `${c.track.event.slug}/${c.track.slug}`)
        .sort(),
    ).toEqual(["platform-days-2027/cloud-native", "summit-2027/cloud-native"]);
    // The co-chair shares the REVIEW event's Cloud Native track with Chen (two chairs' marks).
    expect(
      users.find((u) => u.demoPersona === "cochair")!.trackChairs.map((c) => `${c.track.event.slug}/${c.track.slug}`),
    ).toEqual(["platform-days-2027/cloud-native"]);
  });

  it("makes the speaker persona primary speaker on two NimbusWorks proposals of the summit", async () => {
    const rows = await db.proposalSpeaker.findMany({
      where: {
        user: { email: persona("speaker").email },
        role: "PRIMARY",
        proposal: { event: { slug: "summit-2027" } },
      },
      include: { organization: true },
    });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.organization?.normalizedName === "nimbusworks")).toBe(true);
  });

  it("anonymizes names and organizations in every proposal and records the findings", async () => {
    const proposals = await db.proposal.findMany({
      include: { speakers: { include: { user: true, organization: true } }, redactions: true },
    });
    expect(proposals.length).toBeGreaterThanOrEqual(60);
    for (const p of proposals) {
      const anon = `${p.anonymizedTitle}\n${p.anonymizedAbstract}`.toLowerCase();
      for (const s of p.speakers) {
        const words = [...s.user.name!.split(" "), ...(s.organization ? [s.organization.normalizedName] : [])];
        for (const w of words)
          expect(anon).not.toMatch(
            new RegExp(`(?<![\\p{L}])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "u"),
          );
      }
    }
    const redacted = proposals.filter((p) => p.redactions.length > 0);
    expect(redacted.length).toBeGreaterThanOrEqual(10);
    const f = redacted[0].redactions[0];
    const original = f.field === "TITLE" ? redacted[0].title : redacted[0].abstract;
    expect(original.slice(f.start, f.end)).toBe(f.text);
  });

  it("gives the voter persona a ~12 item ballot with nothing of their own organization, and handles that are unique", async () => {
    const voter = await db.user.findUniqueOrThrow({ where: { email: persona("voter").email } });
    const ballot = await db.ballot.findFirstOrThrow({
      where: { voterId: voter.id, event: { slug: "summit-2027" } },
      include: { items: { include: { proposal: { include: { speakers: true } } } } },
    });
    expect(ballot.items).toHaveLength(12);
    for (const item of ballot.items) {
      expect(item.handle).toMatch(/^[A-Za-z0-9_-]{16}$/);
      for (const s of item.proposal.speakers) expect(s.organizationId).not.toBe(voter.organizationId);
    }
    expect(await db.ballot.count()).toBeGreaterThanOrEqual(30);
    const votes = await db.vote.findMany();
    expect(votes.some((v) => v.score === null)).toBe(true);
    expect(votes.every((v) => v.score === null || (v.score >= 0 && v.score <= 3))).toBe(true);
  });

  it("no ballot holds a proposal from its voter's organization", async () => {
    const items = await db.ballotItem.findMany({
      include: { ballot: { include: { voter: true } }, proposal: { include: { speakers: true } } },
    });
    for (const item of items) {
      const orgId = item.ballot.voter.organizationId;
      for (const s of item.proposal.speakers) {
        expect(s.userId).not.toBe(item.ballot.voterId);
        if (orgId) expect(s.organizationId).not.toBe(orgId);
      }
    }
  });

  it("creates the CFP_OPEN European event with two tracks, past feedback and speaker profiles", async () => {
    const eu = await db.event.findUniqueOrThrow({
      where: { slug: "summit-eu-2027" },
      include: { tracks: true, proposals: true },
    });
    expect(eu.phase).toBe("CFP_OPEN");
    expect(eu.tracks).toHaveLength(2);
    expect(eu.proposals.length).toBeGreaterThanOrEqual(3);
    expect(await db.pastFeedback.count()).toBeGreaterThanOrEqual(2);
    expect(await db.speakerProfile.count()).toBeGreaterThanOrEqual(38);
  });
});
