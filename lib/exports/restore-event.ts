// Restore an event from its `podium export --format json` into a database that does not have
// it (an empty one after a disaster, or a copy for an audit): settings, tracks, formats, proposals
// (through the same importer as `import:proposals`, then the exported voter versions and statuses
// on top), every vote (through `import:votes`), voters' account dates and past feedback. The
// ranking computed afterwards is the one the export was taken with (bin/restore-cli.int.test.ts).
// `podium restore` reads the file with lib/exports/read-event-export.ts first.
import "server-only";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import type { CsvRow } from "../imports/csv";
import { importProposals, type ProposalCsvColumn } from "../proposals/import";
import { importVotes, type VoteCsvColumn } from "../votes/import-votes";
import type { EventExport } from "./event-export";

const date = (s: string | null) => (s ? new Date(s) : null);

export type RestoreSummary = { proposals: number; votes: number; pastFeedback: number; failed: string[] };

export async function restoreEventExport(exp: EventExport): Promise<Result<{ summary: RestoreSummary }>> {
  const e = exp.event;
  if (await db.event.findUnique({ where: { slug: e.slug }, select: { id: true } }))
    return fail("slug_taken", `event "${e.slug}" already exists here; restore into a database without it`);
  const s = e.settings;
  const event = await db.event.create({
    data: {
      slug: e.slug,
      name: e.name,
      phase: e.phase as never,
      scaleMin: e.scale.min,
      scaleMax: e.scale.max,
      scaleLabels: e.scale.labels,
      maxProposalsPerSpeaker: e.caps.perSpeaker,
      maxProposalsPerOrg: e.caps.perOrganization,
      maxAcceptedPerOrg: e.caps.acceptedPerOrganization,
      newcomerTarget: e.caps.newcomerTarget,
      cfpOpensAt: date(s.cfpOpensAt),
      cfpClosesAt: date(s.cfpClosesAt),
      votingOpensAt: date(s.votingOpensAt),
      votingClosesAt: date(s.votingClosesAt),
      reviewEndsAt: date(s.reviewEndsAt),
      eventStartsAt: date(s.eventStartsAt),
      eventEndsAt: date(s.eventEndsAt),
      ballotSize: s.ballotSize,
      feedbackWeight: s.feedbackWeight,
      ...(s.acceptanceShare !== undefined ? { acceptanceShare: s.acceptanceShare } : {}),
      tracks: {
        create: e.tracks.map((t, i) => ({
          slug: t.slug,
          name: t.name,
          description: t.description ?? null,
          slotCount: t.slotCount ?? 0,
          position: i,
        })),
      },
      formats: {
        create: e.formats.map((f, i) => ({
          slug: f.slug,
          name: f.name,
          durationMinutes: f.durationMinutes,
          position: i,
        })),
      },
    },
  });

  // Past feedback first: reputations are read per speaker, whoever is created later.
  for (const f of exp.pastFeedback) {
    const speaker = await db.user.upsert({
      where: { email: f.speakerEmail },
      update: {},
      create: { email: f.speakerEmail },
    });
    await db.pastFeedback.create({
      data: {
        speakerId: speaker.id,
        eventName: f.eventName,
        sessionTitle: f.sessionTitle,
        ratingAverage: f.ratingAverage,
        ratingCount: f.ratingCount,
        scaleMax: f.scaleMax,
        normalizedAverage: f.normalizedAverage,
        heldAt: date(f.heldAt),
        source: f.source,
      },
    });
  }

  const keyOf = (p: EventExport["proposals"][number]) => p.externalId ?? p.id;
  const proposalRows: CsvRow<ProposalCsvColumn>[] = exp.proposals.map((p, i) => {
    const [primary, ...co] = p.speakers;
    return {
      line: i + 2,
      values: {
        external_id: keyOf(p),
        title: p.title,
        abstract: p.abstract,
        track: p.track,
        format: p.format,
        speaker_email: primary?.email ?? "",
        speaker_name: primary?.name ?? "",
        organization: primary?.organization ?? "",
        co_speakers: co.map((c) => c.email).join(";"),
      },
    };
  });
  const imported = await importProposals({ eventSlug: e.slug, rows: proposalRows });
  if (!imported.ok) return imported;
  const failed = imported.failed.map((f) => `proposal line ${f.line}: ${f.reason}`);
  // The import re-runs redaction and submits; the export's voter version and status win.
  for (const p of exp.proposals) {
    await db.proposal.updateMany({
      where: { eventId: event.id, externalId: keyOf(p) },
      data: {
        anonymizedTitle: p.anonymizedTitle,
        anonymizedAbstract: p.anonymizedAbstract,
        status: p.status,
        level: p.level,
        tags: p.tags,
        submittedAt: date(p.submittedAt),
      },
    });
  }

  const voteRows: CsvRow<VoteCsvColumn>[] = exp.ballots.flatMap((b) =>
    b.votes.map((v) => ({
      line: 0,
      values: {
        voter_email: b.voter.email,
        proposal_external_id: v.proposal,
        score: v.score === null ? "" : String(v.score),
        voted_at: v.votedAt,
        voter_created_at: b.voter.accountCreatedAt,
        voter_organization: b.voter.organization ?? "",
      },
    })),
  );
  voteRows.forEach((r, i) => (r.line = i + 2));
  const votes = await importVotes({ eventSlug: e.slug, rows: voteRows });
  if (!votes.ok) return votes;
  failed.push(...votes.failed.map((f) => `vote line ${f.line}: ${f.reason}`));
  // Voters who were already users here (speakers) keep their own account date otherwise.
  for (const b of exp.ballots)
    await db.user.updateMany({
      where: { email: b.voter.email },
      data: { accountCreatedAt: new Date(b.voter.accountCreatedAt) },
    });

  return {
    ok: true,
    summary: {
      proposals: imported.created + imported.updated,
      votes: votes.created + votes.updated + votes.unchanged,
      pastFeedback: exp.pastFeedback.length,
      failed,
    },
  };
}
