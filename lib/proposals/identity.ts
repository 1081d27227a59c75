import "server-only";
import type { Tx } from "../db/client";
import type { IdentityContext } from "../anonymize";

/** A speaker as identity redaction sees them. */
export type IdentityUser = {
  name: string | null;
  email: string;
  organizationId: string | null;
  profile: {
    displayName: string;
    handles: string[];
    links: unknown;
    organizationId: string | null;
    organizationText: string | null;
  } | null;
};
export type IdentityOrg = { name: string; aliases: string[]; domains: string[] };

/** The organization ids a set of speakers refers to (their own and their profiles'). */
export function identityOrgIds(users: IdentityUser[]): string[] {
  const orgIds = new Set<string>();
  for (const u of users) for (const id of [u.organizationId, u.profile?.organizationId]) if (id) orgIds.add(id);
  return [...orgIds];
}

/** Pure: the identity context of speakers, given their organizations (those of identityOrgIds). */
export function buildIdentityContext(users: IdentityUser[], orgs: IdentityOrg[]): IdentityContext {
  const typedOrgs = new Set<string>();
  const speakers: IdentityContext["speakers"] = [];
  for (const u of users) {
    const names = [...new Set([u.profile?.displayName, u.name].filter((n): n is string => Boolean(n && n.trim())))];
    const links = Array.isArray(u.profile?.links)
      ? (u.profile.links as { url?: unknown }[]).map((l) => (typeof l?.url === "string" ? l.url : "")).filter(Boolean)
      : [];
    const base = { email: u.email, handles: u.profile?.handles ?? [], links };
    if (names.length === 0) speakers.push({ name: "", ...base });
    for (const name of names) speakers.push({ name, ...base });
    if (u.profile?.organizationText?.trim()) typedOrgs.add(u.profile.organizationText.trim());
  }
  const organizations: IdentityContext["organizations"] = orgs.map((o) => ({
    name: o.name,
    aliases: o.aliases,
    domains: o.domains,
  }));
  for (const typed of typedOrgs) {
    if (!organizations.some((o) => o.name.toLowerCase() === typed.toLowerCase())) organizations.push({ name: typed });
  }
  return { speakers: speakers.filter((s) => s.name !== "" || s.email), organizations };
}

/**
 * Everything that identifies a proposal's speakers (every invited, confirmed or primary speaker)
 * and their organizations: what assisted redaction looks for.
 */
export async function loadIdentityContext(tx: Tx, userIds: string[]): Promise<IdentityContext> {
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: {
      name: true,
      email: true,
      organizationId: true,
      profile: {
        select: { displayName: true, handles: true, links: true, organizationId: true, organizationText: true },
      },
    },
  });
  const orgs = await tx.organization.findMany({
    where: { id: { in: identityOrgIds(users) } },
    select: { name: true, aliases: { select: { alias: true } }, domains: { select: { domain: true } } },
  });
  return buildIdentityContext(
    users,
    orgs.map((o) => ({
      name: o.name,
      aliases: o.aliases.map((a) => a.alias),
      domains: o.domains.map((d) => d.domain),
    })),
  );
}

/** The identity context of a proposal: every speaker who has not declined. */
export async function loadProposalIdentityContext(tx: Tx, proposalId: string): Promise<IdentityContext> {
  const speakers = await tx.proposalSpeaker.findMany({
    where: { proposalId, status: { not: "DECLINED" } },
    select: { userId: true },
  });
  return loadIdentityContext(
    tx,
    speakers.map((s) => s.userId),
  );
}
