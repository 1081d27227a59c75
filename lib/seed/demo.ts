// The demo seed: "Open Cloud Summit 2027" in VOTING with ~60 proposals, voters, ballots and votes,
// plus "Open Cloud Summit Europe 2027" in CFP_OPEN. Deterministic content (seeded PRNG; only
// ballot handles are truly random, since they must be unguessable), one transaction, bulk inserts.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { DEMO_PERSONAS } from "../demo/personas";
import { createEvent } from "../events/create-event";
import { normalizeOrganizationName } from "../orgs/normalize";
import { resolveOrganization } from "../orgs/resolve";
import { SEED_ORGANIZATIONS } from "../../prisma/seed/organizations";
import { EU_PROPOSALS, SUMMIT_PROPOSALS, type SeedProposal } from "../../prisma/seed/proposals";
import { SEED_SPEAKERS } from "../../prisma/seed/speakers";
import { SEED_PAST_FEEDBACK, SEED_VOTERS } from "../../prisma/seed/voters";
import { PAST_EVENT } from "../../prisma/seed/past-event";
import { REVIEW_EVENT } from "../../prisma/seed/review-event";
import { seedPastEvent } from "./past-event";
import { seedReviewEvent } from "./review-event";
import { createRng, type Rng } from "./prng";
import { redactProposal, type IdentityContext } from "../anonymize";
import { newHandle } from "../ballot/assign-ballot";
import { chooseBallot, conflictKeys } from "../ballot/choose";

export const DEMO_EVENT_SLUG = "summit-2027";
export const DEMO_EU_EVENT_SLUG = "summit-eu-2027";
const VOTER_PERSONA_BALLOT_SIZE = 12;
const DAY = 24 * 60 * 60 * 1000;

export class SeedError extends Error {}

export type SeedDemoResult =
  | { created: false; message: string }
  | {
      created: true;
      message: string;
      counts: { users: number; proposals: number; ballots: number; votes: number; organizations: number };
    };

/** True when the migrations have created the tables (seed needs a migrated database). */
async function tablesExist(): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ ok: boolean }[]>(`SELECT to_regclass('public."Event"') IS NOT NULL AS ok`);
  return Boolean(rows[0]?.ok);
}

export async function seedDemo(options: { now?: Date } = {}): Promise<SeedDemoResult> {
  if (!(await tablesExist())) throw new SeedError("the database has no tables; run podium db:migrate first");
  if (await db.event.findUnique({ where: { slug: DEMO_EVENT_SLUG }, select: { id: true } })) {
    return { created: false, message: `Demo data already present (event "${DEMO_EVENT_SLUG}" exists); nothing to do.` };
  }
  const now = options.now ?? new Date();
  const counts = await db.$transaction((tx) => seedInTransaction(tx, now), { timeout: 120_000, maxWait: 30_000 });
  return {
    created: true,
    message:
      `Seeded demo events "${DEMO_EU_EVENT_SLUG}" (call for papers), "${DEMO_EVENT_SLUG}" (voting), ` +
      `"${REVIEW_EVENT.slug}" (review) and "${PAST_EVENT.slug}" (published): ${counts.proposals} proposals, ` +
      `${counts.users} users, ${counts.ballots} ballots, ${counts.votes} votes, ${counts.sessionRatings} session ratings.`,
    counts,
  };
}

type Person = {
  name: string;
  email: string;
  org: string | null;
  persona?: string;
  role?: "ORGANIZER" | "ADMIN";
  bio?: string;
  handles?: string[];
  speaker: boolean;
};

