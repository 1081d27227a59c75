// What one chunk of import:proposals reads before planning its rows in memory: the people named
// in the chunk (locked, as the caps check locks them), their profiles and organizations (locked),
// the chunk's existing proposals with their speakers, and the counted proposals of those people and
// organizations for the caps. A handful of set-based statements, whatever the chunk's size.
import "server-only";
import type { Tx } from "../db/client";
import type { ProposalLevel, ProposalStatus, SpeakerRole, SpeakerStatus } from "../db/generated/enums";
import { COUNTED_STATUSES } from "../caps/rules";
import { Journal } from "../imports/journal";
import { OrgDirectory } from "../orgs/org-directory";

export type UserState = {
  id: string;
  email: string;
  name: string | null;
  emailVerified: boolean;
  hasAccount: boolean;
  organizationId: string | null;
  isNew: boolean;
  changed: boolean;
};
export type ProfileState = {
  id: string;
  userId: string;
  displayName: string;
  organizationText: string | null;
  organizationId: string | null;
  handles: string[];
  links: unknown;
  isNew: boolean;
  changed: boolean;
};
export type SpeakerRow = {
  id: string;
  userId: string;
  role: SpeakerRole;
  status: SpeakerStatus;
  organizationId: string | null;
  respondedAt: Date | null;
};
/** The columns of a proposal the import reads and writes. */
export type ProposalColumns = {
  id: string;
  externalId: string;
  status: ProposalStatus;
  title: string;
  abstract: string;
  trackId: string;
  formatId: string;
  createdById: string;
  level: ProposalLevel;
  anonymizedTitle: string;
  anonymizedAbstract: string;
  anonymizedEditedAt: Date | null;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
};
export type ExistingProposal = ProposalColumns & { speakers: SpeakerRow[] };
/** A proposal as the caps count it: its status and its confirmed speakers (of the people and organizations loaded). */
export type CountedProposal = {
  status: ProposalStatus;
  speakers: { userId: string; role: SpeakerRole; organizationId: string | null }[];
};
export type EventCaps = { perSpeaker: number; perOrg: number; coSpeakersCountTowardCap: boolean };

export type World = {
  journal: Journal;
  eventId: string;
  caps: EventCaps;
  users: Map<string, UserState>;
  usersById: Map<string, UserState>;
  profiles: Map<string, ProfileState>;
  orgs: OrgDirectory;
  proposals: Map<string, ExistingProposal>;
  counted: Map<string, CountedProposal>;
  capExtra: Map<string, number>;
};

export type WorldInput = {
  externalId: string;
  speakerEmail: string;
  organization: string;
  coSpeakers: string[];
};

