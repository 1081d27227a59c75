// Loads an event's proposals as the pure selection rules see them (lib/decisions/rules.ts):
// status, pending mark, canonical organizations, newcomer or not. Not voter-facing.
import "server-only";
import { db, type Tx } from "../db/client";
import type { SelectionProposal } from "./rules";

type Reader = Pick<Tx, "proposal" | "organization" | "pastFeedback">;

export async function loadSelection(eventId: string, client: Reader = db): Promise<SelectionProposal[]> {
  const [proposals, orgs] = await Promise.all([
    client.proposal.findMany({
      where: { eventId, status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED", "REJECTED"] } },
      select: {
        id: true,
        trackId: true,
        status: true,
        decision: { select: { mark: true } },
        speakers: {
          where: { status: "CONFIRMED" },
          select: { userId: true, organizationId: true, user: { select: { organizationId: true } } },
        },
      },
      orderBy: { id: "asc" },
    }),
    client.organization.findMany({ select: { id: true, name: true, mergedIntoId: true } }),
  ]);
  const speakerIds = [...new Set(proposals.flatMap((p) => p.speakers.map((s) => s.userId)))];
  const withFeedback = new Set(
    (
      await client.pastFeedback.findMany({
        where: { speakerId: { in: speakerIds } },
        select: { speakerId: true },
        distinct: ["speakerId"],
      })
    ).map((f) => f.speakerId),
  );
  const byId = new Map(orgs.map((o) => [o.id, o]));
  // Merged organizations count as the one they were merged into (same rule as the ranking).
  const canonical = (id: string | null) => {
    let o = id ? byId.get(id) : undefined;
    for (let hops = 0; o?.mergedIntoId && hops < 10; hops++) o = byId.get(o.mergedIntoId) ?? o;
    return o;
  };
  return proposals.map((p) => {
    const organizations = new Map<string, { id: string; name: string }>();
    for (const s of p.speakers) {
      const o = canonical(s.organizationId ?? s.user.organizationId);
      if (o) organizations.set(o.id, { id: o.id, name: o.name });
    }
    return {
      id: p.id,
      trackId: p.trackId,
      status: p.status,
      mark: p.decision?.mark ?? null,
      organizations: [...organizations.values()],
      newcomer: p.speakers.every((s) => !withFeedback.has(s.userId)),
    };
  });
}
