// Speaker reputation from past session feedback (pure). See docs/decisions/007-reputation.md.
//
// Every record is a session's average rating on a common 0..1 scale (normalizeRating) with its
// rating count. Per speaker: a recency- and count-weighted mean, shrunk toward the population mean
// by an empirical-Bayes prior, expressed in between-speaker standard deviations. A speaker with no
// records has no reputation (absent from the map), which the ranking treats as exactly neutral.

export type FeedbackRecord = {
  speakerId: string;
  /** Session average on 0..1 (1 = top of the scale). */
  normalizedAverage: number;
  ratingCount: number;
  /** When the session was held; null = unknown (not discounted). */
  heldAt: Date | null;
};

export type Reputation = {
  /** Posterior mean of the speaker's effect in between-speaker SDs (0 = average speaker), clamped to ±3. */
  score: number;
  /** Ratings behind it (raw sum of rating counts). */
  ratingCount: number;
  /** Rating count after the recency discount: the evidence actually used. */
  effectiveCount: number;
  /** How far the speaker's own mean is pulled toward the population mean, 0..1 (1 = all prior). */
  shrinkage: number;
  /** Recency-weighted mean of the speaker's sessions on 0..1. */
  observedMean: number;
  /** observedMean after shrinkage, on 0..1. */
  shrunkMean: number;
  sessions: number;
};

export type ReputationModel = {
  /** Population mean on 0..1. */
  mean: number;
  /** Prior strength in (effective) ratings: k in n / (n + k). */
  priorRatings: number;
  /** Between-speaker SD on 0..1 implied by priorRatings. */
  betweenSd: number;
  /** Whether priorRatings was estimated from the data (false: too few speakers, default used). */
  estimated: boolean;
};

export type ReputationOptions = {
  now: Date;
  /** Recency half-life in years (default 2). */
  halfLifeYears?: number;
};

/** Recency half-life: a rating two years old counts half as much as one from today. */
export const HALF_LIFE_YEARS = 2;
/**
 * Spread of one attendee's rating around the session's true mean on the 0..1 scale: about one
 * point on a 1..5 scale (0.25). Imports carry only averages, so this is assumed, not estimated.
 */
export const RATING_SD = 0.25;
/**
 * Bounds of the prior strength k (in ratings). Ratings of one session are not independent (same
 * room, slot, topic), so even when speakers seem to differ a lot we never let fewer than 40
 * ratings decide more than a fifth of a reputation; and when they seem not to differ at all, 500
 * ratings still count for about 80 %.
 */
export const MIN_PRIOR_RATINGS = 40;
export const MAX_PRIOR_RATINGS = 120;
export const DEFAULT_PRIOR_RATINGS = 80;
/** Fewer speakers than this: the between-speaker variance cannot be estimated; the default is used. */
export const MIN_SPEAKERS_FOR_ESTIMATE = 5;
const MAX_ABS_SCORE = 3;
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** A rating on 1..scaleMax mapped to 0..1, so 1..5 and 1..10 scales combine. */
export function normalizeRating(average: number, scaleMax: number): number {
  if (!(scaleMax > 1)) throw new RangeError(`scaleMax must be above 1, got ${scaleMax}`);
  return (average - 1) / (scaleMax - 1);
}

/** Recency weight of a session held at heldAt, seen from now: 0.5^(age / half-life). */
export function recencyWeight(heldAt: Date | null, now: Date, halfLifeYears = HALF_LIFE_YEARS): number {
  if (!heldAt) return 1;
  const ageYears = Math.max(0, (now.getTime() - heldAt.getTime()) / YEAR_MS);
  return Math.pow(0.5, ageYears / halfLifeYears);
}

export type SpeakerStats = { mean: number; n: number; raw: number; sessions: number };

