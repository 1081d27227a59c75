// Updates an event's settings. Dates are checked against the stored ones, so moving one date
// cannot break the order; the scale cannot change once votes exist (they would fall off it).
import "server-only";
import { db } from "../db/client";
import type { Event } from "../db/generated/client";
import { fail, failFromZod, isUniqueViolation, type Result } from "../errors";
import { checkDateOrder, DATE_ORDER, updateEventSchema, type EventDates, type UpdateEventInput } from "./schema";

export async function updateEvent(
  eventId: string,
  input: UpdateEventInput,
  options: { actorId?: string | null } = {},
): Promise<Result<{ event: Event; changed: string[] }>> {
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as typeof parsed.data;

  const current = await db.event.findUnique({ where: { id: eventId } });
  if (!current) return fail("not_found", "Event not found");

  const merged: EventDates = {};
  for (const k of DATE_ORDER) merged[k] = k in data ? (data[k] ?? null) : current[k];
  const dateProblem = checkDateOrder(merged)[0];
  if (dateProblem) return fail("invalid_input", dateProblem.message, dateProblem.field);

  if (data.eligibility === "DOMAIN_ALLOWLIST" || (current.eligibility === "DOMAIN_ALLOWLIST" && data.eligibleDomains)) {
    const domains = data.eligibleDomains ?? current.eligibleDomains;
    if (domains.length === 0) {
      return fail(
        "invalid_input",
        "Eligible domains must list at least one domain when voting is limited to an e-mail domain allow-list",
        "eligibleDomains",
      );
    }
  }

  const scaleChanges = "scaleMin" in data && (data.scaleMin !== current.scaleMin || data.scaleMax !== current.scaleMax);
  if (scaleChanges && (await db.vote.count({ where: { eventId } })) > 0) {
    return fail("in_use", "Scale cannot change once votes have been cast", "scale");
  }

  const changed = Object.keys(data).filter((k) => {
    const before = (current as Record<string, unknown>)[k];
    const after = (data as Record<string, unknown>)[k];
    return JSON.stringify(before) !== JSON.stringify(after);
  });
  if (changed.length === 0) return { ok: true, event: current, changed };

  try {
    const event = await db.$transaction(async (tx) => {
      const updated = await tx.event.update({ where: { id: eventId }, data });
      await tx.auditLog.create({
        data: {
          actorId: options.actorId ?? null,
          eventId,
          action: "event.update",
          targetType: "Event",
          targetId: eventId,
          details: { changed },
        },
      });
      return updated;
    });
    return { ok: true, event, changed };
  } catch (e) {
    if (isUniqueViolation(e)) return fail("slug_taken", `Slug "${data.slug}" is already used by another event`, "slug");
    throw e;
  }
}
