import "server-only";
import type { Tx } from "../db/client";
import { fail, type Failure } from "../errors";

/** The event's track and format named by id or slug (as the form and the CSV import send them). */
export async function resolveTrackAndFormat(
  tx: Tx,
  eventId: string,
  input: { track: string; format: string },
): Promise<Failure | { ok: true; trackId: string; formatId: string }> {
  const [track, format] = await Promise.all([
    tx.track.findFirst({
      where: { eventId, OR: [{ id: input.track }, { slug: input.track.toLowerCase() }] },
      select: { id: true },
    }),
    tx.format.findFirst({
      where: { eventId, OR: [{ id: input.format }, { slug: input.format.toLowerCase() }] },
      select: { id: true },
    }),
  ]);
  if (!track)
    return fail("invalid_input", `Track "${input.track}" does not exist in this event`, {
      track: `Track "${input.track}" does not exist in this event`,
    });
  if (!format)
    return fail("invalid_input", `Format "${input.format}" does not exist in this event`, {
      format: `Format "${input.format}" does not exist in this event`,
    });
  return { ok: true as const, trackId: track.id, formatId: format.id };
}
