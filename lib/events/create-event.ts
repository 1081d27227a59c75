// Creates an event with its formats (the defaults unless given) and optional tracks, in one
// transaction, and records it in the audit log.
import "server-only";
import type { z } from "zod";
import { db, type Tx } from "../db/client";
import type { Event } from "../db/generated/client";
import { fail, failFromZod, isUniqueViolation, type Result } from "../errors";
import {
  createEventSchema,
  DEFAULT_FORMATS,
  defaultScaleLabels,
  formatInputSchema,
  trackInputSchema,
  type CreateEventInput,
  type FormatInput,
  type TrackInput,
} from "./schema";

export type CreateEventOptions = {
  /** The acting user (null for the CLI or the seed). */
  actorId?: string | null;
  /** Formats to create instead of the defaults (talk 30, workshop 90, panel 45, lightning 10). */
  formats?: FormatInput[];
  tracks?: TrackInput[];
  /** Run inside this transaction instead of opening one. */
  tx?: Tx;
};

export async function createEvent(
  input: CreateEventInput,
  options: CreateEventOptions = {},
): Promise<Result<{ event: Event }>> {
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const formats: z.output<typeof formatInputSchema>[] = [];
  for (const f of options.formats ?? DEFAULT_FORMATS) {
    const r = formatInputSchema.safeParse(f);
    if (!r.success) return { ...failFromZod(r.error), field: "formats" };
    formats.push(r.data);
  }
  const tracks: z.output<typeof trackInputSchema>[] = [];
  for (const t of options.tracks ?? []) {
    const r = trackInputSchema.safeParse(t);
    if (!r.success) return { ...failFromZod(r.error), field: "tracks" };
    tracks.push(r.data);
  }
  if (new Set(formats.map((f) => f.slug)).size !== formats.length)
    return fail("invalid_input", "Format slugs must be unique", "formats");
  if (new Set(tracks.map((t) => t.slug)).size !== tracks.length)
    return fail("invalid_input", "Track slugs must be unique", "tracks");

  // Without a scale the event gets the default 0..3 with its named labels.
  const data = {
    ...parsed.data,
    scaleLabels: parsed.data.scaleLabels ?? defaultScaleLabels(parsed.data.scaleMin ?? 0, parsed.data.scaleMax ?? 3),
  };
  const slugTaken = () => fail("slug_taken", `Slug "${data.slug}" is already used by another event`, "slug");

  const run = async (tx: Tx) => {
    if (await tx.event.findUnique({ where: { slug: data.slug }, select: { id: true } })) return null;
    const event = await tx.event.create({ data });
    await tx.format.createMany({
      data: formats.map((f, i) => ({
        eventId: event.id,
        slug: f.slug,
        name: f.name,
        durationMinutes: f.durationMinutes ?? 30,
        position: f.position ?? i,
      })),
    });
    if (tracks.length) {
      await tx.track.createMany({
        data: tracks.map((t, i) => ({
          eventId: event.id,
          slug: t.slug,
          name: t.name,
          description: t.description ?? null,
          slotCount: t.slotCount ?? 0,
          position: t.position ?? i,
        })),
      });
    }
    await tx.auditLog.create({
      data: {
        actorId: options.actorId ?? null,
        eventId: event.id,
        action: "event.create",
        targetType: "Event",
        targetId: event.id,
        details: { slug: event.slug, phase: event.phase },
      },
    });
    return event;
  };

  try {
    const event = options.tx ? await run(options.tx) : await db.$transaction(run);
    return event ? { ok: true, event } : slugTaken();
  } catch (e) {
    if (isUniqueViolation(e)) return slugTaken();
    throw e;
  }
}
