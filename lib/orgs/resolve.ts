// Finds or creates the Organization a person belongs to, from the name they typed and/or their
// e-mail address. Non-public e-mail domains are recorded on the organization so later sign-ups
// from the same domain land in the same organization.
import "server-only";
import type { Organization } from "../db/generated/client";
import type { Tx } from "../db/client";
import { isPublicMailDomain, normalizeEmailDomain, normalizeOrganizationName } from "./normalize";

type OrgDb = Pick<Tx, "organization" | "organizationAlias" | "organizationDomain">;

export type ResolveOrganizationResult = {
  organization: Organization | null;
  created: boolean;
  /** How it was found: by name, alias, e-mail domain, or newly created. */
  matchedBy: "name" | "alias" | "domain" | "created" | null;
};

/** Follows merges to the organization that is in use. */
async function followMerges(tx: OrgDb, org: Organization): Promise<Organization> {
  let current = org;
  for (let i = 0; i < 10 && current.mergedIntoId; i++) {
    const next = await tx.organization.findUnique({ where: { id: current.mergedIntoId } });
    if (!next) break;
    current = next;
  }
  return current;
}

async function recordDomain(tx: OrgDb, organizationId: string, domain: string | undefined) {
  if (!domain || isPublicMailDomain(domain)) return;
  // A domain belongs to one organization; the first one to claim it keeps it.
  await tx.organizationDomain.createMany({ data: [{ organizationId, domain }], skipDuplicates: true });
}

function nameFromDomain(domain: string): string {
  const labels = domain.split(".");
  const label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export async function resolveOrganization(
  tx: OrgDb,
  input: { name?: string | null; email?: string | null },
): Promise<ResolveOrganizationResult> {
  const typed = input.name?.trim() ?? "";
  const normalized = typed ? normalizeOrganizationName(typed) : "";
  const rawDomain = input.email ? normalizeEmailDomain(input.email) : "";
  const domain = rawDomain.includes(".") ? rawDomain : undefined;
  const privateDomain = domain && !isPublicMailDomain(domain) ? domain : undefined;

  if (normalized) {
    const byName = await tx.organization.findUnique({ where: { normalizedName: normalized } });
    if (byName) {
      const org = await followMerges(tx, byName);
      await recordDomain(tx, org.id, privateDomain);
      return { organization: org, created: false, matchedBy: "name" };
    }
    const alias = await tx.organizationAlias.findUnique({
      where: { normalizedAlias: normalized },
      include: { organization: true },
    });
    if (alias) {
      const org = await followMerges(tx, alias.organization);
      await recordDomain(tx, org.id, privateDomain);
      return { organization: org, created: false, matchedBy: "alias" };
    }
  }

  if (privateDomain) {
    const byDomain = await tx.organizationDomain.findUnique({
      where: { domain: privateDomain },
      include: { organization: true },
    });
    if (byDomain) {
      const org = await followMerges(tx, byDomain.organization);
      // The typed name is another spelling of this organization: remember it as an alias.
      if (normalized && normalized !== org.normalizedName) {
        await tx.organizationAlias.createMany({
          data: [{ organizationId: org.id, alias: typed, normalizedAlias: normalized }],
          skipDuplicates: true,
        });
      }
      return { organization: org, created: false, matchedBy: "domain" };
    }
  }

  const name = normalized ? typed : privateDomain ? nameFromDomain(privateDomain) : "";
  const normalizedName = normalized || (name ? normalizeOrganizationName(name) : "");
  if (!normalizedName) return { organization: null, created: false, matchedBy: null };

  // upsert, so two concurrent first sign-ups from one company create one organization.
  const before = await tx.organization.findUnique({ where: { normalizedName }, select: { id: true } });
  const org = await tx.organization.upsert({ where: { normalizedName }, create: { name, normalizedName }, update: {} });
  await recordDomain(tx, org.id, privateDomain);
  return { organization: org, created: !before, matchedBy: before ? "name" : "created" };
}