function collectPeople(): Map<string, Person> {
  const people = new Map<string, Person>();
  const add = (p: Person) => {
    const prev = people.get(p.email);
    people.set(
      p.email,
      prev
        ? {
            ...prev,
            ...Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)),
            speaker: prev.speaker || p.speaker,
          }
        : p,
    );
  };
  for (const s of SEED_SPEAKERS) {
    const org = s.org ? SEED_ORGANIZATIONS.find((o) => o.key === s.org)!.name : null;
    const bio = `${s.name.split(" ")[0]} is ${/^[aeiou]/i.test(s.role) ? "an" : "a"} ${s.role}${org ? ` at ${org}` : ""}, speaking about what they learned the hard way.`;
    add({ name: s.name, email: s.email, org: s.org, bio, handles: s.handle ? [s.handle] : [], speaker: true });
  }
  for (const v of SEED_VOTERS) add({ name: v.name, email: v.email, org: v.org, speaker: false });
  const personaOrg: Record<string, string | null> = {
    organizer: "podium",
    chair: "podium",
    cochair: "podium",
    admin: "podium",
    "security-chair": "podium",
    speaker: "nimbus",
    newcomer: null,
    voter: "fintrail",
  };
  for (const p of DEMO_PERSONAS) {
    add({
      name: p.name,
      email: p.email,
      org: personaOrg[p.key] ?? null,
      persona: p.key,
      role: p.key === "organizer" ? "ORGANIZER" : p.key === "admin" ? "ADMIN" : undefined,
      speaker: p.key === "speaker" || p.key === "newcomer",
    });
  }
  return people;
}

