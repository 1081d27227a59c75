// One proposal as a chair reads it (/chair/<event>/<track>/<proposal>): the voter version (what
// voters scored), its row of the track's ranking with the score breakdown, the anonymous speaker
// label with that speaker's other proposals in the track, every chair's review, and previous /
// next in ranking order. The original text, bio and co-speakers come only with an audited reveal.
import "server-only";
import { redactText } from "../anonymize";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import type { ProposalLevel } from "../db/generated/enums";
import { fail, type Result } from "../errors";
import { loadTrackDashboard, type DashboardRow, type TrackDashboard } from "./dashboard";

export type ProposalReview = {
  dashboard: TrackDashboard;
  row: DashboardRow;
  voterVersion: {
    title: string;
    abstract: string;
    format: string;
    durationMinutes: number;
    level: ProposalLevel;
    tags: string[];
  };
  /** The chair-only description, when the form has one (not shown to voters). */
  description: string | null;
  /** The same speaker's other proposals in this track, in ranking order. */
  sameSpeaker: { id: string; rank: number; title: string }[];
  previous: { id: string; rank: number } | null;
  next: { id: string; rank: number } | null;
};

export async function loadProposalReview(
  user: CurrentUser,
  eventSlug: string,
  trackSlug: string,
  proposalId: string,
): Promise<Result<{ review: ProposalReview }>> {
  const loaded = await loadTrackDashboard(user, eventSlug, trackSlug);
  if (!loaded.ok) return loaded;
  const d = loaded.dashboard;
  const ordered = [...d.rows].sort((a, b) => a.rank - b.rank);
  const at = ordered.findIndex((r) => r.id === proposalId);
  if (at < 0) return fail("not_found", "No such proposal in this track's ranking.");
  const row = ordered[at];
  const p = await db.proposal.findUniqueOrThrow({
    where: { id: row.id },
    select: {
      anonymizedTitle: true,
      anonymizedAbstract: true,
      description: true,
      level: true,
      tags: true,
      format: { select: { name: true, durationMinutes: true } },
      speakers: {
        select: {
          user: { select: { name: true, email: true, profile: { select: { displayName: true } } } },
          organization: { select: { name: true, aliases: { select: { alias: true } } } },
        },
      },
    },
  });
  // The description is not part of the voter version and was never redacted at submission:
  // redact it here with the same rules, so reading it does not reveal who wrote it.
  const description = p.description
    ? redactText(
        p.description,
        {
          speakers: p.speakers.flatMap((s) =>
            [s.user.profile?.displayName, s.user.name]
              .filter((n): n is string => !!n)
              .map((name) => ({ name, email: s.user.email })),
          ),
          organizations: p.speakers.flatMap((s) =>
            s.organization ? [{ name: s.organization.name, aliases: s.organization.aliases.map((a) => a.alias) }] : [],
          ),
        },
        "ABSTRACT",
      ).text
    : null;
  const near = (r: DashboardRow | undefined) => (r ? { id: r.id, rank: r.rank } : null);
  return {
    ok: true,
    review: {
      dashboard: d,
      row,
      voterVersion: {
        title: p.anonymizedTitle,
        abstract: p.anonymizedAbstract,
        format: p.format.name,
        durationMinutes: p.format.durationMinutes,
        level: p.level,
        tags: p.tags,
      },
      description,
      sameSpeaker: ordered
        .filter((r) => r.id !== row.id && r.speakerLabel === row.speakerLabel)
        .map((r) => ({ id: r.id, rank: r.rank, title: r.anonymizedTitle })),
      previous: near(ordered[at - 1]),
      next: near(ordered[at + 1]),
    },
  };
}
