// The ranking and decision parts of the event export: one model fit for the whole event (as on the
// chair dashboard), ranked within each track, and each proposal's pending and applied decision.
import "server-only";
import { db } from "../db/client";
import type { DecisionMark } from "../db/generated/enums";
import { loadRankingData, loadRankingEvent } from "../ranking/data";
import { fitRanking, orderByCombined } from "../ranking/rank";

export type ExportedRanking = {
  /** Rank within the proposal's track by combined score. */
  rank: number;
  communityScore: number;
  ciLow: number;
  ciHigh: number;
  votes: number;
  feedbackComponent: number;
  combinedScore: number;
  flags: string[];
};

export type ExportedDecision = {
  /** The chair's pending mark. */
  mark: DecisionMark;
  /** The mark last applied (null: never applied); Proposal.status carries its effect. */
  appliedMark: DecisionMark | null;
  appliedAt: string | null;
  overrideReason: string | null;
  notifiedAt: string | null;
};

const round = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

export async function loadExportRanking(eventSlug: string): Promise<Map<string, ExportedRanking>> {
  const event = await loadRankingEvent(eventSlug);
  if (!event) return new Map();
  const { input } = await loadRankingData(event);
  const result = fitRanking(input);
  const out = new Map<string, ExportedRanking>();
  for (const track of event.tracks) {
    for (const p of orderByCombined(result.proposals.filter((x) => x.trackId === track.id))) {
      out.set(p.id, {
        rank: p.rank,
        communityScore: round(p.communityScore),
        ciLow: round(p.ciLow),
        ciHigh: round(p.ciHigh),
        votes: p.votes,
        feedbackComponent: round(p.feedbackComponent),
        combinedScore: round(p.combinedScore),
        flags: p.flags,
      });
    }
  }
  return out;
}

export async function loadExportDecisions(eventId: string): Promise<Map<string, ExportedDecision>> {
  const rows = await db.decision.findMany({
    where: { proposal: { eventId } },
    select: {
      proposalId: true,
      mark: true,
      appliedMark: true,
      appliedAt: true,
      overrideReason: true,
      notifiedAt: true,
    },
  });
  return new Map(
    rows.map((d) => [
      d.proposalId,
      {
        mark: d.mark,
        appliedMark: d.appliedMark,
        appliedAt: d.appliedAt?.toISOString() ?? null,
        overrideReason: d.overrideReason,
        notifiedAt: d.notifiedAt?.toISOString() ?? null,
      },
    ]),
  );
}