async function seedInTransaction(tx: Tx, now: Date) {
  const rng = createRng(2027);

  // Organizations, through the same resolver sign-ups use (records each org's e-mail domain).
  const orgs = new Map<string, { id: string; name: string; aliases: string[]; domains: string[] }>();
  for (const o of SEED_ORGANIZATIONS) {
    const { organization } = await resolveOrganization(tx, { name: o.name, email: `info@${o.domain}` });
    if (!organization) throw new Error(`could not resolve organization ${o.name}`);
    const aliases = o.aliases ?? [];
    if (aliases.length) {
      await tx.organizationAlias.createMany({
        data: aliases.map((alias) => ({
          organizationId: organization.id,
          alias,
          normalizedAlias: normalizeOrganizationName(alias),
        })),
        skipDuplicates: true,
      });
    }
    orgs.set(o.key, { id: organization.id, name: o.name, aliases, domains: [o.domain] });
  }

  // Users and speaker profiles.
  const people = collectPeople();
  await tx.user.createMany({
    data: [...people.values()].map((p) => ({
      email: p.email,
      name: p.name,
      emailVerified: now,
      organizationId: p.org ? orgs.get(p.org)!.id : null,
      role: p.role ?? "MEMBER",
      demoPersona: p.persona ?? null,
      accountCreatedAt: new Date(now.getTime() - (30 + rng.int(0, 400)) * DAY),
    })),
    skipDuplicates: true,
  });
  for (const p of people.values()) {
    if (p.persona)
      await tx.user.update({
        where: { email: p.email },
        data: { demoPersona: p.persona, role: p.role ?? "MEMBER", name: p.name },
      });
  }
  const users = await tx.user.findMany({
    where: { email: { in: [...people.keys()] } },
    select: { id: true, email: true },
  });
  const userId = new Map(users.map((u) => [u.email, u.id]));
  const speakerByKey = new Map(SEED_SPEAKERS.map((s) => [s.key, s]));
  await tx.speakerProfile.createMany({
    data: [...people.values()]
      .filter((p) => p.speaker)
      .map((p) => ({
        userId: userId.get(p.email)!,
        displayName: p.name,
        organizationText: p.org ? orgs.get(p.org)!.name : null,
        organizationId: p.org ? orgs.get(p.org)!.id : null,
        bio: p.bio ?? null,
        handles: p.handles ?? [],
      })),
    skipDuplicates: true,
  });

  // The two events.
  const summit = await createEvent(
    {
      slug: DEMO_EVENT_SLUG,
      name: "Open Cloud Summit 2027",
      description:
        "The community conference for cloud-native infrastructure, security and data. Talks are chosen by an anonymized community vote.",
      phase: "VOTING",
      cfpOpensAt: new Date(now.getTime() - 60 * DAY),
      cfpClosesAt: new Date(now.getTime() - 4 * DAY),
      votingOpensAt: new Date(now.getTime() - 3 * DAY),
      votingClosesAt: new Date(now.getTime() + 21 * DAY),
      reviewEndsAt: new Date(now.getTime() + 35 * DAY),
      eventStartsAt: new Date(now.getTime() + 70 * DAY),
      eventEndsAt: new Date(now.getTime() + 72 * DAY),
      ballotSize: 30,
      scale: "0..3",
      maxProposalsPerSpeaker: 3,
      maxProposalsPerOrg: 12,
      maxAcceptedPerOrg: 4,
      newcomerTarget: 0.25,
      feedbackWeight: 1,
    },
    {
      tx,
      tracks: [
        {
          slug: "cloud-native",
          name: "Cloud Native",
          description: "Kubernetes, platforms, networking, storage and operations.",
          slotCount: 10,
        },
        {
          slug: "security",
          name: "Security",
          description: "Supply chain, runtime, identity and incident response.",
          slotCount: 6,
        },
        {
          slug: "data-ai",
          name: "Data & AI",
          description: "Data engineering, ML infrastructure and applied AI.",
          slotCount: 8,
        },
      ],
    },
  );
  if (!summit.ok) throw new Error(`creating ${DEMO_EVENT_SLUG}: ${summit.message}`);
  const eu = await createEvent(
    {
      slug: DEMO_EU_EVENT_SLUG,
      name: "Open Cloud Summit Europe 2027",
      description: "The European edition. The call for proposals is open.",
      phase: "CFP_OPEN",
      cfpOpensAt: new Date(now.getTime() - 10 * DAY),
      cfpClosesAt: new Date(now.getTime() + 40 * DAY),
      votingOpensAt: new Date(now.getTime() + 42 * DAY),
      votingClosesAt: new Date(now.getTime() + 60 * DAY),
      reviewEndsAt: new Date(now.getTime() + 75 * DAY),
      eventStartsAt: new Date(now.getTime() + 150 * DAY),
      eventEndsAt: new Date(now.getTime() + 152 * DAY),
      scale: "0..3",
    },
    {
      tx,
      tracks: [
        { slug: "platform", name: "Platform Engineering", slotCount: 8 },
        { slug: "security", name: "Security", slotCount: 5 },
      ],
    },
  );
  const euEvent = eu.ok ? eu.event : null; // already there from an earlier partial setup: leave it alone

  const chairTrack = await tx.track.findUniqueOrThrow({
    where: { eventId_slug: { eventId: summit.event.id, slug: "cloud-native" } },
  });
  const securityTrack = await tx.track.findUniqueOrThrow({
    where: { eventId_slug: { eventId: summit.event.id, slug: "security" } },
  });
  const chairEmail = DEMO_PERSONAS.find((p) => p.key === "chair")!.email;
  const securityChairEmail = DEMO_PERSONAS.find((p) => p.key === "security-chair")!.email;
  await tx.trackChair.createMany({
    data: [
      { trackId: chairTrack.id, userId: userId.get(chairEmail)! },
      { trackId: securityTrack.id, userId: userId.get(securityChairEmail)! },
    ],
    skipDuplicates: true,
  });

  const summitProposals = await insertProposals(
    tx,
    rng,
    summit.event.id,
    SUMMIT_PROPOSALS,
    "oc27",
    now.getTime() - 55 * DAY,
    50,
    { orgs, userId, speakerByKey },
  );
  if (euEvent)
    await insertProposals(tx, rng, euEvent.id, EU_PROPOSALS, "oceu27", now.getTime() - 9 * DAY, 8, {
      orgs,
      userId,
      speakerByKey,
    });

  const { ballots, votes } = await insertBallotsAndVotes(tx, rng, summit.event.id, summitProposals, now, {
    orgs,
    userId,
  });

  await tx.pastFeedback.createMany({
    data: SEED_PAST_FEEDBACK.map((f) => ({
      speakerId: userId.get(speakerByKey.get(f.speaker)!.email)!,
      eventName: f.eventName,
      sessionTitle: f.sessionTitle,
      ratingAverage: f.ratingAverage,
      ratingCount: f.ratingCount,
      scaleMax: 5,
      normalizedAverage: (f.ratingAverage - 1) / 4,
      heldAt: new Date(`${f.eventName.slice(-4)}-06-15T09:00:00Z`),
    })),
    skipDuplicates: true,
  });
  const past = await seedPastEvent(tx, now, userId);
  const review = await seedReviewEvent(tx, now, { orgs, userId });
  await tx.auditLog.create({
    data: {
      action: "seed.demo",
      eventId: summit.event.id,
      details: { proposals: summitProposals.length, ballots, votes },
    },
  });
  return {
    users: people.size,
    proposals: summitProposals.length + (euEvent ? EU_PROPOSALS.length : 0) + (review?.proposals ?? 0),
    ballots,
    votes: votes + (review?.votes ?? 0),
    sessionRatings: past?.ratings ?? 0,
    organizations: orgs.size,
  };
}

