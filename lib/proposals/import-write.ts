// Writes what a chunk of import:proposals planned (./import-plan.ts): one set-based statement per
// table and kind of change (unnest() of one array per column, lib/db/bulk-sql.ts), in foreign-key
// order: organizations, their domains and aliases, people, profiles, proposals, speakers, findings.
import "server-only";
import { randomUUID } from "node:crypto";
import { utc } from "../db/bulk-sql";
import type { Tx } from "../db/client";
import type { ProposalWrite } from "./import-plan";
import type { World } from "./import-world";

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const col = <T, V>(items: T[], f: (t: T) => V) => items.map(f);

export async function writeChunk(tx: Tx, w: World, writes: ProposalWrite[], now: Date): Promise<void> {
  const at = now.toISOString();
  const orgs = w.orgs.newOrganizations();
  if (orgs.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "Organization" ("id", "name", "normalizedName", "createdAt", "updatedAt")
       SELECT t.id, t.name, t.normalized, ${utc("$4::timestamptz")}, ${utc("$4::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, name, normalized)`,
      col(orgs, (o) => o.id),
      col(orgs, (o) => o.name),
      col(orgs, (o) => o.normalizedName),
      at,
    );
  const domains = w.orgs.newDomains;
  if (domains.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "OrganizationDomain" ("id", "organizationId", "domain")
       SELECT t.id, t.org, t.domain FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, org, domain)`,
      col(domains, () => randomUUID()),
      col(domains, (d) => d.organizationId),
      col(domains, (d) => d.domain),
    );
  const aliases = w.orgs.newAliases;
  if (aliases.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "OrganizationAlias" ("id", "organizationId", "alias", "normalizedAlias")
       SELECT t.id, t.org, t.alias, t.normalized FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, org, alias, normalized)`,
      col(aliases, () => randomUUID()),
      col(aliases, (a) => a.organizationId),
      col(aliases, (a) => a.alias),
      col(aliases, (a) => a.normalizedAlias),
    );

  const users = [...w.users.values()];
  const newUsers = users.filter((u) => u.isNew);
  if (newUsers.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "User" ("id", "email", "name", "organizationId", "accountCreatedAt", "createdAt", "updatedAt")
       SELECT t.id, t.email, t.name, t.org, ${utc("$5::timestamptz")}, ${utc("$5::timestamptz")}, ${utc("$5::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, email, name, org)`,
      col(newUsers, (u) => u.id),
      col(newUsers, (u) => u.email),
      col(newUsers, (u) => u.name),
      col(newUsers, (u) => u.organizationId),
      at,
    );
  const changedUsers = users.filter((u) => u.changed);
  if (changedUsers.length)
    await tx.$executeRawUnsafe(
      `UPDATE "User" u SET "name" = t.name, "organizationId" = t.org, "updatedAt" = ${utc("$4::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, name, org) WHERE u."id" = t.id`,
      col(changedUsers, (u) => u.id),
      col(changedUsers, (u) => u.name),
      col(changedUsers, (u) => u.organizationId),
      at,
    );

  const profiles = [...w.profiles.values()];
  const newProfiles = profiles.filter((p) => p.isNew);
  if (newProfiles.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "SpeakerProfile" ("id", "userId", "displayName", "organizationText", "organizationId", "createdAt", "updatedAt")
       SELECT t.id, t.uid, t.name, t.text, t.org, ${utc("$6::timestamptz")}, ${utc("$6::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(id, uid, name, text, org)`,
      col(newProfiles, (p) => p.id),
      col(newProfiles, (p) => p.userId),
      col(newProfiles, (p) => p.displayName),
      col(newProfiles, (p) => p.organizationText),
      col(newProfiles, (p) => p.organizationId),
      at,
    );
  const changedProfiles = profiles.filter((p) => p.changed);
  if (changedProfiles.length)
    await tx.$executeRawUnsafe(
      `UPDATE "SpeakerProfile" p SET "displayName" = t.name, "organizationText" = t.text, "organizationId" = t.org,
         "updatedAt" = ${utc("$5::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, name, text, org) WHERE p."id" = t.id`,
      col(changedProfiles, (p) => p.id),
      col(changedProfiles, (p) => p.displayName),
      col(changedProfiles, (p) => p.organizationText),
      col(changedProfiles, (p) => p.organizationId),
      at,
    );

  await writeProposals(tx, w.eventId, writes, at);
  await writeSpeakers(tx, writes);
  await writeFindings(tx, writes);
}

async function writeProposals(tx: Tx, eventId: string, writes: ProposalWrite[], at: string) {
  const fresh = writes.filter((p) => p.isNew);
  if (fresh.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "Proposal" ("id", "eventId", "externalId", "trackId", "formatId", "level", "tags", "title", "abstract",
         "anonymizedTitle", "anonymizedAbstract", "status", "createdById", "submittedAt", "createdAt", "updatedAt")
       SELECT t.id, $1, t.ext, t.track, t.format, t.level::"ProposalLevel",
         ARRAY(SELECT jsonb_array_elements_text(t.tags::jsonb)), t.title, t.abstract, t.atitle, t.aabstract,
         t.status::"ProposalStatus", t.creator, ${utc("t.submitted")}, ${utc("$15::timestamptz")}, ${utc("$15::timestamptz")}
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[], $12::text[], $13::text[], $14::timestamptz[])
         AS t(id, ext, track, format, level, tags, title, abstract, atitle, aabstract, status, creator, submitted)`,
      eventId,
      col(fresh, (p) => p.id),
      col(fresh, (p) => p.externalId),
      col(fresh, (p) => p.trackId),
      col(fresh, (p) => p.formatId),
      col(fresh, (p) => p.level),
      col(fresh, (p) => JSON.stringify(p.tags)),
      col(fresh, (p) => p.title),
      col(fresh, (p) => p.abstract),
      col(fresh, (p) => p.anonymizedTitle),
      col(fresh, (p) => p.anonymizedAbstract),
      col(fresh, (p) => p.status),
      col(fresh, (p) => p.createdById),
      col(fresh, (p) => iso(p.submittedAt)),
      at,
    );
  const old = writes.filter((p) => !p.isNew);
  if (old.length)
    await tx.$executeRawUnsafe(
      `UPDATE "Proposal" p SET "title" = t.title, "abstract" = t.abstract, "trackId" = t.track, "formatId" = t.format,
         "createdById" = t.creator, "status" = t.status::"ProposalStatus", "submittedAt" = ${utc("t.submitted")},
         "withdrawnAt" = ${utc("t.withdrawn")}, "anonymizedTitle" = t.atitle, "anonymizedAbstract" = t.aabstract,
         "anonymizedEditedAt" = ${utc("t.edited")}, "updatedAt" = ${utc("$13::timestamptz")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::timestamptz[], $9::timestamptz[], $10::text[], $11::text[], $12::timestamptz[])
         AS t(id, title, abstract, track, format, creator, status, submitted, withdrawn, atitle, aabstract, edited)
       WHERE p."id" = t.id`,
      col(old, (p) => p.id),
      col(old, (p) => p.title),
      col(old, (p) => p.abstract),
      col(old, (p) => p.trackId),
      col(old, (p) => p.formatId),
      col(old, (p) => p.createdById),
      col(old, (p) => p.status),
      col(old, (p) => iso(p.submittedAt)),
      col(old, (p) => iso(p.withdrawnAt)),
      col(old, (p) => p.anonymizedTitle),
      col(old, (p) => p.anonymizedAbstract),
      col(old, (p) => iso(p.anonymizedEditedAt)),
      at,
    );
}

async function writeSpeakers(tx: Tx, writes: ProposalWrite[]) {
  const deleted = writes.flatMap((p) => p.deletedSpeakerIds);
  if (deleted.length) await tx.$executeRawUnsafe(`DELETE FROM "ProposalSpeaker" WHERE "id" = ANY($1::text[])`, deleted);
  const fresh = writes.flatMap((p) => p.newSpeakers.map((s) => ({ ...s, proposalId: p.id })));
  if (fresh.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "ProposalSpeaker" ("id", "proposalId", "userId", "role", "status", "organizationId", "invitedAt", "respondedAt")
       SELECT t.id, t.proposal, t.uid, t.role::"SpeakerRole", t.status::"SpeakerStatus", t.org, ${utc("t.responded")}, ${utc("t.responded")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamptz[])
         AS t(id, proposal, uid, role, status, org, responded)`,
      col(fresh, (s) => s.id),
      col(fresh, (s) => s.proposalId),
      col(fresh, (s) => s.userId),
      col(fresh, (s) => s.role),
      col(fresh, (s) => s.status),
      col(fresh, (s) => s.organizationId),
      col(fresh, (s) => iso(s.respondedAt)),
    );
  const changed = writes.flatMap((p) => p.changedSpeakers);
  if (changed.length)
    await tx.$executeRawUnsafe(
      `UPDATE "ProposalSpeaker" s SET "role" = t.role::"SpeakerRole", "status" = t.status::"SpeakerStatus",
         "organizationId" = t.org, "respondedAt" = ${utc("t.responded")}
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS t(id, role, status, org, responded)
       WHERE s."id" = t.id`,
      col(changed, (s) => s.id),
      col(changed, (s) => s.role),
      col(changed, (s) => s.status),
      col(changed, (s) => s.organizationId),
      col(changed, (s) => iso(s.respondedAt)),
    );
}

async function writeFindings(tx: Tx, writes: ProposalWrite[]) {
  const redacted = writes.filter((p) => p.findings !== null && !p.isNew);
  if (redacted.length)
    await tx.$executeRawUnsafe(
      `DELETE FROM "RedactionFinding" WHERE "proposalId" = ANY($1::text[])`,
      col(redacted, (p) => p.id),
    );
  const findings = writes.flatMap((p) => (p.findings ?? []).map((f) => ({ ...f, proposalId: p.id })));
  if (findings.length)
    await tx.$executeRawUnsafe(
      `INSERT INTO "RedactionFinding" ("id", "proposalId", "field", "kind", "text", "start", "end", "replacement")
       SELECT t.id, t.proposal, t.field::"RedactionField", t.kind::"RedactionKind", t.text, t.s, t.e, t.replacement
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[])
         AS t(id, proposal, field, kind, text, s, e, replacement)`,
      col(findings, () => randomUUID()),
      col(findings, (f) => f.proposalId),
      col(findings, (f) => f.field),
      col(findings, (f) => f.kind),
      col(findings, (f) => f.text),
      col(findings, (f) => f.start),
      col(findings, (f) => f.end),
      col(findings, (f) => f.replacement),
    );
}
