"use server";
// Server actions of the organizer pages. Each one checks the role itself through runAction (a
// page being hidden is no protection) and hands the work to lib/events, which validates.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { fromLocalInputValue } from "@/components/events/format-date";
import { formDataToObject, runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { fail, failFromZod, type Result } from "@/lib/errors";
import { createEvent } from "@/lib/events/create-event";
import { createFormat, deleteFormat, updateFormat } from "@/lib/events/formats";
import { changePhase } from "@/lib/events/phase";
import {
  checkDateOrder,
  createEventSchema,
  DATE_ORDER,
  EVENT_PHASES,
  updateEventSchema,
  type CreateEventInput,
} from "@/lib/events/schema";
import { slugify } from "@/lib/events/slugify";
import { PHASE_LABELS } from "@/components/events/phase";
import { assignChair, createTrack, deleteTrack, removeChair, updateTrack } from "@/lib/events/tracks";
import { updateEvent } from "@/lib/events/update-event";
import { publishEvent } from "@/lib/decisions/publish";

const organizer = (u: Parameters<typeof assertRole>[0]) => assertRole(u, "ORGANIZER");

type Done = { message: string };

/** A lib result -> the form's result with a success message; failures pass through unchanged. */
function toResult(r: Result, message: string): Result<Done> {
  return r.ok ? { ok: true, message } : r;
}

function withValues(result: Result<Done>, form: FormData): FormState {
  return result.ok ? { ok: true, message: result.message } : { ...result, values: formDataToObject(form) };
}

function refresh(slug?: string) {
  revalidatePath("/admin");
  if (slug) {
    revalidatePath(`/admin/events/${slug}`);
    revalidatePath(`/events/${slug}`);
  }
  revalidatePath("/");
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * Form values -> lib/events input: datetime-local values are read in the event's time zone, and
 * an emptied date clears it (null) rather than leaving it unchanged.
 */
function eventInput(raw: Record<string, unknown>, timeZone: string, clearBlankDates: boolean) {
  const input: Record<string, unknown> = { ...raw };
  for (const k of DATE_ORDER) {
    const v = input[k];
    if (typeof v !== "string") continue;
    input[k] = v.trim() === "" ? (clearBlankDates ? null : undefined) : fromLocalInputValue(v, timeZone);
  }
  return input;
}

const timeZoneError = "Time zone must be an IANA time zone such as UTC or Europe/Berlin";

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

const looseForm = z.looseObject({});

/** Problems the event schema cannot see: the time zone, the tracks list, and date order. */
function extraEventErrors(fields: Record<string, unknown>, input: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (typeof fields.timezone === "string" && fields.timezone.trim() && !isTimeZone(fields.timezone.trim()))
    errors.timezone = timeZoneError;
  // Date order is checked here as well, so it is reported with the other errors, not in a second round.
  const dates: Record<string, Date | null> = {};
  for (const k of DATE_ORDER) {
    const d = input[k];
    if (d instanceof Date && !Number.isNaN(d.getTime())) dates[k] = d;
  }
  for (const p of checkDateOrder(dates)) errors[p.field] ??= p.message;
  return errors;
}

/** The tracks textarea of the new-event form: one name per line, slugs from the names. */
function tracksOf(text: unknown): { tracks: { name: string; slug: string }[]; error?: string } {
  const names =
    typeof text === "string"
      ? text
          .split(/\r?\n/)
          .map((n) => n.trim())
          .filter(Boolean)
      : [];
  const tracks = names.map((name) => ({ name, slug: slugify(name) }));
  const bad = tracks.find((t) => t.slug.length < 2);
  if (bad) return { tracks, error: `Track "${bad.name}" needs a name with at least two letters or digits` };
  const seen = new Set<string>();
  for (const t of tracks) {
    if (seen.has(t.slug))
      return { tracks, error: `Two tracks would both be called "${t.slug}"; give them distinct names` };
    seen.add(t.slug);
  }
  return { tracks };
}

export async function createEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | null = null;
  const result = await runAction(organizer, looseForm, form, async (user, raw) => {
    // New events always start as DRAFT; the phase moves through changePhase only.
    const { eventId: _ignored, phase: _phase, tracks: tracksText, ...fields } = raw as Record<string, unknown>;
    const tzText = typeof fields.timezone === "string" ? fields.timezone.trim() : "";
    const tz = tzText && isTimeZone(tzText) ? tzText : "UTC";
    const input = eventInput(fields, tz, false);
    const { tracks, error: tracksError } = tracksOf(tracksText);
    // Every problem at once: the schema's, the time zone's, the tracks', the dates' order.
    const extra = { ...extraEventErrors(fields, input), ...(tracksError ? { tracks: tracksError } : {}) };
    const parsed = createEventSchema.safeParse(input);
    const all = { ...(parsed.success ? {} : failFromZod(parsed.error).fieldErrors), ...extra };
    if (Object.keys(all).length) return fail("invalid_input", Object.values(all)[0], all);
    const r = await createEvent(input as CreateEventInput, { actorId: user.id, tracks });
    if (r.ok) slug = r.event.slug;
    return toResult(r, "Event created.");
  });
  if (result.ok && slug) {
    refresh(slug);
    redirect(`/admin/events/${slug}?created=1`);
  }
  return withValues(result, form);
}

const eventIdForm = z.looseObject({
  eventId: z.string({ error: "Event is missing" }).min(1, { error: "Event is missing" }),
});

const settings = (n: number) => `${n} ${new Intl.PluralRules("en").select(n) === "one" ? "setting" : "settings"}`;

export async function updateEventAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, eventIdForm, form, async (user, raw) => {
    const { eventId, slug: _slug, ...fields } = raw;
    const event = await db.event.findUnique({ where: { id: eventId }, select: { slug: true, timezone: true } });
    if (!event) return fail("not_found", "Event not found");
    slug = event.slug;
    // Dates were shown in the stored time zone, so they are read back in it.
    const input = eventInput(fields, event.timezone, true);
    const extra = extraEventErrors(fields, input);
    const parsed = updateEventSchema.safeParse(input);
    const all = { ...(parsed.success ? {} : failFromZod(parsed.error).fieldErrors), ...extra };
    if (Object.keys(all).length) return fail("invalid_input", Object.values(all)[0], all);
    const r = await updateEvent(eventId, input, { actorId: user.id });
    if (!r.ok) return r;
    return {
      ok: true,
      message: r.changed.length ? `Saved: ${settings(r.changed.length)} changed.` : "Nothing changed.",
    };
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

const emails = (n: number) => `${n} decision ${new Intl.PluralRules("en").select(n) === "one" ? "e-mail" : "e-mails"}`;

const phaseForm = z.object({
  eventId: z.string().min(1),
  to: z.enum(EVENT_PHASES, { error: "Choose one of the offered phases" }),
  reason: z.string().optional(),
  rejectUndecided: z.literal("true").optional(),
});

export async function changePhaseAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, phaseForm, form, async (user, data) => {
    // Publishing is refused while proposals are undecided (unless all undecided are rejected) and
    // announces the applied decisions (lib/decisions/publish; e-mails never twice).
    const current = await db.event.findUnique({ where: { id: data.eventId }, select: { phase: true, slug: true } });
    if (data.to === "PUBLISHED" && current?.phase === "REVIEW") {
      const p = await publishEvent({
        eventId: data.eventId,
        actorId: user.id,
        rejectUndecided: !!data.rejectUndecided,
      });
      if (!p.ok) return p;
      slug = current.slug;
      const rejected = p.rejected ? ` ${p.rejected} undecided proposal(s) rejected.` : "";
      return {
        ok: true,
        message: `The event is now in the phase “${PHASE_LABELS.PUBLISHED}”.${rejected} ${emails(p.queued)} queued.`,
      };
    }
    const r = await changePhase({ eventId: data.eventId, to: data.to, reason: data.reason, actorId: user.id });
    if (!r.ok) return toResult(r, "");
    slug = r.event.slug;
    return { ok: true, message: `The event is now in the phase “${PHASE_LABELS[r.event.phase]}”.` };
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

// ---------------------------------------------------------------------------
// Tracks and chairs
// ---------------------------------------------------------------------------

async function slugOfEvent(eventId: string) {
  return (await db.event.findUnique({ where: { id: eventId }, select: { slug: true } }))?.slug;
}

/** The track, if it belongs to the event the form was on (guards against a stale or forged id). */
async function trackOf(eventId: string, trackId: string) {
  return db.track.findFirst({ where: { id: trackId, eventId }, select: { id: true, name: true } });
}

export async function createTrackAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, eventIdForm, form, async (user, raw) => {
    const { eventId, slug: trackSlug, name, description, slotCount } = raw as Record<string, string | undefined>;
    const r = await createTrack(
      eventId!,
      { slug: trackSlug ?? "", name: name ?? "", description, slotCount },
      { actorId: user.id },
    );
    slug = await slugOfEvent(eventId!);
    return toResult(r, r.ok ? `Track "${r.track.name}" added.` : "");
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

const trackForm = z.looseObject({ eventId: z.string().min(1), trackId: z.string().min(1) });

export async function updateTrackAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, trackForm, form, async (user, raw) => {
    if (!(await trackOf(raw.eventId, raw.trackId))) return fail("not_found", "Track not found");
    const { slug: trackSlug, name, description, slotCount } = raw as Record<string, string | undefined>;
    const r = await updateTrack(raw.trackId, { slug: trackSlug, name, description, slotCount }, { actorId: user.id });
    slug = await slugOfEvent(raw.eventId);
    return toResult(r, r.ok ? `Track "${r.track.name}" saved.` : "");
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

export async function deleteTrackAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, trackForm, form, async (user, raw) => {
    const track = await trackOf(raw.eventId, raw.trackId);
    if (!track) return fail("not_found", "Track not found");
    const r = await deleteTrack(raw.trackId, { actorId: user.id });
    slug = await slugOfEvent(raw.eventId);
    return toResult(r, `Track "${track.name}" deleted.`);
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

const chairForm = z.object({ eventId: z.string().min(1), trackId: z.string().min(1), email: z.string().optional() });

export async function assignChairAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, chairForm, form, async (user, data) => {
    if (!(await trackOf(data.eventId, data.trackId))) return fail("not_found", "Track not found");
    const r = await assignChair(data.trackId, data.email ?? "", { actorId: user.id });
    slug = await slugOfEvent(data.eventId);
    if (!r.ok) return toResult(r, "");
    const email = (data.email ?? "").trim().toLowerCase();
    return {
      ok: true,
      message: r.alreadyChair
        ? `${email} already chairs this track.`
        : r.createdUser
          ? `${email} is now a chair; they get access when they first sign in with that address.`
          : `${email} is now a chair of this track.`,
    };
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

export async function removeChairAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, chairForm, form, async (user, data) => {
    if (!(await trackOf(data.eventId, data.trackId))) return fail("not_found", "Track not found");
    const r = await removeChair(data.trackId, data.email ?? "", { actorId: user.id });
    slug = await slugOfEvent(data.eventId);
    if (!r.ok) return toResult(r, "");
    return {
      ok: true,
      message: r.removed
        ? `${data.email} no longer chairs this track.`
        : `${data.email} was not a chair of this track.`,
    };
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

// ---------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------

export async function createFormatAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, eventIdForm, form, async (user, raw) => {
    const { eventId, slug: formatSlug, name, durationMinutes } = raw as Record<string, string | undefined>;
    const r = await createFormat(
      eventId!,
      { slug: formatSlug ?? "", name: name ?? "", durationMinutes },
      { actorId: user.id },
    );
    slug = await slugOfEvent(eventId!);
    return toResult(r, r.ok ? `Format "${r.format.name}" added.` : "");
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

const formatForm = z.looseObject({ eventId: z.string().min(1), formatId: z.string().min(1) });

async function formatOf(eventId: string, formatId: string) {
  return db.format.findFirst({ where: { id: formatId, eventId }, select: { id: true, name: true } });
}

export async function updateFormatAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, formatForm, form, async (user, raw) => {
    if (!(await formatOf(raw.eventId, raw.formatId))) return fail("not_found", "Format not found");
    const { slug: formatSlug, name, durationMinutes } = raw as Record<string, string | undefined>;
    const r = await updateFormat(raw.formatId, { slug: formatSlug, name, durationMinutes }, { actorId: user.id });
    slug = await slugOfEvent(raw.eventId);
    return toResult(r, r.ok ? `Format "${r.format.name}" saved.` : "");
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}

export async function deleteFormatAction(_prev: FormState, form: FormData): Promise<FormState> {
  let slug: string | undefined;
  const result = await runAction(organizer, formatForm, form, async (user, raw) => {
    const format = await formatOf(raw.eventId, raw.formatId);
    if (!format) return fail("not_found", "Format not found");
    const r = await deleteFormat(raw.formatId, { actorId: user.id });
    slug = await slugOfEvent(raw.eventId);
    return toResult(r, `Format "${format.name}" deleted.`);
  });
  if (result.ok) refresh(slug);
  return withValues(result, form);
}
