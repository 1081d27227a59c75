// Finds or creates the Organization a person belongs to, from the name they typed and/or their
// e-mail address. Non-public e-mail domains are recorded on the organization so later sign-ups
// from the same domain land in the same organization.
//
// The rule is written once against an OrgStore: the database (resolveOrganization, below) or an
// in-memory directory of a batch import that writes its outcome later (./org-directory.ts).
import "server-only";
import type { Organization } from "../db/generated/client";
import type { Tx } from "../db/client";
import { isPublicMailDomain, normalizeEmailDomain, normalizeOrganizationName } from "./normalize";

type OrgDb = Pick<Tx, "organization" | "organizationAlias" | "organizationDomain">;

/** The fields of an organization the rule reads. */
export type OrgRecord = Pick<Organization, "id" | "name" | "normalizedName" | "mergedIntoId">;

/** Where organizations live: lookups by unique key, and the writes the rule makes. */
export type OrgStore<O extends OrgRecord> = {
  byId(id: string): Promise<O | null>;
  byName(normalizedName: string): Promise<O | null>;
  byAlias(normalizedAlias: string): Promise<O | null>;
  byDomain(domain: string): Promise<O | null>;
  /** Records the domain for the organization unless some organization already has it. */
  addDomain(organizationId: string, domain: string): Promise<void>;
  /** Records the alias unless it already exists. */
  addAlias(organizationId: string, alias: string, normalizedAlias: string): Promise<void>;
  /** The organization with this normalized name, created when there is none. */
  upsertByName(name: string, normalizedName: string): Promise<O>;
};

export type ResolveOrganizationResult<O extends OrgRecord = Organization> = {
  organization: O | null;
  created: boolean;
  /** How it was found: by name, alias, e-mail domain, or newly created. */
  matchedBy: "name" | "alias" | "domain" | "created" | null;
};

/** Follows merges to the organization that is in use. */
async function followMerges<O extends OrgRecord>(store: OrgStore<O>, org: O): Promise<O> {
  let current = org;
  for (let i = 0; i < 10 && current.mergedIntoId; i++) {
    const next = await store.byId(current.mergedIntoId);
    if (!next) break;
    current = next;
  }
  return current;
}

async function recordDomain<O extends OrgRecord>(store: OrgStore<O>, organizationId: string, domain?: string) {
  if (!domain || isPublicMailDomain(domain)) return;
  // A domain belongs to one organization; the first one to claim it keeps it.
  await store.addDomain(organizationId, domain);
}

export function nameFromDomain(domain: string): string {
  const labels = domain.split(".");
  const label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** The keys the rule may look up for an input: what a batch must load before resolving in memory. */
export function organizationLookupKeys(input: { name?: string | null; email?: string | null }): {
  names: string[];
  domain?: string;
} {
  const typed = input.name?.trim() ?? "";
  const normalized = typed ? normalizeOrganizationName(typed) : "";
  const domain = privateDomainOf(input.email);
  const names = [normalized, domain ? normalizeOrganizationName(nameFromDomain(domain)) : ""].filter(Boolean);
  return { names, domain };
}

function privateDomainOf(email?: string | null): string | undefined {
  const rawDomain = email ? normalizeEmailDomain(email) : "";
  const domain = rawDomain.includes(".") ? rawDomain : undefined;
  return domain && !isPublicMailDomain(domain) ? domain : undefined;
}

export async function resolveOrganizationIn<O extends OrgRecord>(
  store: OrgStore<O>,
  input: { name?: string | null; email?: string | null },
): Promise<ResolveOrganizationResult<O>> {
  const typed = input.name?.trim() ?? "";
  const normalized = typed ? normalizeOrganizationName(typed) : "";
  const privateDomain = privateDomainOf(input.email);

  if (normalized) {
    const byName = await store.byName(normalized);
    if (byName) {
      const org = await followMerges(store, byName);
      await recordDomain(store, org.id, privateDomain);
      return { organization: org, created: false, matchedBy: "name" };
    }
    const alias = await store.byAlias(normalized);
    if (alias) {
      const org = await followMerges(store, alias);
      await recordDomain(store, org.id, privateDomain);
      return { organization: org, created: false, matchedBy: "alias" };
    }
  }

  if (privateDomain) {
    const byDomain = await store.byDomain(privateDomain);
    if (byDomain) {
      const org = await followMerges(store, byDomain);
      // The typed name is another spelling of this organization: remember it as an alias.
      if (normalized && normalized !== org.normalizedName) await store.addAlias(org.id, typed, normalized);
      return { organization: org, created: false, matchedBy: "domain" };
    }
  }

  const name = normalized ? typed : privateDomain ? nameFromDomain(privateDomain) : "";
  const normalizedName = normalized || (name ? normalizeOrganizationName(name) : "");
  if (!normalizedName) return { organization: null, created: false, matchedBy: null };

  const before = await store.byName(normalizedName);
  const org = before ?? (await store.upsertByName(name, normalizedName));
  await recordDomain(store, org.id, privateDomain);
  return { organization: org, created: !before, matchedBy: before ? "name" : "created" };
}

function databaseStore(tx: OrgDb): OrgStore<Organization> {
  return {
    byId: (id) => tx.organization.findUnique({ where: { id } }),
    byName: (normalizedName) => tx.organization.findUnique({ where: { normalizedName } }),
    byAlias: async (normalizedAlias) =>
      (await tx.organizationAlias.findUnique({ where: { normalizedAlias }, include: { organization: true } }))
        ?.organization ?? null,
    byDomain: async (domain) =>
      (await tx.organizationDomain.findUnique({ where: { domain }, include: { organization: true } }))?.organization ??
      null,
    addDomain: async (organizationId, domain) => {
      await tx.organizationDomain.createMany({ data: [{ organizationId, domain }], skipDuplicates: true });
    },
    addAlias: async (organizationId, alias, normalizedAlias) => {
      await tx.organizationAlias.createMany({
        data: [{ organizationId, alias, normalizedAlias }],
        skipDuplicates: true,
      });
    },
    // upsert, so two concurrent first sign-ups from one company create one organization.
    upsertByName: (name, normalizedName) =>
      tx.organization.upsert({ where: { normalizedName }, create: { name, normalizedName }, update: {} }),
  };
}

export async function resolveOrganization(
  tx: OrgDb,
  input: { name?: string | null; email?: string | null },
): Promise<ResolveOrganizationResult> {
  return resolveOrganizationIn(databaseStore(tx), input);
}
