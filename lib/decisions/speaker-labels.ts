// The anonymous speaker label of every proposal of an event ("Speaker K7QM"), for chairs: the
// same person gets the same label on each of their proposals, and the label says nothing else.
import "server-only";
import { assignSpeakerLabels } from "../anonymize";
import { db } from "../db/client";
import { env } from "../env";

/** Proposal id -> label of its primary speaker (the person who submitted it). */
export async function loadSpeakerLabels(eventId: string): Promise<Map<string, string>> {
  const rows = await db.proposal.findMany({
    where: { eventId, status: { not: "DRAFT" } },
    select: { id: true, createdById: true, speakers: { where: { role: "PRIMARY" }, select: { userId: true } } },
  });
  const primary = new Map(rows.map((p) => [p.id, p.speakers[0]?.userId ?? p.createdById]));
  const labels = assignSpeakerLabels(eventId, primary.values(), env().authSecret);
  return new Map([...primary].map(([proposalId, userId]) => [proposalId, labels.get(userId)!]));
}
