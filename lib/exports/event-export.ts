// Everything a chair needs about an event's proposals, in one object: used by `podium export`
// and by the /api/v1 export (which checks the caller's role first). It carries identities, so
// it is for organizers and chairs only, never for a voter.
//
// Shape (DESIGN.md): { event, generatedAt, proposals: [...] }. Each proposal groups what later
// issues add under their own key (`votes` today; `ranking` and `decision` objects later), so
// adding them does not rename or move anything already exported. `ranking` and `decision` are
// lib/exports/ranking-fields.ts.
import "server-only";
import { db } from "../db/client";
import type {
  ProposalLevel,
  ProposalStatus,
  RedactionField,
  RedactionKind,
  SpeakerRole,
  SpeakerStatus,
} from "../db/generated/enums";
import { fail, type Result } from "../errors";
import { EVENT_EXPORT_FORMAT, EVENT_EXPORT_VERSION } from "./export-format";
import { loadExportDecisions, loadExportRanking, type ExportedDecision, type ExportedRanking } from "./ranking-fields";
import {
  loadExportBallots,
  loadExportPastFeedback,
  settingsOf,
  type ExportedBallot,
  type ExportedPastFeedback,
  type ExportedSettings,
} from "./restore-fields";

export type ExportedSpeaker = {
  email: string;
  name: string;
  organization: string | null;
  role: SpeakerRole;
  status: SpeakerStatus;
};
export type ExportedVotes = { count: number; skips: number; mean: number | null };

export type ExportedProposal = {
  externalId: string | null;
  id: string;
  track: string;
  format: string;
  level: ProposalLevel;
  tags: string[];
  status: ProposalStatus;
  submittedAt: string | null;
  title: string;
  abstract: string;
  anonymizedTitle: string;
  anonymizedAbstract: string;
  /** Set when a chair or organizer edited the anonymized text by hand. */
  anonymizedEditedAt: string | null;
  redactions: { kind: RedactionKind; field: RedactionField; text: string }[];
  speakers: ExportedSpeaker[];
  /** Aggregated from Vote rows: count = scored votes, skips = skipped items, mean of the scores (null without scores). */
  votes: ExportedVotes;
  /** Ranking fields (lib/ranking, fitted on the whole event, ranked within the track); null when not ranked (withdrawn, draft). */
  ranking: ExportedRanking | null;
  /** The chair's decision; null when no one has marked the proposal. */
  decision: ExportedDecision | null;
};

