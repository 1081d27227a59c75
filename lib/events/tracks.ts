// Tracks of an event and their chairs. Chairs are assigned by e-mail; an unknown address gets a
// placeholder user (no account yet) that becomes the real user when that person signs in.
import "server-only";
import { db } from "../db/client";
import type { Track } from "../db/generated/client";
import { fail, failFromZod, isUniqueViolation, type Result } from "../errors";
import { sendChairInvitation } from "./chair-invitation";
import {
  chairEmailSchema,
  trackInputSchema,
  trackUpdateSchema,
  type TrackInput,
  type TrackUpdateInput,
} from "./schema";

type Actor = { actorId?: string | null };

function audit(action: string, eventId: string, targetId: string, actor: Actor, details: object) {
  return db.auditLog.create({
    data: { actorId: actor.actorId ?? null, eventId, action, targetType: "Track", targetId, details },
  });
}

export async function createTrack(
  eventId: string,
  input: TrackInput,
  actor: Actor = {},
): Promise<Result<{ track: Track }>> {
  const parsed = trackInputSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, _count: { select: { tracks: true } } },
  });
  if (!event) return fail("not_found", "Event not found");
  const t = parsed.data;
  try {
    const track = await db.track.create({
      data: {
        eventId,
        slug: t.slug,
        name: t.name,
        description: t.description ?? null,
        slotCount: t.slotCount ?? 0,
        position: t.position ?? event._count.tracks,
      },
    });
    await audit("track.create", eventId, track.id, actor, { slug: track.slug });
    return { ok: true, track };
  } catch (e) {
    if (isUniqueViolation(e)) return fail("slug_taken", `Track slug "${t.slug}" is already used in this event`, "slug");
    throw e;
  }
}

export async function updateTrack(
  trackId: string,
  input: TrackUpdateInput,
  actor: Actor = {},
): Promise<Result<{ track: Track }>> {
  const parsed = trackUpdateSchema.safeParse(input);
  if (!parsed.success) return failFromZod(parsed.error);
  const existing = await db.track.findUnique({ where: { id: trackId } });
  if (!existing) return fail("not_found", "Track not found");
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined));
  try {
    const track = await db.track.update({ where: { id: trackId }, data });
    await audit("track.update", existing.eventId, trackId, actor, { changed: Object.keys(data) });
    return { ok: true, track };
  } catch (e) {
    if (isUniqueViolation(e))
      return fail("slug_taken", `Track slug "${parsed.data.slug}" is already used in this event`, "slug");
    throw e;
  }
}

/** Refused while proposals are filed under the track (move them first). */
export async function deleteTrack(trackId: string, actor: Actor = {}): Promise<Result<{ trackId: string }>> {
  const track = await db.track.findUnique({
    where: { id: trackId },
    select: { eventId: true, slug: true, _count: { select: { proposals: true } } },
  });
  if (!track) return fail("not_found", "Track not found");
  if (track._count.proposals > 0) {
    return fail(
      "in_use",
      `Track "${track.slug}" has ${track._count.proposals} proposal(s); move them to another track first`,
    );
  }
  const deleted = await db.track.deleteMany({ where: { id: trackId } });
  if (deleted.count === 0) return fail("not_found", "Track not found");
  await audit("track.delete", track.eventId, trackId, actor, { slug: track.slug });
  return { ok: true, trackId };
}

export async function assignChair(
  trackId: string,
  email: string,
  actor: Actor = {},
): Promise<Result<{ userId: string; createdUser: boolean; alreadyChair: boolean }>> {
  const parsed = chairEmailSchema.safeParse(email);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0]?.message, "email");
  const track = await db.track.findUnique({
    where: { id: trackId },
    select: { eventId: true, name: true, event: { select: { name: true } } },
  });
  if (!track) return fail("not_found", "Track not found");
  const address = parsed.data;
  let user = await db.user.findUnique({ where: { email: address }, select: { id: true } });
  let createdUser = false;
  if (!user) {
    user = await db.user.upsert({
      where: { email: address },
      create: { email: address },
      update: {},
      select: { id: true },
    });
    createdUser = true;
  }
  const existing = await db.trackChair.findUnique({ where: { trackId_userId: { trackId, userId: user.id } } });
  if (existing) return { ok: true, userId: user.id, createdUser, alreadyChair: true };
  try {
    await db.trackChair.create({ data: { trackId, userId: user.id } });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return { ok: true, userId: user.id, createdUser, alreadyChair: true };
  }
  await audit("track.chair.assign", track.eventId, trackId, actor, { userId: user.id, email: address });
  await sendChairInvitation({
    trackId,
    userId: user.id,
    email: address,
    trackName: track.name,
    eventName: track.event.name,
  });
  return { ok: true, userId: user.id, createdUser, alreadyChair: false };
}

export async function removeChair(
  trackId: string,
  email: string,
  actor: Actor = {},
): Promise<Result<{ removed: boolean }>> {
  const parsed = chairEmailSchema.safeParse(email);
  if (!parsed.success) return fail("invalid_input", parsed.error.issues[0]?.message, "email");
  const track = await db.track.findUnique({ where: { id: trackId }, select: { eventId: true } });
  if (!track) return fail("not_found", "Track not found");
  const user = await db.user.findUnique({ where: { email: parsed.data }, select: { id: true } });
  if (!user) return fail("user_not_found", `No user with e-mail ${parsed.data}`, "email");
  const { count } = await db.trackChair.deleteMany({ where: { trackId, userId: user.id } });
  if (count > 0)
    await audit("track.chair.remove", track.eventId, trackId, actor, { userId: user.id, email: parsed.data });
  return { ok: true, removed: count > 0 };
}
