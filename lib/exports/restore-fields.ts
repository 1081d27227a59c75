// What an event export carries beyond the proposals so that it is a backup of the event's
// selection: the settings the ranking reads (dates, feedback weight, acceptance share), every vote (by voter, with
// the voter's account date and organization: the brigade detector uses both), and the past-feedback
// rows the reputation model reads (all of them: its population statistics use every row).
// lib/exports/restore-event.ts reads them back into an empty database.
import "server-only";
import { db } from "../db/client";

export type ExportedSettings = {
  cfpOpensAt: string | null;
  cfpClosesAt: string | null;
  votingOpensAt: string | null;
  votingClosesAt: string | null;
  reviewEndsAt: string | null;
  eventStartsAt: string | null;
  eventEndsAt: string | null;
  ballotSize: number;
  feedbackWeight: number;
  /** Absent in exports made before the setting existed (restored as the default 0.25). */
  acceptanceShare?: number;
};

export type ExportedBallot = {
  voter: { email: string; organization: string | null; accountCreatedAt: string };
  /** score null = skipped. proposal = the proposal's externalId, else its id. */
  votes: { proposal: string; score: number | null; votedAt: string }[];
};

export type ExportedPastFeedback = {
  speakerEmail: string;
  eventName: string;
  sessionTitle: string;
  ratingAverage: number;
  ratingCount: number;
  scaleMax: number;
  normalizedAverage: number;
  heldAt: string | null;
  source: "IMPORT" | "IN_APP";
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function settingsOf(event: {
  cfpOpensAt: Date | null;
  cfpClosesAt: Date | null;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  reviewEndsAt: Date | null;
  eventStartsAt: Date | null;
  eventEndsAt: Date | null;
  ballotSize: number;
  feedbackWeight: number;
  acceptanceShare: number;
}): ExportedSettings {
  return {
    cfpOpensAt: iso(event.cfpOpensAt),
    cfpClosesAt: iso(event.cfpClosesAt),
    votingOpensAt: iso(event.votingOpensAt),
    votingClosesAt: iso(event.votingClosesAt),
    reviewEndsAt: iso(event.reviewEndsAt),
    eventStartsAt: iso(event.eventStartsAt),
    eventEndsAt: iso(event.eventEndsAt),
    ballotSize: event.ballotSize,
    feedbackWeight: event.feedbackWeight,
    acceptanceShare: event.acceptanceShare,
  };
}

export async function loadExportBallots(eventId: string): Promise<ExportedBallot[]> {
  const votes = await db.vote.findMany({
    where: { eventId },
    orderBy: [{ voter: { email: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      score: true,
      createdAt: true,
      proposal: { select: { id: true, externalId: true } },
      voter: {
        select: { email: true, accountCreatedAt: true, organization: { select: { name: true } } },
      },
    },
  });
  const byVoter = new Map<string, ExportedBallot>();
  for (const v of votes) {
    let b = byVoter.get(v.voter.email);
    if (!b) {
      b = {
        voter: {
          email: v.voter.email,
          organization: v.voter.organization?.name ?? null,
          accountCreatedAt: v.voter.accountCreatedAt.toISOString(),
        },
        votes: [],
      };
      byVoter.set(v.voter.email, b);
    }
    b.votes.push({
      proposal: v.proposal.externalId ?? v.proposal.id,
      score: v.score,
      votedAt: v.createdAt.toISOString(),
    });
  }
  return [...byVoter.values()];
}

export async function loadExportPastFeedback(): Promise<ExportedPastFeedback[]> {
  const rows = await db.pastFeedback.findMany({
    orderBy: [{ speaker: { email: "asc" } }, { eventName: "asc" }, { sessionTitle: "asc" }],
    select: {
      eventName: true,
      sessionTitle: true,
      ratingAverage: true,
      ratingCount: true,
      scaleMax: true,
      normalizedAverage: true,
      heldAt: true,
      source: true,
      speaker: { select: { email: true } },
    },
  });
  return rows.map((r) => ({
    speakerEmail: r.speaker.email,
    eventName: r.eventName,
    sessionTitle: r.sessionTitle,
    ratingAverage: r.ratingAverage,
    ratingCount: r.ratingCount,
    scaleMax: r.scaleMax,
    normalizedAverage: r.normalizedAverage,
    heldAt: iso(r.heldAt),
    source: r.source,
  }));
}
