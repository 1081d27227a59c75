// The ranking and decision parts of the event export: one model fit for the whole event (as on the
// chair dashboard), ranked within each track, and each proposal's pending and applied decision.
import "server-only";
import { db } from "../db/client";
import type { DecisionMark } from "../db/generated/enums";
import { rankEachTrack, type RankedFields } from "../ranking/compute";

/** Rank within the proposal's track by combined score, and the model's fields (lib/ranking). */
export type ExportedRanking = RankedFields;

export type ExportedDecision = {
  /** The chair's pending mark. */
  mark: DecisionMark;
  /** The mark last applied (null: never applied); Proposal.status carries its effect. */
  appliedMark: DecisionMark | null;
  appliedAt: string | null;
  overrideReason: string | null;
  notifiedAt: string | null;
};

/** The event's ranking fields per proposal id, ranked within each track. */
export function loadExportRanking(eventSlug: string): Promise<Map<string, ExportedRanking>> {
  return rankEachTrack(eventSlug);
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
