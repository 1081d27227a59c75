import "server-only";
import type { Tx } from "../db/client";
import { fail, type Failure } from "../errors";
import { findByRef, unknownRefMessage, type Named } from "../events/match-ref";

export type TrackFormatMatch = Failure | { ok: true; trackId: string; formatId: string };

/** The event's tracks and formats in their order, as matchTrackAndFormat takes them. */
export async function loadTracksAndFormats(tx: Pick<Tx, "track" | "format">, eventId: string) {
  const [tracks, formats] = await Promise.all([
    tx.track.findMany({
      where: { eventId },
      select: { id: true, slug: true, name: true },
      orderBy: { position: "asc" },
    }),
    tx.format.findMany({
      where: { eventId },
      select: { id: true, slug: true, name: true },
      orderBy: { position: "asc" },
    }),
  ]);
  return { tracks, formats };
}

/** Pure: the track and format named by id, slug or name; an unknown one with the list of valid names. */
export function matchTrackAndFormat(
  tracks: readonly Named[],
  formats: readonly Named[],
  input: { track: string; format: string },
): TrackFormatMatch {
  const track = findByRef(tracks, input.track);
  const format = findByRef(formats, input.format);
  const fieldErrors: Record<string, string> = {};
  if (!track) fieldErrors.track = unknownRefMessage("Track", input.track, tracks);
  if (!format) fieldErrors.format = unknownRefMessage("Format", input.format, formats);
  if (!track || !format) return fail("invalid_input", Object.values(fieldErrors)[0], fieldErrors);
  return { ok: true as const, trackId: track.id, formatId: format.id };
}

/**
 * The event's track and format named by id, slug or name (case- and accent-insensitive), as the
 * form and the CSV import send them. An unknown one is reported with the list of valid names.
 */
export async function resolveTrackAndFormat(
  tx: Tx,
  eventId: string,
  input: { track: string; format: string },
): Promise<TrackFormatMatch> {
  const { tracks, formats } = await loadTracksAndFormats(tx, eventId);
  return matchTrackAndFormat(tracks, formats, input);
}
