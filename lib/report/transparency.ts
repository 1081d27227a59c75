// The public transparency report of a published event: how the selection was made, in aggregates
// only. No individual vote, voter or rejected proposal is identifiable: organizations appear only
// when they submitted at least MIN_CELL proposals, every other count from 1 to 4 is suppressed,
// and accepted counts (public anyway through the program) are the only small numbers shown.
import "server-only";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import { loadSelection } from "../decisions/selection-data";
import { computeEventRanking } from "../ranking/compute";
import { cell, MIN_CELL, type Cell } from "./suppress";

export const MODEL_DESCRIPTION = "docs/decisions/006-ranking-model.md";

export type TransparencyReport = {
  event: { slug: string; name: string; phase: string };
  generatedAt: string;
  minCell: number;
  proposals: { submitted: number; accepted: number; waitlisted: Cell; rejected: Cell; withdrawn: Cell };
  tracks: { name: string; submitted: number; accepted: number; slots: number | null }[];
  voting: { voters: number; votesCast: number; skips: number; downweightedVoters: Cell; ballotSize: number };
  organizations: {
    /** Organizations with at least minCell proposals, most submitted first. */
    listed: { name: string; submitted: number; accepted: number; acceptanceRate: number }[];
    others: { organizations: number; submitted: Cell; accepted: number };
    independent: { submitted: Cell; accepted: number };
    distinctAmongAccepted: number;
    /** Share of accepted proposals held by the organization with most of them (percent). */
    topShare: number | null;
    /** Herfindahl-Hirschman index of accepted proposals over organizations (0..10,000). */
    hhi: number | null;
    maxAcceptedPerOrg: number | null;
  };
  newcomers: { accepted: number; share: number | null; target: number | null };
  feedbackWeight: number;
  overrides: number;
  method: { summary: string; model: string; modelDescription: string };
};

const PUBLIC_PHASES = ["PUBLISHED", "ARCHIVED"];

export async function buildTransparencyReport(
  slug: string,
  now = new Date(),
): Promise<Result<{ report: TransparencyReport }>> {
  const event = await db.event.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      phase: true,
      ballotSize: true,
      feedbackWeight: true,
      maxAcceptedPerOrg: true,
      newcomerTarget: true,
      tracks: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slotCount: true } },
    },
  });
  if (!event) return fail("not_found", `No event with slug "${slug}".`);
  if (!PUBLIC_PHASES.includes(event.phase))
    return fail("phase_closed", "The transparency report is published with the results (phase Published).");

  const [selection, withdrawn, votes, ranking, overrides] = await Promise.all([
    loadSelection(event.id),
    db.proposal.count({ where: { eventId: event.id, status: "WITHDRAWN" } }),
    db.vote.groupBy({ by: ["voterId"], where: { eventId: event.id }, _count: { _all: true, score: true } }),
    computeEventRanking(event.slug, { now }),
    db.auditLog.count({ where: { eventId: event.id, action: "decisions.override" } }),
  ]);

  const count = (s: string) => selection.filter((p) => p.status === s).length;
  const accepted = selection.filter((p) => p.status === "ACCEPTED");

  // Organizations: a proposal with speakers of two organizations counts for each.
  const orgs = new Map<string, { name: string; submitted: number; accepted: number }>();
  let independentSubmitted = 0;
  let independentAccepted = 0;
  for (const p of selection) {
    if (!p.organizations.length) {
      independentSubmitted++;
      if (p.status === "ACCEPTED") independentAccepted++;
    }
    for (const o of p.organizations) {
      const e = orgs.get(o.id) ?? { name: o.name, submitted: 0, accepted: 0 };
      e.submitted++;
      if (p.status === "ACCEPTED") e.accepted++;
      orgs.set(o.id, e);
    }
  }
  const all = [...orgs.values()];
  const listed = all
    .filter((o) => o.submitted >= MIN_CELL)
    .sort((a, b) => b.submitted - a.submitted || a.name.localeCompare(b.name))
    // Accepted proposals are public (the program); with at least MIN_CELL submitted, the rate
    // names no single rejected proposal.
    .map((o) => ({ ...o, acceptanceRate: Math.round((o.accepted / o.submitted) * 1000) / 10 }));
  const others = all.filter((o) => o.submitted < MIN_CELL);
  const acceptedByOrg = all.map((o) => o.accepted).filter((n) => n > 0);
  const acceptedSlots = acceptedByOrg.reduce((a, b) => a + b, 0);
  const hhi = acceptedSlots
    ? Math.round(acceptedByOrg.reduce((s, n) => s + ((n / acceptedSlots) * 100) ** 2, 0))
    : null;
  const newcomers = accepted.filter((p) => p.newcomer).length;

  const voters = votes.filter((v) => v._count._all > 0);
  const votesCast = votes.reduce((s, v) => s + v._count.score, 0);
  const answers = votes.reduce((s, v) => s + v._count._all, 0);

  return {
    ok: true,
    report: {
      event: { slug: event.slug, name: event.name, phase: event.phase },
      generatedAt: now.toISOString(),
      minCell: MIN_CELL,
      proposals: {
        submitted: selection.length + withdrawn,
        accepted: accepted.length,
        waitlisted: cell(count("WAITLISTED")),
        rejected: cell(count("REJECTED")),
        withdrawn: cell(withdrawn),
      },
      tracks: event.tracks.map((t) => ({
        name: t.name,
        submitted: selection.filter((p) => p.trackId === t.id).length,
        accepted: accepted.filter((p) => p.trackId === t.id).length,
        slots: t.slotCount || null,
      })),
      voting: {
        voters: voters.length,
        votesCast,
        skips: answers - votesCast,
        downweightedVoters: cell(ranking.ok ? ranking.ranking.voters.downweighted : 0),
        ballotSize: event.ballotSize,
      },
      organizations: {
        listed,
        others: {
          organizations: others.length,
          submitted: cell(others.reduce((s, o) => s + o.submitted, 0)),
          accepted: others.reduce((s, o) => s + o.accepted, 0),
        },
        independent: { submitted: cell(independentSubmitted), accepted: independentAccepted },
        distinctAmongAccepted: acceptedByOrg.length,
        topShare: acceptedSlots ? Math.round((Math.max(...acceptedByOrg) / acceptedSlots) * 1000) / 10 : null,
        hhi,
        maxAcceptedPerOrg: event.maxAcceptedPerOrg || null,
      },
      newcomers: {
        accepted: newcomers,
        share: accepted.length ? Math.round((newcomers / accepted.length) * 1000) / 10 : null,
        target: event.newcomerTarget === null ? null : Math.round(event.newcomerTarget * 1000) / 10,
      },
      feedbackWeight: event.feedbackWeight,
      overrides,
      method: {
        summary:
          "Every voter scored a small random ballot of anonymized proposals (no names, no organizations). " +
          "The ranking fits each voter's harshness or leniency and each proposal's quality together, with a 95% interval; " +
          "voters whose pattern looks like a vote campaign (bursts of new accounts, blocs far from consensus on one organization) are down-weighted. " +
          "Past session feedback of returning speakers is added with the feedback weight; newcomers are neutral. " +
          "Track chairs then read the proposals, revealed identities only with an audited reveal, and decided within the track slots and the per-organization cap; any override needed a written reason.",
        model: ranking.ok ? ranking.ranking.method : "",
        modelDescription: MODEL_DESCRIPTION,
      },
    },
  };
}
