import "server-only";
import type { Tx } from "../db/client";

/**
 * Makes a proposal's co-speakers exactly `emails` (placeholder users for unknown addresses).
 * New co-speakers are INVITED (the web form: they confirm themselves), or CONFIRMED with their
 * organization snapshot when `confirm` is set (the organizer's CSV import from a trusted source).
 * Returns the e-mails of newly added co-speakers.
 */
export async function syncCoSpeakers(
  tx: Tx,
  proposalId: string,
  primaryId: string,
  emails: string[],
  opts: { confirm?: boolean } = {},
): Promise<string[]> {
  const users = [];
  for (const email of emails) {
    users.push(
      await tx.user.upsert({
        where: { email },
        create: { email },
        update: {},
        select: { id: true, email: true, organizationId: true },
      }),
    );
  }
  const wanted = users.filter((u) => u.id !== primaryId);
  await tx.proposalSpeaker.deleteMany({
    where: { proposalId, role: "CO_SPEAKER", userId: { notIn: wanted.map((u) => u.id) } },
  });
  const existing = await tx.proposalSpeaker.findMany({ where: { proposalId }, select: { userId: true, status: true } });
  const have = new Map(existing.map((e) => [e.userId, e.status]));
  const added = wanted.filter((u) => !have.has(u.id));
  const now = new Date();
  if (added.length > 0) {
    await tx.proposalSpeaker.createMany({
      data: added.map((u) =>
        opts.confirm
          ? {
              proposalId,
              userId: u.id,
              role: "CO_SPEAKER" as const,
              status: "CONFIRMED" as const,
              organizationId: u.organizationId,
              respondedAt: now,
            }
          : { proposalId, userId: u.id, role: "CO_SPEAKER" as const, status: "INVITED" as const },
      ),
    });
  }
  if (opts.confirm) {
    for (const u of wanted.filter((w) => have.has(w.id) && have.get(w.id) !== "CONFIRMED")) {
      await tx.proposalSpeaker.updateMany({
        where: { proposalId, userId: u.id, role: "CO_SPEAKER" },
        data: { status: "CONFIRMED", organizationId: u.organizationId, respondedAt: now },
      });
    }
  }
  return added.map((u) => u.email);
}