function perSpeaker(records: FeedbackRecord[], options: ReputationOptions): Map<string, SpeakerStats> {
  const acc = new Map<string, { sum: number; n: number; raw: number; sessions: number }>();
  for (const r of records) {
    if (!(r.ratingCount > 0) || !Number.isFinite(r.normalizedAverage)) continue;
    const x = Math.min(1, Math.max(0, r.normalizedAverage));
    const w = r.ratingCount * recencyWeight(r.heldAt, options.now, options.halfLifeYears);
    const a = acc.get(r.speakerId) ?? { sum: 0, n: 0, raw: 0, sessions: 0 };
    a.sum += w * x;
    a.n += w;
    a.raw += r.ratingCount;
    a.sessions += 1;
    acc.set(r.speakerId, a);
  }
  const out = new Map<string, SpeakerStats>();
  // Sorted keys: same records in, same numbers out, whatever the input order.
  for (const id of [...acc.keys()].sort()) {
    const a = acc.get(id)!;
    if (a.n > 0) out.set(id, { mean: a.sum / a.n, n: a.n, raw: a.raw, sessions: a.sessions });
  }
  return out;
}

/**
 * Population mean and prior strength by the method of moments (DerSimonian-Laird): the spread
 * of speaker means beyond what rating noise explains is the between-speaker variance tau^2, and
 * k = sigma^2 / tau^2, bounded to [MIN_PRIOR_RATINGS, MAX_PRIOR_RATINGS].
 */
export function fitReputationModel(stats: Map<string, SpeakerStats>): ReputationModel {
  const speakers = [...stats.values()];
  const sigma2 = RATING_SD * RATING_SD;
  const totalN = speakers.reduce((s, x) => s + x.n, 0);
  const mean = totalN > 0 ? speakers.reduce((s, x) => s + x.n * x.mean, 0) / totalN : 0.5;
  let priorRatings = DEFAULT_PRIOR_RATINGS;
  let estimated = false;
  if (speakers.length >= MIN_SPEAKERS_FOR_ESTIMATE) {
    const w = speakers.map((x) => x.n / sigma2);
    const sw = w.reduce((a, b) => a + b, 0);
    const sw2 = w.reduce((a, b) => a + b * b, 0);
    const q = speakers.reduce((s, x, i) => s + w[i] * (x.mean - mean) ** 2, 0);
    const denom = sw - sw2 / sw;
    const tau2 = denom > 0 ? Math.max(0, (q - (speakers.length - 1)) / denom) : 0;
    priorRatings = tau2 > 0 ? sigma2 / tau2 : MAX_PRIOR_RATINGS;
    estimated = true;
  }
  priorRatings = Math.min(MAX_PRIOR_RATINGS, Math.max(MIN_PRIOR_RATINGS, priorRatings));
  return { mean, priorRatings, betweenSd: Math.sqrt(sigma2 / priorRatings), estimated };
}

/** One speaker's reputation under a fitted model. */
export function reputationOf(stats: SpeakerStats, model: ReputationModel): Reputation {
  const shrinkage = model.priorRatings / (stats.n + model.priorRatings);
  const shrunkMean = model.mean + (1 - shrinkage) * (stats.mean - model.mean);
  const z = (shrunkMean - model.mean) / model.betweenSd;
  return {
    score: Math.max(-MAX_ABS_SCORE, Math.min(MAX_ABS_SCORE, z)),
    ratingCount: stats.raw,
    effectiveCount: stats.n,
    shrinkage,
    observedMean: stats.mean,
    shrunkMean,
    sessions: stats.sessions,
  };
}

/** The fitted model and the reputation of every speaker with records. */
export function fitReputations(
  records: FeedbackRecord[],
  options: ReputationOptions,
): { model: ReputationModel; reputations: Map<string, Reputation> } {
  const stats = perSpeaker(records, options);
  const model = fitReputationModel(stats);
  const reputations = new Map<string, Reputation>();
  for (const [id, s] of stats) reputations.set(id, reputationOf(s, model));
  return { model, reputations };
}

/**
 * Reputation per speaker id. Speakers without records are absent: callers must treat a missing
 * entry as neutral (0), never as bad.
 */
export function computeReputations(records: FeedbackRecord[], options: ReputationOptions): Map<string, Reputation> {
  return fitReputations(records, options).reputations;
}

/** The neutral value of a speaker without reputation. */
export function reputationScore(reputation: Reputation | undefined): number {
  return reputation?.score ?? 0;
}
