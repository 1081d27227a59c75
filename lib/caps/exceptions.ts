import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write";
import { isOrganizer, type CurrentUser } from "../auth/roles";
import { db } from "../db/client";
import { fail, failFromZod, type Result } from "../errors";

export const capExceptionSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("E-mail is not a valid address")),
  extraProposals: z.coerce
    .number({ error: "Extra proposals must be a number" })
    .int("Extra proposals must be a whole number")
    .min(0, "Extra proposals cannot be negative")
    .max(50, "Extra proposals is at most 50"),
  reason: z.string().trim().min(3, "Reason is required").max(500, "Reason is at most 500 characters"),
});

/** Organizer grants (or, with 0, removes) extra allowance over the per-speaker cap. Audit-logged. */
export async function grantCapException(
  actor: CurrentUser,
  eventSlug: string,
  input: unknown,
): Promise<Result<{ userId: string }>> {
  if (!isOrganizer(actor)) return fail("forbidden", "Only organizers can grant cap exceptions.");
  const parsed = capExceptionSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const { email, extraProposals, reason } = parsed.data;
  return db.$transaction(async (tx) => {
    const event = await tx.event.findUnique({ where: { slug: eventSlug }, select: { id: true } });
    if (!event) return fail("not_found", "Event not found.");
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) return fail("not_found", `No user with e-mail ${email}`, { email: `No user with e-mail ${email}` });
    if (extraProposals === 0) {
      await tx.capException.deleteMany({ where: { eventId: event.id, userId: user.id } });
    } else {
      await tx.capException.upsert({
        where: { eventId_userId: { eventId: event.id, userId: user.id } },
        create: { eventId: event.id, userId: user.id, extraProposals, reason, grantedById: actor.id },
        update: { extraProposals, reason, grantedById: actor.id },
      });
    }
    await writeAudit(tx, {
      actorId: actor.id,
      eventId: event.id,
      action: "cap.exception",
      targetType: "User",
      targetId: user.id,
      details: { email, extraProposals, reason },
    });
    return { ok: true as const, userId: user.id };
  });
}
