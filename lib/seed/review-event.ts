// Seeds the demo's REVIEW event (prisma/seed/review-event.ts): voting closed two days ago, ~20
// proposals in two tracks, scored by 25 demo voters (harsh and lenient ones), the chair and
// co-chair personas chair its Cloud Native track. Deterministic (seeded PRNG), called inside the demo seed's
// transaction after users and organizations exist.
import "server-only";
import { randomUUID } from "node:crypto";
import type { Tx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { redactProposal } from "../anonymize";
import { DEMO_PERSONAS } from "../demo/personas";
import { createEvent } from "../events/create-event";
import { REVIEW_EVENT, REVIEW_PROPOSALS } from "../../prisma/seed/review-event";
import { SEED_SPEAKERS } from "../../prisma/seed/speakers";
import { SEED_VOTERS } from "../../prisma/seed/voters";
import { createRng } from "./prng";

const DAY = 24 * 60 * 60 * 1000;

type Org = { id: string; name: string; aliases: string[]; domains: string[] };

export async function seedReviewEvent(
  tx: Tx,
  now: Date,
  lookups: { orgs: Map<string, Org>; userId: Map<string, string> },
): Promise<{ proposals: number; votes: number } | null> {
  const { orgs, userId } = lookups;
  const rng = createRng(4242);
  const created = await createEvent(
    {
      slug: REVIEW_EVENT.slug,
      name: REVIEW_EVENT.name,
      description: REVIEW_EVENT.description,
      phase: "REVIEW",
      cfpOpensAt: new Date(now.getTime() - 70 * DAY),
      cfpClosesAt: new Date(now.getTime() - 30 * DAY),
      votingOpensAt: new Date(now.getTime() - 28 * DAY),
      votingClosesAt: new Date(now.getTime() - 2 * DAY),
      reviewEndsAt: new Date(now.getTime() + 12 * DAY),
      eventStartsAt: new Date(now.getTime() + 60 * DAY),
      eventEndsAt: new Date(now.getTime() + 60 * DAY + 9 * 60 * 60 * 1000),
      scale: "0..3",
      maxAcceptedPerOrg: REVIEW_EVENT.maxAcceptedPerOrg,
      newcomerTarget: REVIEW_EVENT.newcomerTarget,
      feedbackWeight: 1,
    },
    { tx, tracks: REVIEW_EVENT.tracks },
  );
  if (!created.ok) return null; // already there: leave it alone
  const eventId = created.event.id;
  const tracks = new Map((await tx.track.findMany({ where: { eventId } })).map((t) => [t.slug, t.id]));
  const formats = new Map((await tx.format.findMany({ where: { eventId } })).map((f) => [f.slug, f.id]));
  const speakers = new Map(SEED_SPEAKERS.map((s) => [s.key, s]));

  // Two chairs on Cloud Native, so each sees the other's marks beside their own.
  for (const key of ["chair", "cochair"]) {
    const email = DEMO_PERSONAS.find((p) => p.key === key)!.email;
    await tx.trackChair.create({ data: { trackId: tracks.get("cloud-native")!, userId: userId.get(email)! } });
  }
  // A chair of the other track: the authorization matrix's "chair of another track".
  const securityChairEmail = DEMO_PERSONAS.find((p) => p.key === "security-chair")!.email;
  await tx.trackChair.create({ data: { trackId: tracks.get("security")!, userId: userId.get(securityChairEmail)! } });

  const proposals: Prisma.ProposalCreateManyInput[] = [];
  const proposalSpeakers: Prisma.ProposalSpeakerCreateManyInput[] = [];
  const findings: Prisma.RedactionFindingCreateManyInput[] = [];
  const inserted: { id: string; orgId: string | null; speakerId: string; quality: number }[] = [];
  REVIEW_PROPOSALS.forEach((sp, i) => {
    const speaker = speakers.get(sp.speaker)!;
    const org = speaker.org ? orgs.get(speaker.org)! : null;
    const redacted = redactProposal(
      { title: sp.title, abstract: sp.abstract },
      {
        speakers: [{ name: speaker.name, email: speaker.email }],
        organizations: org ? [{ name: org.name, aliases: org.aliases, domains: org.domains }] : [],
      },
    );
    const id = randomUUID();
    const speakerId = userId.get(speaker.email)!;
    const submittedAt = new Date(now.getTime() - (60 - i) * DAY);
    proposals.push({
      id,
      eventId,
      externalId: `pd27-${String(i + 1).padStart(3, "0")}`,
      trackId: tracks.get(sp.track)!,
      formatId: formats.get(sp.format)!,
      level: sp.level,
      tags: sp.tags,
      title: sp.title,
      abstract: sp.abstract,
      anonymizedTitle: redacted.anonymizedTitle,
      anonymizedAbstract: redacted.anonymizedAbstract,
      status: "SUBMITTED",
      createdById: speakerId,
      submittedAt,
      createdAt: submittedAt,
    });
    proposalSpeakers.push({
      proposalId: id,
      userId: speakerId,
      role: "PRIMARY",
      status: "CONFIRMED",
      organizationId: org?.id ?? null,
      invitedAt: submittedAt,
      respondedAt: submittedAt,
    });
    for (const f of redacted.findings) findings.push({ proposalId: id, ...f });
    inserted.push({ id, orgId: org?.id ?? null, speakerId, quality: sp.quality });
  });
  await tx.proposal.createMany({ data: proposals });
  await tx.proposalSpeaker.createMany({ data: proposalSpeakers });
  if (findings.length) await tx.redactionFinding.createMany({ data: findings });

  // Votes: each voter scores ~14 proposals (never their own organization's), with a personal
  // harsh/lenient bias and some skips, spread over the voting window.
  const votes: Prisma.VoteCreateManyInput[] = [];
  const votingOpened = now.getTime() - 28 * DAY;
  for (const v of SEED_VOTERS.slice(0, REVIEW_EVENT.voterCount)) {
    const voterId = userId.get(v.email)!;
    const voterOrg = v.org ? orgs.get(v.org)!.id : null;
    const bias = (rng.next() - 0.5) * 1.2;
    const eligible = rng.shuffle(
      inserted.filter((p) => p.speakerId !== voterId && !(voterOrg && p.orgId === voterOrg)),
    );
    for (const p of eligible.slice(0, 14)) {
      const skip = rng.next() < 0.07;
      const raw = p.quality + bias + (rng.next() - 0.5) * 1.1;
      votes.push({
        eventId,
        voterId,
        proposalId: p.id,
        score: skip ? null : Math.max(0, Math.min(3, Math.round(raw))),
        createdAt: new Date(votingOpened + rng.next() * 25 * DAY),
      });
    }
  }
  await tx.vote.createMany({ data: votes });
  return { proposals: inserted.length, votes: votes.length };
}