export type EventExport = {
  format: typeof EVENT_EXPORT_FORMAT;
  version: typeof EVENT_EXPORT_VERSION;
  event: {
    id: string;
    slug: string;
    name: string;
    phase: string;
    scale: { min: number; max: number; labels: string[] };
    caps: {
      perSpeaker: number;
      perOrganization: number;
      acceptedPerOrganization: number;
      newcomerTarget: number | null;
    };
    /** slotCount: how many the track can accept (0 = not set); the ranking's pAccept reads it. */
    tracks: { slug: string; name: string; description: string | null; slotCount: number }[];
    formats: { slug: string; name: string; durationMinutes: number }[];
    /** Dates, ballot size and feedback weight: with ballots and pastFeedback, enough to restore the ranking. */
    settings: ExportedSettings;
  };
  generatedAt: string;
  proposals: ExportedProposal[];
  /** Every vote of the event, grouped by voter (lib/exports/restore-fields.ts). */
  ballots: ExportedBallot[];
  /** Every past-feedback row the reputation model reads. */
  pastFeedback: ExportedPastFeedback[];
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function loadVotes(eventId: string): Promise<Map<string, ExportedVotes>> {
  const groups = await db.vote.groupBy({
    by: ["proposalId"],
    where: { eventId },
    _count: { _all: true, score: true },
    _avg: { score: true },
  });
  return new Map(
    groups.map((g) => [
      g.proposalId,
      { count: g._count.score, skips: g._count._all - g._count.score, mean: g._avg.score },
    ]),
  );
}

/**
 * The export of one event. Drafts are left out unless asked for: they were never submitted and
 * play no part in the selection. Declined co-speakers are left out.
 */
export async function buildEventExport(
  eventSlug: string,
  opts: { includeDrafts?: boolean } = {},
): Promise<Result<{ export: EventExport }>> {
  const event = await db.event.findUnique({
    where: { slug: eventSlug },
    include: {
      tracks: { orderBy: [{ position: "asc" }, { slug: "asc" }] },
      formats: { orderBy: [{ position: "asc" }, { slug: "asc" }] },
    },
  });
  if (!event) return fail("not_found", `no event with slug "${eventSlug}"`);

  const proposals = await db.proposal.findMany({
    where: { eventId: event.id, ...(opts.includeDrafts ? {} : { status: { not: "DRAFT" } }) },
    orderBy: [
      { track: { position: "asc" } },
      { track: { slug: "asc" } },
      { externalId: "asc" },
      { createdAt: "asc" },
      { id: "asc" },
    ],
    include: {
      track: { select: { slug: true } },
      format: { select: { slug: true } },
      redactions: { orderBy: [{ field: "desc" }, { start: "asc" }], select: { kind: true, field: true, text: true } },
      speakers: {
        where: { status: { not: "DECLINED" } },
        orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
        select: {
          role: true,
          status: true,
          organization: { select: { name: true } },
          user: {
            select: {
              email: true,
              name: true,
              organization: { select: { name: true } },
              profile: { select: { displayName: true, organizationText: true } },
            },
          },
        },
      },
    },
  });
  const [votes, ranking, decisions, ballots, pastFeedback] = await Promise.all([
    loadVotes(event.id),
    loadExportRanking(event.slug),
    loadExportDecisions(event.id),
    loadExportBallots(event.id),
    loadExportPastFeedback(),
  ]);

  return {
    ok: true,
    export: {
      format: EVENT_EXPORT_FORMAT,
      version: EVENT_EXPORT_VERSION,
      event: {
        id: event.id,
        slug: event.slug,
        name: event.name,
        phase: event.phase,
        scale: { min: event.scaleMin, max: event.scaleMax, labels: event.scaleLabels },
        caps: {
          perSpeaker: event.maxProposalsPerSpeaker,
          perOrganization: event.maxProposalsPerOrg,
          acceptedPerOrganization: event.maxAcceptedPerOrg,
          newcomerTarget: event.newcomerTarget,
        },
        tracks: event.tracks.map((t) => ({
          slug: t.slug,
          name: t.name,
          description: t.description,
          slotCount: t.slotCount,
        })),
        formats: event.formats.map((f) => ({ slug: f.slug, name: f.name, durationMinutes: f.durationMinutes })),
        settings: settingsOf(event),
      },
      generatedAt: new Date().toISOString(),
      proposals: proposals.map((p) => ({
        externalId: p.externalId,
        id: p.id,
        track: p.track.slug,
        format: p.format.slug,
        level: p.level,
        tags: p.tags,
        status: p.status,
        submittedAt: iso(p.submittedAt),
        title: p.title,
        abstract: p.abstract,
        anonymizedTitle: p.anonymizedTitle,
        anonymizedAbstract: p.anonymizedAbstract,
        anonymizedEditedAt: iso(p.anonymizedEditedAt),
        redactions: p.redactions,
        speakers: p.speakers.map((s) => ({
          email: s.user.email,
          name: s.user.profile?.displayName || s.user.name || "",
          // The organization recorded with the proposal (at submission), else the person's current one.
          organization: s.organization?.name ?? s.user.organization?.name ?? s.user.profile?.organizationText ?? null,
          role: s.role,
          status: s.status,
        })),
        votes: votes.get(p.id) ?? { count: 0, skips: 0, mean: null },
        ranking: ranking.get(p.id) ?? null,
        decision: decisions.get(p.id) ?? null,
      })),
      ballots,
      pastFeedback,
    },
  };
}
