// Revocation: cookies carry the session version from sign-in; these are the ways it moves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { identityOf, isSessionCurrent, revokeAllSessions } from "./session-version";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

const version = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

describe("session versions", () => {
  it("sign out everywhere cuts every cookie issued before", async () => {
    const u = await db.user.create({ data: { email: "s1@x.org" } });
    const cookie = identityOf({ id: u.id, sv: 0 })!;
    expect(isSessionCurrent(cookie, { sessionVersion: await version(u.id) })).toBe(true);
    await revokeAllSessions(u.id);
    expect(isSessionCurrent(cookie, { sessionVersion: await version(u.id) })).toBe(false);
    expect(isSessionCurrent(identityOf({ id: u.id, sv: 1 })!, { sessionVersion: await version(u.id) })).toBe(true);
    // A cookie from before versions existed counts as version 0.
    expect(identityOf({ id: u.id })).toEqual({ userId: u.id, sessionVersion: 0 });
    expect(isSessionCurrent(cookie, null)).toBe(false);
  });

  it("a lowered role revokes (database trigger, whoever writes it); a raised one does not", async () => {
    const u = await db.user.create({ data: { email: "s2@x.org", role: "ADMIN" } });
    await db.user.update({ where: { id: u.id }, data: { role: "ORGANIZER" } });
    expect(await version(u.id)).toBe(1);
    await db.$executeRaw`UPDATE "User" SET "role" = 'MEMBER' WHERE "id" = ${u.id}`;
    expect(await version(u.id)).toBe(2);
    await db.user.update({ where: { id: u.id }, data: { role: "ORGANIZER" } });
    await db.user.update({ where: { id: u.id }, data: { name: "Renamed" } });
    expect(await version(u.id)).toBe(2);
  });

  it("removing a chair seat revokes that chair's sessions", async () => {
    const u = await db.user.create({ data: { email: "s3@x.org" } });
    const event = await db.event.create({ data: { slug: "sv-event", name: "SV" } });
    const track = await db.track.create({ data: { eventId: event.id, slug: "t", name: "T" } });
    await db.trackChair.create({ data: { trackId: track.id, userId: u.id } });
    expect(await version(u.id)).toBe(0);
    await db.trackChair.deleteMany({ where: { userId: u.id } });
    expect(await version(u.id)).toBe(1);
  });
});
