import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { resolveOrganization } from "./resolve";

let t: TestDatabase;
beforeAll(async () => {
  t = await setupTestDatabase();
});
afterAll(async () => t.cleanup());

describe("resolveOrganization", () => {
  it("creates an organization once per normalized name and records a private domain", async () => {
    const a = await resolveOrganization(db, { name: "NimbusWorks, Inc.", email: "a@nimbusworks.example" });
    expect(a).toMatchObject({
      created: true,
      matchedBy: "created",
      organization: { name: "NimbusWorks, Inc.", normalizedName: "nimbusworks" },
    });
    const b = await resolveOrganization(db, { name: "nimbusworks", email: "b@gmail.com" });
    expect(b).toMatchObject({ created: false, matchedBy: "name" });
    expect(b.organization!.id).toBe(a.organization!.id);
    expect((await db.organizationDomain.findMany()).map((d) => d.domain)).toEqual(["nimbusworks.example"]);
  });

  it("finds the organization by e-mail domain and remembers the typed name as an alias", async () => {
    const r = await resolveOrganization(db, { name: "Nimbus Works Labs", email: "c@NimbusWorks.example" });
    expect(r.matchedBy).toBe("domain");
    expect(await db.organizationAlias.findUnique({ where: { normalizedAlias: "nimbus works labs" } })).not.toBeNull();
    const again = await resolveOrganization(db, { name: "Nimbus Works Labs" });
    expect(again).toMatchObject({ matchedBy: "alias", organization: { id: r.organization!.id } });
  });

  it("follows merges", async () => {
    const old = await db.organization.create({ data: { name: "OldCo", normalizedName: "oldco" } });
    const target = await db.organization.create({ data: { name: "NewCo", normalizedName: "newco" } });
    await db.organization.update({ where: { id: old.id }, data: { mergedIntoId: target.id } });
    expect((await resolveOrganization(db, { name: "OldCo GmbH" })).organization!.id).toBe(target.id);
  });

  it("returns no organization for a public mail address without a name, and never records public domains", async () => {
    expect(await resolveOrganization(db, { email: "someone@gmail.com" })).toMatchObject({ organization: null });
    await resolveOrganization(db, { name: "Solo Consulting", email: "solo@outlook.com" });
    expect(await db.organizationDomain.findUnique({ where: { domain: "outlook.com" } })).toBeNull();
  });

  it("creates an organization from a private domain alone", async () => {
    const r = await resolveOrganization(db, { email: "x@fintrail.example" });
    expect(r).toMatchObject({ created: true, organization: { name: "Fintrail", normalizedName: "fintrail" } });
    expect((await resolveOrganization(db, { name: "FinTrail Ltd." })).organization!.id).toBe(r.organization!.id);
  });
});
