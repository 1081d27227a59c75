// The published program of an event: accepted proposals by track, with their speakers. Public once
// the event is PUBLISHED (or ARCHIVED); before that, nothing here is shown (no list of proposals
// exists publicly while voting or review is under way).
import "server-only";
import { db } from "../db/client";

export type ProgramSession = {
  id: string;
  title: string;
  abstract: string;
  format: string;
  durationMinutes: number;
  speakers: { name: string; organization: string | null }[];
  startsAt: Date | null;
  room: string | null;
  /** Attendees can rate it (a session exists in the schedule). */
  hasSession: boolean;
};

export type ProgramTrack = { id: string; name: string; sessions: ProgramSession[] };

export async function loadPublishedProgram(eventId: string): Promise<ProgramTrack[]> {
  const [tracks, accepted] = await Promise.all([
    db.track.findMany({
      where: { eventId },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.proposal.findMany({
      where: { eventId, status: "ACCEPTED", event: { phase: { in: ["PUBLISHED", "ARCHIVED"] } } },
      orderBy: [{ title: "asc" }],
      select: {
        id: true,
        trackId: true,
        title: true,
        abstract: true,
        format: { select: { name: true, durationMinutes: true } },
        session: { select: { startsAt: true, room: true } },
        speakers: {
          where: { status: "CONFIRMED" },
          orderBy: [{ role: "asc" }, { invitedAt: "asc" }],
          select: {
            organization: { select: { name: true } },
            user: { select: { name: true, email: true, profile: { select: { displayName: true } } } },
          },
        },
      },
    }),
  ]);
  const byTrack = new Map<string, ProgramSession[]>();
  for (const p of accepted) {
    const list = byTrack.get(p.trackId) ?? [];
    list.push({
      id: p.id,
      title: p.title,
      abstract: p.abstract,
      format: p.format.name,
      durationMinutes: p.format.durationMinutes,
      speakers: p.speakers.map((s) => ({
        name: s.user.profile?.displayName || s.user.name || "Speaker",
        organization: s.organization?.name ?? null,
      })),
      startsAt: p.session?.startsAt ?? null,
      room: p.session?.room ?? null,
      hasSession: !!p.session,
    });
    byTrack.set(p.trackId, list);
  }
  for (const list of byTrack.values())
    list.sort(
      (a, b) =>
        (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title),
    );
  return tracks
    .map((t) => ({ id: t.id, name: t.name, sessions: byTrack.get(t.id) ?? [] }))
    .filter((t) => t.sessions.length > 0);
}