type Lookups = {
  orgs: Map<string, { id: string; name: string; aliases: string[]; domains: string[] }>;
  userId: Map<string, string>;
  speakerByKey: Map<string, (typeof SEED_SPEAKERS)[number]>;
};
type InsertedProposal = { id: string; speakerUserIds: string[]; orgIds: string[] };

async function insertProposals(
  tx: Tx,
  rng: Rng,
  eventId: string,
  list: SeedProposal[],
  prefix: string,
  firstSubmittedAt: number,
  spreadDays: number,
  { orgs, userId, speakerByKey }: Lookups,
): Promise<InsertedProposal[]> {
  const tracks = new Map((await tx.track.findMany({ where: { eventId } })).map((t) => [t.slug, t.id]));
  const formats = new Map((await tx.format.findMany({ where: { eventId } })).map((f) => [f.slug, f.id]));
  const proposals: Prisma.ProposalCreateManyInput[] = [];
  const speakers: Prisma.ProposalSpeakerCreateManyInput[] = [];
  const findings: Prisma.RedactionFindingCreateManyInput[] = [];
  const inserted: InsertedProposal[] = [];

  list.forEach((sp, i) => {
    const id = randomUUID();
    const people = [sp.speaker, ...(sp.co ?? [])].map((k) => speakerByKey.get(k)!);
    // The same assisted redaction the submission form uses.
    const ctx: IdentityContext = {
      speakers: people.map((p) => ({ name: p.name, email: p.email })),
      organizations: people.flatMap((p) => {
        const o = p.org ? orgs.get(p.org)! : undefined;
        return o ? [{ name: o.name, aliases: o.aliases, domains: o.domains }] : [];
      }),
    };
    const redacted = redactProposal({ title: sp.title, abstract: sp.abstract }, ctx);
    const submittedAt = new Date(firstSubmittedAt + rng.next() * spreadDays * DAY);
    const primaryId = userId.get(people[0].email)!;
    proposals.push({
      id,
      eventId,
      externalId: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      trackId: tracks.get(sp.track)!,
      formatId: formats.get(sp.format)!,
      level: sp.level,
      tags: sp.tags,
      title: sp.title,
      abstract: sp.abstract,
      anonymizedTitle: redacted.anonymizedTitle,
      anonymizedAbstract: redacted.anonymizedAbstract,
      status: "SUBMITTED",
      createdById: primaryId,
      submittedAt,
      createdAt: submittedAt,
    });
    people.forEach((person, j) => {
      speakers.push({
        proposalId: id,
        userId: userId.get(person.email)!,
        role: j === 0 ? "PRIMARY" : "CO_SPEAKER",
        status: "CONFIRMED",
        organizationId: person.org ? orgs.get(person.org)!.id : null,
        invitedAt: submittedAt,
        respondedAt: submittedAt,
      });
    });
    for (const f of redacted.findings) findings.push({ proposalId: id, ...f });
    inserted.push({
      id,
      speakerUserIds: people.map((p) => userId.get(p.email)!),
      orgIds: people.flatMap((p) => (p.org ? [orgs.get(p.org)!.id] : [])),
    });
  });

  await tx.proposal.createMany({ data: proposals });
  await tx.proposalSpeaker.createMany({ data: speakers });
  if (findings.length) await tx.redactionFinding.createMany({ data: findings });
  return inserted;
}

