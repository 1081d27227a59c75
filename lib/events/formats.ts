// Session formats of an event (talk, workshop, ...).
import "server-only";
import { db } from "../db/client";
import type { Format } from "../db/generated/client";
import { fail, failFromZod, isUniqueViolation, type Result } from "../errors";
import { formatInputSchema, formatUpdateSchema, type FormatInput, type FormatUpdateInput } from "./schema";

type Actor = { actorId?: string | null };

function audit(action: string, eventId: string, targetId: string, actor: Actor, details: object) {
  return db.auditLog.create({
    data: { actorId: actor.actorId ?? null, eventId, action, targetType: "Format", targetId, details },
  });
}

export async function createFormat(
  eventId: string,
  input: FormatInput,
  actor: Actor = {},
): Promise<Result<{ format: Format }>> {
  const parsed = formatInputSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { _count: { select: { formats: true } } },
  });
  if (!event) return fail("not_found", "Event not found");
  const f = parsed.data;
  try {
    const format = await db.format.create({
      data: {
        eventId,
        slug: f.slug,
        name: f.name,
        durationMinutes: f.durationMinutes ?? 30,
        position: f.position ?? event._count.formats,
      },
    });
    await audit("format.create", eventId, format.id, actor, { slug: format.slug });
    return { ok: true, format };
  } catch (e) {
    if (isUniqueViolation(e))
      return fail("slug_taken", `Format slug "${f.slug}" is already used in this event`, "slug");
    throw e;
  }
}

export async function updateFormat(
  formatId: string,
  input: FormatUpdateInput,
  actor: Actor = {},
): Promise<Result<{ format: Format }>> {
  const parsed = formatUpdateSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const existing = await db.format.findUnique({ where: { id: formatId } });
  if (!existing) return fail("not_found", "Format not found");
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  try {
    const format = await db.format.update({ where: { id: formatId }, data });
    await audit("format.update", existing.eventId, formatId, actor, { changed: Object.keys(data) });
    return { ok: true, format };
  } catch (e) {
    if (isUniqueViolation(e))
      return fail("slug_taken", `Format slug "${parsed.data.slug}" is already used in this event`, "slug");
    throw e;
  }
}

/** Refused while proposals use the format. */
export async function deleteFormat(formatId: string, actor: Actor = {}): Promise<Result<{ formatId: string }>> {
  const format = await db.format.findUnique({
    where: { id: formatId },
    select: { eventId: true, slug: true, _count: { select: { proposals: true } } },
  });
  if (!format) return fail("not_found", "Format not found");
  if (format._count.proposals > 0)
    return fail("in_use", `Format "${format.slug}" is used by ${format._count.proposals} proposal(s)`);
  await db.format.deleteMany({ where: { id: formatId } });
  await audit("format.delete", format.eventId, formatId, actor, { slug: format.slug });
  return { ok: true, formatId };
}
