// The organizers' list, bulk status changes, roles and the audit log against a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeOrganization, makeUser } from "../../test/factories";
import { auditCsv, listAuditEntries } from "../audit/data";
import { db } from "../db/client";
import { promoteConfiguredAdmin, setUserRole } from "../users/set-role";
import { listAdminProposals, type AdminListScope } from "./admin-list";
import { setProposalStatuses } from "./bulk-status";

let t: TestDatabase;
let scope: AdminListScope;
let organizerId: string;

beforeAll(async () => {
  t = await setupTestDatabase();
  const { event, track, format } = await makeEvent({ slug: "list-ev" });
  const other = await db.track.create({ data: { eventId: event.id, slug: "data", name: "Data" } });
  const org = await makeOrganization("Nimbus Works");
  organizerId = (await makeUser({ role: "ORGANIZER" })).id;
  for (let i = 0; i < 120; i++) {
    const speaker = await makeUser({
      name: i === 7 ? "Zoë Quartermaine" : `Speaker ${i}`,
      organizationId: i % 10 === 0 ? org.id : null,
    });
    await makeDraft({
      eventId: event.id,
      trackId: i % 2 ? other.id : track.id,
      formatId: format.id,
      speakerId: speaker.id,
      title: i === 3 ? "Observability without tears" : `Talk ${String(i).padStart(3, "0")}`,
    });
  }
  await db.proposal.updateMany({ where: { eventId: event.id }, data: { status: "SUBMITTED" } });
  scope = {
    eventId: event.id,
    eventSlug: event.slug,
    phase: "CFP_OPEN",
    organizer: true,
    tracks: [track, other].map((x) => ({ id: x.id, slug: x.slug })),
    formats: [{ id: format.id, slug: format.slug }],
  };
});
afterAll(async () => t.cleanup());

describe("admin proposal list", () => {
  it("pages 50 at a time and sorts by title", async () => {
    const first = await listAdminProposals(scope, { sort: "title", dir: "asc" });
    expect(first).toMatchObject({ total: 120, pages: 3, page: 1 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0].title).toBe("Observability without tears");
    expect(first.rows[1].title).toBe("Talk 000");
    const last = await listAdminProposals(scope, { sort: "title", dir: "asc", page: 3 });
    expect(last.rows).toHaveLength(20);
    expect(last.rows.at(-1)!.title).toBe("Talk 119");
  });

  it("searches title, speaker and organization, case-insensitively; chairs search the voter text only", async () => {
    expect((await listAdminProposals(scope, { q: "OBSERVABILITY" })).total).toBe(1);
    expect((await listAdminProposals(scope, { q: "quartermaine" })).rows[0].speakers[0].user.name).toBe(
      "Zoë Quartermaine",
    );
    expect((await listAdminProposals(scope, { q: "nimbus" })).total).toBe(12);
    const chair = { ...scope, organizer: false };
    expect((await listAdminProposals(chair, { q: "quartermaine" })).total).toBe(0);
    expect((await listAdminProposals(chair, { q: "talk 01" })).rows.every((r) => r.speakers.length === 0)).toBe(true);
  });

  it("filters by track, status and flag", async () => {
    expect((await listAdminProposals(scope, { track: "data" })).total).toBe(60);
    expect((await listAdminProposals(scope, { track: "no-such" })).total).toBe(0);
    expect((await listAdminProposals(scope, { status: "DRAFT" })).total).toBe(0);
    expect((await listAdminProposals(scope, { flag: "override" })).total).toBe(0);
  });

  it("bulk status: withdraws and restores only movable proposals, audit-logged", async () => {
    const page = await listAdminProposals(scope, { sort: "title", dir: "asc" });
    const ids = page.rows.slice(0, 3).map((r) => r.id);
    await db.proposal.update({ where: { id: ids[2] }, data: { status: "ACCEPTED" } });
    const r = await setProposalStatuses({
      eventId: scope.eventId,
      proposalIds: ids,
      to: "WITHDRAWN",
      actorId: organizerId,
    });
    expect(r).toEqual({ ok: true, changed: 2, skipped: 1 });
    expect((await listAdminProposals(scope, { status: "WITHDRAWN" })).total).toBe(2);
    expect(
      await setProposalStatuses({ eventId: scope.eventId, proposalIds: ids, to: "ACCEPTED", actorId: organizerId }),
    ).toMatchObject({
      ok: false,
      field: "to",
    });
    expect(
      await setProposalStatuses({ eventId: "other", proposalIds: ids, to: "SUBMITTED", actorId: organizerId }),
    ).toEqual({
      ok: true,
      changed: 0,
      skipped: 3,
    });
    const audit = await listAuditEntries({ kind: "proposals.bulk_status" });
    expect(audit.entries[0]).toMatchObject({ details: { to: "WITHDRAWN", changed: 2, selected: 3 } });
  });
});

describe("roles and the audit log", () => {
  it("never removes the last admin, even when two admins demote each other at once", async () => {
    await setUserRole({ email: "ad1@example.org", role: "ADMIN" });
    await setUserRole({ email: "ad2@example.org", role: "ADMIN" });
    const results = await Promise.all([
      setUserRole({ email: "ad1@example.org", role: "MEMBER" }),
      setUserRole({ email: "ad2@example.org", role: "MEMBER" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "last_admin" });
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("PODIUM_ADMIN_EMAILS promotes a listed address at sign-in once, and nobody else", async () => {
    const user = await makeUser({ email: "boss@example.org" });
    const stranger = await makeUser({ email: "x@example.org" });
    expect(await promoteConfiguredAdmin(user.id, "Boss@Example.org", ["boss@example.org"])).toBe(true);
    expect(await promoteConfiguredAdmin(user.id, "boss@example.org", ["boss@example.org"])).toBe(false);
    expect(await promoteConfiguredAdmin(stranger.id, stranger.email, ["boss@example.org"])).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    const entries = await listAuditEntries({ kind: "user.role", actor: "system" });
    expect(entries.entries.some((e) => (e.details as { source?: string }).source === "PODIUM_ADMIN_EMAILS")).toBe(true);
  });

  it("filters the audit log by event, kind and date, and exports every match as CSV", async () => {
    const byEvent = await listAuditEntries({ event: "list-ev" });
    expect(byEvent.entries.every((e) => e.event?.slug === "list-ev")).toBe(true);
    const future = await listAuditEntries({ from: "2999-01-01" });
    expect(future.total).toBe(0);
    const csv = await auditCsv({ kind: "user.role" });
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("at,actor,event,kind,what,target_type,target_id,details");
    expect(lines.length - 1).toBe((await listAuditEntries({ kind: "user.role" })).total);
    expect(lines[1]).toContain("Role changed");
  });
});