async function insertBallotsAndVotes(
  tx: Tx,
  rng: Rng,
  eventId: string,
  proposals: InsertedProposal[],
  now: Date,
  { orgs, userId }: Pick<Lookups, "orgs" | "userId">,
) {
  // Hidden "true" quality per proposal and a harsh/lenient bias per voter, so the ranking has
  // something to find.
  const quality = new Map(proposals.map((p) => [p.id, 0.4 + rng.next() * 2.3]));
  const voterPersona = DEMO_PERSONAS.find((p) => p.key === "voter")!;
  const voters = [
    { email: voterPersona.email, org: "fintrail", size: VOTER_PERSONA_BALLOT_SIZE, persona: true },
    ...SEED_VOTERS.map((v) => ({ email: v.email, org: v.org, size: rng.int(10, 18), persona: false })),
  ];
  const coverage = new Map(proposals.map((p) => [p.id, 0]));
  const byId = new Map(proposals.map((p) => [p.id, p]));
  const ballots: Prisma.BallotCreateManyInput[] = [];
  const items: Prisma.BallotItemCreateManyInput[] = [];
  const votes: Prisma.VoteCreateManyInput[] = [];
  const votingOpened = now.getTime() - 3 * DAY;

  for (const v of voters) {
    const voterId = userId.get(v.email)!;
    const voterOrgId = v.org ? orgs.get(v.org)!.id : null;
    // The same assignment rule as a real ballot: no own or own-organization proposals, lowest
    // coverage first, shuffled.
    const keys = chooseBallot({
      candidates: proposals.map((p) => ({
        key: p.id,
        trackId: "",
        assigned: coverage.get(p.id)!,
        votes: 0,
        conflicts: conflictKeys({ userIds: p.speakerUserIds, organizationIds: p.orgIds }),
      })),
      voterConflicts: conflictKeys({ userIds: [voterId], organizationIds: [voterOrgId] }),
      size: v.size,
      random: () => rng.next(),
    });
    const chosen = keys.map((k) => byId.get(k)!);
    const ballotId = randomUUID();
    const createdAt = new Date(votingOpened + rng.next() * 2 * DAY);
    ballots.push({ id: ballotId, eventId, voterId, createdAt });
    const bias = (rng.next() - 0.5) * 1.4;
    const share = v.persona ? 5 / chosen.length : 0.55 + rng.next() * 0.45;
    chosen.forEach((p, i) => {
      coverage.set(p.id, coverage.get(p.id)! + 1);
      const itemId = randomUUID();
      items.push({
        id: itemId,
        ballotId,
        proposalId: p.id,
        handle: newHandle(),
        position: i + 1,
        batch: 1,
        assignedAt: createdAt,
      });
      if (v.persona ? i >= 5 : rng.next() > share) return;
      const skip = rng.next() < 0.08;
      const raw = quality.get(p.id)! + bias + (rng.next() - 0.5) * 1.2;
      const votedAt = new Date(createdAt.getTime() + rng.next() * 12 * 60 * 60 * 1000);
      votes.push({
        eventId,
        voterId,
        proposalId: p.id,
        ballotItemId: itemId,
        score: skip ? null : Math.max(0, Math.min(3, Math.round(raw))),
        createdAt: votedAt,
      });
    });
  }
  await tx.ballot.createMany({ data: ballots });
  await tx.ballotItem.createMany({ data: items });
  await tx.vote.createMany({ data: votes });
  return { ballots: ballots.length, votes: votes.length };
}