export async function loadWorld(tx: Tx, eventId: string, caps: EventCaps, rows: WorldInput[]): Promise<World> {
  const journal = new Journal();
  const emails = [...new Set(rows.flatMap((r) => [r.speakerEmail, ...r.coSpeakers]))];
  const userRows = await tx.$queryRawUnsafe<
    (Omit<UserState, "isNew" | "changed" | "emailVerified"> & {
      emailVerified: Date | null;
    })[]
  >(
    `SELECT u."id", u."email", u."name", u."emailVerified", u."organizationId",
       EXISTS (SELECT 1 FROM "Account" a WHERE a."userId" = u."id") AS "hasAccount"
     FROM "User" u WHERE u."email" = ANY($1::text[]) ORDER BY u."id" FOR UPDATE OF u`,
    emails,
  );
  const users = new Map<string, UserState>();
  const usersById = new Map<string, UserState>();
  for (const u of userRows) {
    const state = { ...u, emailVerified: u.emailVerified !== null, isNew: false, changed: false };
    users.set(u.email, state);
    usersById.set(u.id, state);
  }
  const userIds = [...usersById.keys()];
  const profileRows = await tx.$queryRawUnsafe<Omit<ProfileState, "isNew" | "changed">[]>(
    `SELECT "id", "userId", "displayName", "organizationText", "organizationId", COALESCE("handles", '{}') AS "handles", "links"
     FROM "SpeakerProfile" WHERE "userId" = ANY($1::text[])`,
    userIds,
  );
  const profiles = new Map(profileRows.map((p) => [p.userId, { ...p, isNew: false, changed: false }]));
  const linked = [...userRows.map((u) => u.organizationId), ...profileRows.map((p) => p.organizationId)].filter(
    (id): id is string => !!id,
  );
  const orgs = await OrgDirectory.load(
    tx,
    journal,
    rows.flatMap((r) => [
      { name: r.organization || null, email: r.speakerEmail },
      ...r.coSpeakers.map((email) => ({ email })),
    ]),
    linked,
  );
  const orgIds = orgs.existingIds();
  if (orgIds.length)
    await tx.$queryRawUnsafe(
      `SELECT "id" FROM "Organization" WHERE "id" = ANY($1::text[]) ORDER BY "id" FOR UPDATE`,
      orgIds.sort(),
    );

  const proposalRows = await tx.$queryRawUnsafe<Omit<ExistingProposal, "speakers">[]>(
    `SELECT "id", "externalId", "status"::text AS "status", "title", "abstract", "trackId", "formatId", "createdById",
       "level"::text AS "level", "anonymizedTitle", "anonymizedAbstract", "anonymizedEditedAt", "submittedAt", "withdrawnAt"
     FROM "Proposal" WHERE "eventId" = $1 AND "externalId" = ANY($2::text[])`,
    eventId,
    rows.map((r) => r.externalId),
  );
  const proposals = new Map(proposalRows.map((p) => [p.externalId, { ...p, speakers: [] as SpeakerRow[] }]));
  const byId = new Map([...proposals.values()].map((p) => [p.id, p]));
  if (byId.size) {
    const speakerRows = await tx.$queryRawUnsafe<(SpeakerRow & { proposalId: string })[]>(
      `SELECT "id", "proposalId", "userId", "role"::text AS "role", "status"::text AS "status", "organizationId", "respondedAt"
       FROM "ProposalSpeaker" WHERE "proposalId" = ANY($1::text[]) ORDER BY "invitedAt", "id"`,
      [...byId.keys()],
    );
    for (const { proposalId, ...s } of speakerRows) byId.get(proposalId)!.speakers.push(s);
  }

  const counted = new Map<string, CountedProposal>();
  const capExtra = new Map<string, number>();
  if (caps.perSpeaker > 0 || caps.perOrg > 0) {
    const countedRows = await tx.$queryRawUnsafe<
      { proposalId: string; status: ProposalStatus; userId: string; role: SpeakerRole; organizationId: string | null }[]
    >(
      `SELECT p."id" AS "proposalId", p."status"::text AS "status", ps."userId", ps."role"::text AS "role", ps."organizationId"
       FROM "Proposal" p JOIN "ProposalSpeaker" ps ON ps."proposalId" = p."id"
       WHERE p."eventId" = $1 AND p."status"::text = ANY($2::text[]) AND ps."status" = 'CONFIRMED'
         AND (ps."userId" = ANY($3::text[]) OR ps."organizationId" = ANY($4::text[]))`,
      eventId,
      COUNTED_STATUSES,
      userIds,
      orgIds,
    );
    for (const r of countedRows) {
      const entry = counted.get(r.proposalId) ?? { status: r.status, speakers: [] };
      entry.speakers.push({ userId: r.userId, role: r.role, organizationId: r.organizationId });
      counted.set(r.proposalId, entry);
    }
    const exceptions = await tx.$queryRawUnsafe<{ userId: string; extraProposals: number }[]>(
      `SELECT "userId", "extraProposals" FROM "CapException" WHERE "eventId" = $1 AND "userId" = ANY($2::text[])`,
      eventId,
      userIds,
    );
    for (const e of exceptions) capExtra.set(e.userId, e.extraProposals);
  }
  return { journal, eventId, caps, users, usersById, profiles, orgs, proposals, counted, capExtra };
}
