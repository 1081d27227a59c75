// Everything the chair dashboard of one track shows: the ranking (lib/ranking, fitted on the whole
// event), each proposal's anonymized title, format, newcomer status, pending and applied mark,
// the live selection numbers (organization cap, newcomer target, slots) and the reveal trail.
// Identities are included only for proposals this user has revealed (each backed by an audit row).
import "server-only";
import type { CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import type { DecisionMark, ProposalStatus } from "../db/generated/enums";
import type { Result } from "../errors";
import { getSpeakerReputations } from "../feedback/reputation-data";
import { computeRankingFor } from "../ranking/compute";
import { authorizeTrack, type ReviewTrack } from "./access";
import { chairsDisagree, loadChairReviews, type ChairReviewEntry } from "./chair-reviews";
import { describeFlag } from "./flags";
import { loadRevealedForUser, loadRevealTrail, type RevealedProposal, type RevealTrailEntry } from "./reveal";
import { findViolations, markOfStatus, summarizeSelection, type SelectionRules, type Violation } from "./rules";
import { loadSelection } from "./selection-data";
import { loadSpeakerLabels } from "./speaker-labels";

export type DashboardRow = {
  id: string;
  rank: number;
  anonymizedTitle: string;
  format: string;
  status: ProposalStatus;
  communityScore: number;
  ciLow: number;
  ciHigh: number;
  votes: number;
  /** Ballot answers "skip" (not counted as votes). */
  skips: number;
  feedbackComponent: number;
  /** Past-session ratings behind the speakers' reputation (0 for newcomers). */
  reputationRatings: number;
  combinedScore: number;
  /** Probability (0..1) that the proposal belongs in the track's accepted set (lib/ranking). */
  pAccept: number;
  flags: string[];
  newcomer: boolean;
  /** Pending mark (the applied status when never marked). */
  mark: DecisionMark;
  appliedMark: DecisionMark | null;
  identity: RevealedProposal | null;
  /** Anonymous label of the primary speaker ("K7QM"), equal across their proposals. */
  speakerLabel: string;
  /** Each chair's own mark, comment and private note. */
  chairReviews: ChairReviewEntry[];
  /** At least two chairs marked it, differently. */
  disagreement: boolean;
  /** What the chairs wrote for the speaker (goes into the decision e-mail). */
  speakerFeedback: string | null;
};

export type TrackDashboard = {
  track: ReviewTrack;
  rules: SelectionRules;
  rows: DashboardRow[];
  voters: { total: number; downweighted: number };
  method: string;
  /** Event-wide accepted set if this track's marks were applied now. */
  accepted: number;
  perOrganization: { name: string; count: number }[];
  newcomers: number;
  newcomerShare: number | null;
  violations: Violation[];
  slots: { accepted: number; total: number };
  pendingChanges: number;
  trail: RevealTrailEntry[];
  /** Proposal id -> its anonymized title, for the trail. */
  titles: Record<string, string>;
};

export async function loadTrackDashboard(
  user: CurrentUser,
  eventSlug: string,
  trackSlug: string,
): Promise<Result<{ dashboard: TrackDashboard }>> {
  const access = await authorizeTrack(user, eventSlug, trackSlug, "read");
  if (!access.ok) return access;
  const { track } = access;
  const ranking = await computeRankingFor(user, eventSlug, { track: trackSlug });
  if (!ranking.ok) return ranking;

  const [proposals, selection, reputations, revealed, trail, labels, reviews, skipped] = await Promise.all([
    db.proposal.findMany({
      where: { trackId: track.id },
      select: {
        id: true,
        anonymizedTitle: true,
        status: true,
        format: { select: { name: true } },
        decision: { select: { mark: true, appliedMark: true, speakerFeedback: true } },
      },
    }),
    loadSelection(track.event.id),
    getSpeakerReputations(track.event.id),
    loadRevealedForUser(user.id, track.event.id, track.id),
    loadRevealTrail(track.event.id, track.slug),
    loadSpeakerLabels(track.event.id),
    loadChairReviews(track.id, undefined, user.id),
    db.vote.groupBy({
      by: ["proposalId"],
      where: { eventId: track.event.id, score: null, proposal: { trackId: track.id } },
      _count: { _all: true },
    }),
  ]);
  const skips = new Map(skipped.map((s) => [s.proposalId, s._count._all]));
  const meta = new Map(proposals.map((p) => [p.id, p]));
  const newcomer = new Map(selection.map((p) => [p.id, p.newcomer]));
  const ratings = new Map(reputations.map((r) => [r.proposalId, r.ratingCount]));
  const identities = new Map(revealed.map((r) => [r.proposalId, r]));

  const rows: DashboardRow[] = ranking.ranking.proposals.flatMap((r) => {
    const p = meta.get(r.id);
    if (!p) return [];
    return [
      {
        id: r.id,
        rank: r.rank,
        anonymizedTitle: p.anonymizedTitle,
        format: p.format.name,
        status: p.status,
        communityScore: r.communityScore,
        ciLow: r.ciLow,
        ciHigh: r.ciHigh,
        votes: r.votes,
        skips: skips.get(r.id) ?? 0,
        feedbackComponent: r.feedbackComponent,
        reputationRatings: ratings.get(r.id) ?? 0,
        combinedScore: r.combinedScore,
        pAccept: r.pAccept,
        flags: r.flags.map(describeFlag),
        newcomer: newcomer.get(r.id) ?? true,
        mark: p.decision?.mark ?? markOfStatus(p.status) ?? "UNDECIDED",
        appliedMark: p.decision?.appliedMark ?? null,
        identity: identities.get(r.id) ?? null,
        speakerLabel: labels.get(r.id) ?? "",
        chairReviews: reviews.get(r.id) ?? [],
        disagreement: chairsDisagree(reviews.get(r.id) ?? []),
        speakerFeedback: p.decision?.speakerFeedback ?? null,
      },
    ];
  });

  const rules: SelectionRules = {
    maxAcceptedPerOrg: track.event.maxAcceptedPerOrg,
    newcomerTarget: track.event.newcomerTarget,
  };
  const summary = summarizeSelection(selection, new Set([track.id]));
  const trackCounts = summary.perTrack.get(track.id);
  return {
    ok: true,
    dashboard: {
      track,
      rules,
      rows,
      voters: ranking.ranking.voters,
      method: ranking.ranking.method,
      accepted: summary.accepted,
      perOrganization: summary.perOrganization.map((o) => ({ name: o.name, count: o.count })),
      newcomers: summary.newcomers,
      newcomerShare: summary.newcomerShare,
      violations: findViolations(summary, rules, [{ id: track.id, name: track.name, slotCount: track.slotCount }]),
      slots: { accepted: trackCounts?.ACCEPT ?? 0, total: track.slotCount },
      pendingChanges: proposals.filter(
        (p) => p.decision && markOfStatus(p.status) !== null && markOfStatus(p.status) !== p.decision.mark,
      ).length,
      trail,
      titles: Object.fromEntries(proposals.map((p) => [p.id, p.anonymizedTitle])),
    },
  };
}
