// Runs the real CLI (node bin/podium.mjs) as a child process against a fresh database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, db } from "../lib/db/client";
import { DEMO_PERSONAS } from "../lib/demo/personas";
import { PAST_EVENT } from "../prisma/seed/past-event";
import { SEED_SPEAKERS } from "../prisma/seed/speakers";
import { cliRunner } from "../test/cli";
import { createEmptyDatabase, type TestDatabase } from "../test/database";

let t: TestDatabase;

const { podium, withDb } = cliRunner(() => t.target);

beforeAll(async () => {
  t = await createEmptyDatabase();
});
afterAll(async () => {
  await closeDb();
  await t.cleanup();
});

describe("podium CLI", () => {
  it("seed refuses an unmigrated database with a hint", () => {
    const r = podium("seed", "--demo");
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/^podium: .*run podium db:migrate first$/);
  });

  it("db:migrate applies migrations, then says the database is up to date", () => {
    const first = podium("db:migrate");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Applied \d+ migration/);
    const second = podium("db:migrate");
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/up to date/);
  });

  it("event:create creates an event with the given settings and default formats", async () => {
    const r = podium(
      "event:create",
      "--slug",
      "cli-event",
      "--name",
      "CLI Event",
      "--scale",
      "1..5",
      "--ballot-size",
      "25",
      "--max-per-speaker",
      "2",
      "--max-per-org",
      "0",
      "--feedback-weight",
      "0.5",
      "--acceptance-share",
      "0.4",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Created event cli-event");
    const event = await withDb(() => db.event.findUnique({ where: { slug: "cli-event" }, include: { formats: true } }));
    expect(event).toMatchObject({
      scaleMin: 1,
      scaleMax: 5,
      ballotSize: 25,
      maxProposalsPerSpeaker: 2,
      maxProposalsPerOrg: 0,
      feedbackWeight: 0.5,
      acceptanceShare: 0.4,
      phase: "DRAFT",
    });
    expect(event!.formats.map((f) => [f.slug, f.durationMinutes]).sort()).toEqual([
      ["lightning", 10],
      ["panel", 45],
      ["talk", 30],
      ["workshop", 90],
    ]);
  });

  it.each([
    [["--slug", "Bad Slug!", "--name", "X"], "--slug"],
    [["--slug", "ok-slug", "--name", "X", "--scale", "3..1"], "--scale"],
    [["--slug", "ok-slug", "--name", "X", "--ballot-size", "0"], "--ballot-size"],
    [["--slug", "ok-slug", "--name", "X", "--feedback-weight", "2"], "--feedback-weight"],
    [["--slug", "ok-slug", "--name", "X", "--acceptance-share", "0"], "--acceptance-share"],
    [["--slug", "ok-slug", "--name", "X", "--max-per-speaker", "-1"], "--max-per-speaker"],
    [["--slug", "cli-event", "--name", "Again"], "--slug"],
  ])("event:create %j fails with one line naming %s", (args, flag) => {
    const r = podium("event:create", ...args);
    expect(r.code).not.toBe(0);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`^podium: ${flag}\\b`));
  });

  it("event:create --ballot-size 0 says what is allowed", () => {
    expect(podium("event:create", "--slug", "x-y-z", "--name", "X", "--ballot-size", "0").stderr).toBe(
      "podium: --ballot-size must be an integer between 1 and 200",
    );
  });

  it("event:create --acceptance-share 1.5 says what is allowed", () => {
    expect(podium("event:create", "--slug", "x-y-z", "--name", "X", "--acceptance-share", "1.5").stderr).toBe(
      "podium: --acceptance-share must be a number above 0 and at most 1, e.g. 0.25 for a quarter of a track's proposals",
    );
  });

  it("every command has --help", () => {
    for (const cmd of ["db:migrate", "event:create", "seed"]) {
      const r = podium(cmd, "--help");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: podium ${cmd}`);
    }
  });

  it("seed --demo creates the demo events, and the voter persona's ballot has nothing from their organization", async () => {
    const r = podium("seed", "--demo");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    await withDb(async () => {
      const event = await db.event.findUniqueOrThrow({
        where: { slug: "summit-2027" },
        include: { tracks: true, formats: true },
      });
      expect(event.phase).toBe("VOTING");
      expect(event.tracks.map((x) => x.slug).sort()).toEqual(["cloud-native", "data-ai", "security"]);
      expect(event.formats).toHaveLength(4);
      expect(await db.proposal.count({ where: { eventId: event.id } })).toBeGreaterThanOrEqual(55);
      expect((await db.event.findUniqueOrThrow({ where: { slug: "summit-eu-2027" } })).phase).toBe("CFP_OPEN");

      const voterEmail = DEMO_PERSONAS.find((p) => p.key === "voter")!.email;
      const voter = await db.user.findUniqueOrThrow({ where: { email: voterEmail } });
      expect(voter.organizationId).not.toBeNull();
      const ballot = await db.ballot.findUniqueOrThrow({
        where: { eventId_voterId: { eventId: event.id, voterId: voter.id } },
        include: { items: { include: { proposal: { include: { speakers: { include: { user: true } } } } } } },
      });
      expect(ballot.items.length).toBeGreaterThanOrEqual(10);
      for (const item of ballot.items) {
        for (const s of item.proposal.speakers) {
          expect(s.organizationId).not.toBe(voter.organizationId);
          expect(s.user.organizationId).not.toBe(voter.organizationId);
          expect(s.userId).not.toBe(voter.id);
        }
      }
    });
  });

  it("seed --demo a second time changes nothing", async () => {
    const before = await withDb(async () => ({
      proposals: await db.proposal.count(),
      users: await db.user.count(),
      votes: await db.vote.count(),
      events: await db.event.count(),
    }));
    const r = podium("seed", "--demo");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/already/);
    const after = await withDb(async () => ({
      proposals: await db.proposal.count(),
      users: await db.user.count(),
      votes: await db.vote.count(),
      events: await db.event.count(),
    }));
    expect(after).toEqual(before);
  });

  it("report prints a published event's transparency report (json, md) and refuses one under review", () => {
    const json = podium("report", "--event", PAST_EVENT.slug);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({ event: { slug: PAST_EVENT.slug }, minCell: 5 });
    expect(report.proposals.accepted).toBeGreaterThan(0);
    const md = podium("report", "--event", PAST_EVENT.slug, "--format", "md");
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`# How ${PAST_EVENT.name} selected its program`);
    for (const s of SEED_SPEAKERS) expect(json.stdout + md.stdout).not.toContain(s.email);
    const refused = podium("report", "--event", "platform-days-2027");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^podium: The transparency report is published with the results/);
  });
});
