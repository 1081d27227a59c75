// The organizations a batch import may touch, loaded up front and resolved in memory with the
// same rule as resolveOrganization (./resolve.ts, resolveOrganizationIn); what the rows create
// (organizations, domains, aliases) is kept as pending and written by the import in one statement
// per table. Changes go through a Journal, so a failed row's organizations vanish with it.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import type { Journal } from "../imports/journal";
import { organizationLookupKeys, resolveOrganizationIn, type OrgStore } from "./resolve";

export type DirectoryOrg = {
  id: string;
  name: string;
  normalizedName: string;
  mergedIntoId: string | null;
  aliases: string[];
  domains: string[];
  isNew: boolean;
};

type Row = { id: string; name: string; normalizedName: string; mergedIntoId: string | null };

export class OrgDirectory {
  readonly orgs = new Map<string, DirectoryOrg>();
  private readonly names = new Map<string, string>();
  private readonly aliasOf = new Map<string, string>();
  private readonly domainOf = new Map<string, string>();
  readonly newDomains: { organizationId: string; domain: string }[] = [];
  readonly newAliases: { organizationId: string; alias: string; normalizedAlias: string }[] = [];

  constructor(private readonly journal: Journal) {}

  /**
   * Loads every organization the inputs may resolve to (by name, alias, domain, following merges),
   * plus `ids` (organizations already linked to the people involved), with all their aliases and domains.
   */
  static async load(
    tx: Tx,
    journal: Journal,
    inputs: { name?: string | null; email?: string | null }[],
    ids: string[],
  ): Promise<OrgDirectory> {
    const dir = new OrgDirectory(journal);
    const names = new Set<string>();
    const domains = new Set<string>();
    for (const input of inputs) {
      const keys = organizationLookupKeys(input);
      for (const n of keys.names) names.add(n);
      if (keys.domain) domains.add(keys.domain);
    }
    const want = new Set(ids);
    const [aliases, domainRows] = await Promise.all([
      tx.$queryRawUnsafe<{ organizationId: string; normalizedAlias: string }[]>(
        `SELECT "organizationId", "normalizedAlias" FROM "OrganizationAlias" WHERE "normalizedAlias" = ANY($1::text[])`,
        [...names],
      ),
      tx.$queryRawUnsafe<{ organizationId: string; domain: string }[]>(
        `SELECT "organizationId", "domain" FROM "OrganizationDomain" WHERE "domain" = ANY($1::text[])`,
        [...domains],
      ),
    ]);
    for (const r of [...aliases, ...domainRows]) want.add(r.organizationId);
    let rows = await tx.$queryRawUnsafe<Row[]>(
      `SELECT "id", "name", "normalizedName", "mergedIntoId" FROM "Organization"
       WHERE "normalizedName" = ANY($1::text[]) OR "id" = ANY($2::text[])`,
      [...names],
      [...want],
    );
    // Merge chains are short (a chair merges by hand): one more query per level, at most 10.
    for (let depth = 0; rows.length && depth <= 10; depth++) {
      for (const r of rows) dir.orgs.set(r.id, { ...r, aliases: [], domains: [], isNew: false });
      const missing = [...new Set(rows.map((r) => r.mergedIntoId).filter((m): m is string => !!m))].filter(
        (m) => !dir.orgs.has(m),
      );
      rows = missing.length
        ? await tx.$queryRawUnsafe<Row[]>(
            `SELECT "id", "name", "normalizedName", "mergedIntoId" FROM "Organization" WHERE "id" = ANY($1::text[])`,
            missing,
          )
        : [];
    }
    const all = [...dir.orgs.keys()];
    const [allAliases, allDomains] = await Promise.all([
      tx.$queryRawUnsafe<{ organizationId: string; alias: string; normalizedAlias: string }[]>(
        `SELECT "organizationId", "alias", "normalizedAlias" FROM "OrganizationAlias"
         WHERE "organizationId" = ANY($1::text[]) OR "normalizedAlias" = ANY($2::text[]) ORDER BY "id"`,
        all,
        [...names],
      ),
      tx.$queryRawUnsafe<{ organizationId: string; domain: string }[]>(
        `SELECT "organizationId", "domain" FROM "OrganizationDomain"
         WHERE "organizationId" = ANY($1::text[]) OR "domain" = ANY($2::text[]) ORDER BY "id"`,
        all,
        [...domains],
      ),
    ]);
    for (const o of dir.orgs.values()) dir.names.set(o.normalizedName, o.id);
    for (const a of allAliases) {
      dir.aliasOf.set(a.normalizedAlias, a.organizationId);
      dir.orgs.get(a.organizationId)?.aliases.push(a.alias);
    }
    for (const d of allDomains) {
      dir.domainOf.set(d.domain, d.organizationId);
      dir.orgs.get(d.organizationId)?.domains.push(d.domain);
    }
    return dir;
  }

  /** Ids of the organizations that exist in the database (to lock them). */
  existingIds(): string[] {
    return [...this.orgs.values()].filter((o) => !o.isNew).map((o) => o.id);
  }

  newOrganizations(): DirectoryOrg[] {
    return [...this.orgs.values()].filter((o) => o.isNew);
  }

  /** resolveOrganization's rule, against the directory. */
  async resolve(input: { name?: string | null; email?: string | null }): Promise<DirectoryOrg | null> {
    return (await resolveOrganizationIn(this.store, input)).organization;
  }

  private readonly store: OrgStore<DirectoryOrg> = {
    byId: async (id) => this.orgs.get(id) ?? null,
    byName: async (n) => this.orgs.get(this.names.get(n) ?? "") ?? null,
    byAlias: async (n) => this.orgs.get(this.aliasOf.get(n) ?? "") ?? null,
    byDomain: async (d) => this.orgs.get(this.domainOf.get(d) ?? "") ?? null,
    addDomain: async (organizationId, domain) => {
      if (this.domainOf.has(domain)) return;
      this.journal.put(this.domainOf, domain, organizationId);
      this.journal.push(this.orgs.get(organizationId)!.domains, domain);
      this.journal.push(this.newDomains, { organizationId, domain });
    },
    addAlias: async (organizationId, alias, normalizedAlias) => {
      if (this.aliasOf.has(normalizedAlias)) return;
      this.journal.put(this.aliasOf, normalizedAlias, organizationId);
      this.journal.push(this.orgs.get(organizationId)!.aliases, alias);
      this.journal.push(this.newAliases, { organizationId, alias, normalizedAlias });
    },
    upsertByName: async (name, normalizedName) => {
      const known = this.orgs.get(this.names.get(normalizedName) ?? "");
      if (known) return known;
      const org: DirectoryOrg = {
        id: randomUUID(),
        name,
        normalizedName,
        mergedIntoId: null,
        aliases: [],
        domains: [],
        isNew: true,
      };
      this.journal.put(this.orgs, org.id, org);
      this.journal.put(this.names, normalizedName, org.id);
      return org;
    },
  };
}
