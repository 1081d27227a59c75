import { describe, expect, it } from "vitest";
import { navLinksFor } from "../../components/layout/site-nav";
import { AuthError, assertChairOf, assertRole, assertUser, hasRole, isChairOf, type CurrentUser } from "./roles";

const member: CurrentUser = {
  id: "u1",
  email: "m@x.org",
  name: "M",
  role: "MEMBER",
  emailVerified: true,
  organizationId: null,
  chairTrackIds: [],
};
const chair: CurrentUser = { ...member, id: "u2", chairTrackIds: ["track-a"] };
const organizer: CurrentUser = { ...member, id: "u3", role: "ORGANIZER" };
const admin: CurrentUser = { ...member, id: "u4", role: "ADMIN" };

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (e) {
    return e instanceof AuthError ? e.code : "other";
  }
}

describe("role checks", () => {
  it("refuses anonymous callers as unauthenticated", () => {
    expect(codeOf(() => assertUser(null))).toBe("unauthenticated");
    expect(codeOf(() => assertRole(null, "MEMBER"))).toBe("unauthenticated");
    expect(codeOf(() => assertChairOf(null, "track-a"))).toBe("unauthenticated");
  });

  it("orders roles MEMBER < ORGANIZER < ADMIN", () => {
    expect(hasRole(member, "ORGANIZER")).toBe(false);
    expect(hasRole(organizer, "ORGANIZER")).toBe(true);
    expect(hasRole(organizer, "ADMIN")).toBe(false);
    expect(hasRole(admin, "ORGANIZER")).toBe(true);
    expect(codeOf(() => assertRole(member, "ORGANIZER"))).toBe("forbidden");
    expect(assertRole(admin, "ORGANIZER")).toBe(admin);
  });

  it("lets a chair into their own track only; organizers into every track", () => {
    expect(isChairOf(chair, "track-a")).toBe(true);
    expect(isChairOf(chair, "track-b")).toBe(false);
    expect(codeOf(() => assertChairOf(chair, "track-b"))).toBe("forbidden");
    expect(codeOf(() => assertChairOf(member, "track-a"))).toBe("forbidden");
    expect(assertChairOf(organizer, "track-b")).toBe(organizer);
  });

  it("shows navigation by role (pages still check for themselves)", () => {
    const ids = (u: CurrentUser | null) => navLinksFor(u, false).map((l) => l.testId);
    expect(ids(null)).toEqual(["nav-events"]);
    expect(ids(member)).toEqual(["nav-events", "nav-speaker", "nav-feedback", "nav-vote", "nav-profile-link"]);
    expect(ids(chair)).toContain("nav-chair");
    expect(ids(chair)).not.toContain("nav-admin");
    expect(ids(organizer)).toEqual(expect.arrayContaining(["nav-chair", "nav-admin", "nav-audit"]));
    expect(ids(organizer)).not.toContain("nav-roles");
    expect(ids({ ...organizer, role: "ADMIN" })).toContain("nav-roles");
  });

  it("links the demo mailbox for organizers only", () => {
    const ids = (u: CurrentUser | null) => navLinksFor(u, true).map((l) => l.testId);
    expect(ids(null)).not.toContain("nav-mailbox");
    expect(ids(member)).not.toContain("nav-mailbox");
    expect(ids(chair)).not.toContain("nav-mailbox");
    expect(ids(organizer)).toContain("nav-mailbox");
  });
});
