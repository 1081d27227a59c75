// The ranking as DESIGN.md's rank JSON, for the CLI and the API. Loads (data.ts), fits the pure
// model over the whole event (so scores mean the same in every track), then ranks within the
// requested tracks by combined score.
import "server-only";
import { assignSpeakerLabels } from "../anonymize/speaker-label";
import { env } from "../env";
import { fail, type Result } from "../errors";
import { REVIEW_PHASES } from "../events/schema";
import { isAnyChair, isOrganizer, type CurrentUser } from "../auth/roles";
import { loadRankingData, loadRankingEvent, type RankingEventRow } from "./data";
import { fitRanking, orderByCombined } from "./rank";
import type { ProposalResult } from "./types";

export type RankedProposalJson = {
  externalId: string | null;
  id: string;
  track: string;
  rank: number;
  communityScore: number;
  ciLow: number;
  ciHigh: number;
  votes: number;
  feedbackComponent: number;
  combinedScore: number;
  /** Probability (0..1) that the proposal belongs in its track's accepted set. */
  pAccept: number;
  /** Opaque per-event label of the primary speaker (equal for proposals by the same person). */
  speakerLabel: string | null;
  flags: string[];
};

export type RankingJson = {
  event: string;
  generatedAt: string;
  method: string;
  proposals: RankedProposalJson[];
  voters: { total: number; downweighted: number };
  reliability: { splitHalfTopAgreement: number };
};

export type RankingOptions = {
  /** Track slug: rank within this track only. */
  track?: string;
  now?: Date;
};

const round = (x: number) => Math.round(x * 1e4) / 1e4 + 0;

/** A proposal's ranking fields without its identification (rank is within the ranked set). */
export type RankedFields = Omit<RankedProposalJson, "externalId" | "id" | "track" | "speakerLabel">;

function rankedFields(p: ProposalResult & { rank: number }): RankedFields {
  return {
    rank: p.rank,
    communityScore: round(p.communityScore),
    ciLow: round(p.ciLow),
    ciHigh: round(p.ciHigh),
    votes: p.votes,
    feedbackComponent: round(p.feedbackComponent),
    combinedScore: round(p.combinedScore),
    pAccept: round(p.pAccept),
    flags: p.flags,
  };
}

/** One fit for the whole event, ranked within each track: proposal id -> ranking fields. */
export async function rankEachTrack(slug: string): Promise<Map<string, RankedFields>> {
  const event = await loadRankingEvent(slug);
  if (!event) return new Map();
  const { input } = await loadRankingData(event);
  const result = fitRanking(input);
  const out = new Map<string, RankedFields>();
  for (const track of event.tracks) {
    for (const p of orderByCombined(result.proposals.filter((x) => x.trackId === track.id))) {
      out.set(p.id, rankedFields(p));
    }
  }
  return out;
}

/** Ranking of an event (or one track). Expected failures: unknown event or track. */
export async function computeEventRanking(
  slug: string,
  opts: RankingOptions = {},
): Promise<Result<{ ranking: RankingJson }>> {
  const event = await loadRankingEvent(slug);
  if (!event) return fail("not_found", `No event with slug "${slug}".`);
  let trackIds = event.tracks.map((t) => t.id);
  if (opts.track !== undefined) {
    const track = findTrack(event, opts.track);
    if (!track)
      return fail(
        "not_found",
        `No track "${opts.track}" in ${slug} (tracks: ${event.tracks.map((t) => t.slug).join(", ") || "none"}).`,
      );
    trackIds = [track.id];
  }
  return { ok: true, ranking: await rankTracks(event, trackIds, opts.now) };
}

/**
 * The ranking a signed-in user may see: organizers every track, chairs only their own tracks
 * (ranked among themselves), everyone else nothing.
 */
export async function computeRankingFor(
  user: CurrentUser,
  slug: string,
  opts: RankingOptions = {},
): Promise<Result<{ ranking: RankingJson }>> {
  const refusal = "Only this event's track chairs and organizers can see its ranking.";
  if (!isAnyChair(user)) return fail("forbidden", refusal);
  const event = await loadRankingEvent(slug);
  if (!event) return fail("not_found", `No event with slug "${slug}".`);
  const allowed = event.tracks.filter((t) => isOrganizer(user) || user.chairTrackIds.includes(t.id));
  if (!allowed.length) return fail("forbidden", refusal);
  // Chairs see a ranking only once voting is over, as on the dashboard; organizers any time.
  if (!isOrganizer(user) && !REVIEW_PHASES.includes(event.phase)) {
    return fail("phase_closed", "The ranking opens to chairs once voting has closed (phase Review).");
  }
  let trackIds = allowed.map((t) => t.id);
  if (opts.track !== undefined) {
    const track = findTrack(event, opts.track);
    if (!track) return fail("not_found", `No track "${opts.track}" in this event.`);
    if (!trackIds.includes(track.id)) return fail("forbidden", "You are not a chair of this track.");
    trackIds = [track.id];
  }
  return { ok: true, ranking: await rankTracks(event, trackIds, opts.now) };
}

function findTrack(event: RankingEventRow, wanted: string) {
  const w = wanted.trim().toLowerCase();
  return event.tracks.find((t) => t.slug === w) ?? event.tracks.find((t) => t.name.toLowerCase() === w);
}

async function rankTracks(event: RankingEventRow, trackIds: string[], now = new Date()): Promise<RankingJson> {
  const { input, externalIds, primarySpeakers } = await loadRankingData(event);
  const labels = assignSpeakerLabels(event.id, primarySpeakers.values(), env().authSecret);
  const result = fitRanking(input);
  const trackSlug = new Map(event.tracks.map((t) => [t.id, t.slug]));
  const keep = new Set(trackIds);
  const ranked = orderByCombined(result.proposals.filter((p) => keep.has(p.trackId)));
  return {
    event: event.slug,
    generatedAt: now.toISOString(),
    method: result.method,
    proposals: ranked.map((p) => ({
      externalId: externalIds.get(p.id) ?? null,
      id: p.id,
      track: trackSlug.get(p.trackId) ?? p.trackId,
      ...withLabel(
        rankedFields(p),
        primarySpeakers.has(p.id) ? (labels.get(primarySpeakers.get(p.id)!) ?? null) : null,
      ),
    })),
    voters: { total: result.voters.total, downweighted: result.voters.downweighted },
    reliability: { splitHalfTopAgreement: round(result.reliability.splitHalfTopAgreement) },
  };
}

/** DESIGN.md's field order: ..., pAccept, speakerLabel, flags. */
function withLabel(fields: RankedFields, speakerLabel: string | null) {
  const { flags, ...rest } = fields;
  return { ...rest, speakerLabel, flags };
}

const CSV_FIELDS: (keyof RankedProposalJson)[] = [
  "externalId",
  "id",
  "track",
  "rank",
  "communityScore",
  "ciLow",
  "ciHigh",
  "votes",
  "feedbackComponent",
  "combinedScore",
  "pAccept",
  "speakerLabel",
  "flags",
];

/** RFC 4180 CSV of the proposals (header row; flags joined by ";"). */
export function rankingToCsv(ranking: RankingJson): string {
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(";") : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [CSV_FIELDS.join(","), ...ranking.proposals.map((p) => CSV_FIELDS.map((f) => cell(p[f])).join(","))];
  return lines.join("\r\n") + "\r\n";
}
