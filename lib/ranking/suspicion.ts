// Campaign resistance: per-voter suspicion from account and voting signals, turned into a smooth
// weight (exp(-suspicion)) for the fit. Nobody is deleted; a voter's influence fades as evidence
// accumulates, and every signal is kept so a chair can be told why. Voters are never told.
import type { Design, Fit } from "./fit";
import type { VoterSignals } from "./types";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Accounts created this long before voting opened still count partly as new (linear ramp). */
export const NEW_ACCOUNT_RAMP_DAYS = 7;
/** A voter whose weight falls below this is reported as down-weighted. */
export const DOWNWEIGHTED_BELOW = 0.5;

/** Pseudo-votes behind the population noise level when a voter's own noise is estimated. */
const NOISE_PRIOR_VOTES = 10;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** 1 for accounts created once voting opened, ramping down to 0 over the week before. */
export function newAccountSignal(createdAt: number, votingOpensAt: number | null): number {
  if (votingOpensAt === null) return 0;
  if (createdAt >= votingOpensAt) return 1;
  return clamp01(1 - (votingOpensAt - createdAt) / (NEW_ACCOUNT_RAMP_DAYS * DAY));
}

/**
 * Creation bursts: accounts created within +-30 minutes of this one, against the rate in the
 * surrounding day. Needs at least 6 in the hour and 3x the day's hourly rate to start counting.
 * `created` must be sorted ascending; returns one value per entry.
 */
export function burstSignals(created: number[]): number[] {
  const n = created.length;
  const out = new Array<number>(n).fill(0);
  let lo1 = 0;
  let hi1 = 0;
  let lo24 = 0;
  let hi24 = 0;
  for (let i = 0; i < n; i++) {
    const t = created[i];
    while (created[lo1] < t - HOUR / 2) lo1++;
    while (hi1 < n && created[hi1] <= t + HOUR / 2) hi1++;
    while (created[lo24] < t - 12 * HOUR) lo24++;
    while (hi24 < n && created[hi24] <= t + 12 * HOUR) hi24++;
    const inHour = hi1 - lo1;
    const hourlyRate = (hi24 - lo24 - inHour) / 23;
    const ratio = inHour / Math.max(1, hourlyRate);
    out[i] = clamp01((inHour - 5) / 10) * clamp01((ratio - 3) / 3);
  }
  return out;
}

/** Scores piled at the ends of the scale: 1 when every score is at min or max and both are used. */
export function extremeSignal(scores: number[], min: number, max: number): number {
  if (scores.length < 5 || max <= min) return 0;
  let ends = 0;
  let low = false;
  let high = false;
  for (const s of scores) {
    if (s <= min) {
      ends++;
      low = true;
    }
    if (s >= max) {
      ends++;
      high = true;
    }
  }
  return clamp01((ends / scores.length - 0.8) / 0.2) * (low && high ? 1 : 0.5);
}

export type Partisanship = {
  /** Multiplicity-corrected z (0 when within what testing many organizations explains), signed. */
  z: Float64Array;
  /** The same lean before the multiplicity correction, signed. */
  rawZ: Float64Array;
  organization: Int32Array;
};

/**
 * For each voter and each organization whose proposals they scored: how far their residuals
 * (against the consensus fit) on that organization's proposals sit from their residuals on
 * everything else, as a two-sample z, damped for single votes (x sqrt(n/(n+1))) and corrected for
 * testing many organizations (minus sqrt(2 ln m), the typical maximum of m standard normals).
 * Keeps the organization with the largest corrected |z| per voter; the sign says favour (+) or
 * disfavour (-). Honest voters sit near or below 0; a brigade voter far above 2.
 */
export function partisanSignals(
  d: Design,
  fit: Fit,
  proposalOrgs: number[][],
  orgCount: number,
  byVoter: { index: Int32Array; offset: Int32Array },
): Partisanship {
  const nV = d.voterCount;
  const noise = fit.components.noise;
  const z = new Float64Array(nV);
  const rawZ = new Float64Array(nV);
  const organization = new Int32Array(nV).fill(-1);
  // Per organization, for the voter at hand: sum, count and sum of squares of residuals.
  const sum = new Float64Array(orgCount);
  const cnt = new Float64Array(orgCount);
  const sqs = new Float64Array(orgCount);
  const touched: number[] = [];
  for (let v = 0; v < nV; v++) {
    let total = 0;
    let totalSq = 0;
    let count = 0;
    for (let k = byVoter.offset[v]; k < byVoter.offset[v + 1]; k++) {
      const i = byVoter.index[k];
      const r = d.score[i] - fit.mean - fit.scale[v] * fit.quality[d.proposal[i]] - fit.bias[v];
      total += r;
      totalSq += r * r;
      count++;
      for (const o of proposalOrgs[d.proposal[i]]) {
        if (cnt[o] === 0) touched.push(o);
        sum[o] += r;
        cnt[o]++;
        sqs[o] += r * r;
      }
    }
    // Ascending organization order so ties resolve the same way whatever the input order was.
    touched.sort((a, b) => a - b);
    const correction = Math.sqrt(2 * Math.log(Math.max(1, touched.length)));
    let best = -Infinity;
    for (const o of touched) {
      const n = cnt[o];
      const rest = count - n;
      const restMean = rest > 0 ? (total - sum[o]) / rest : 0;
      // The voter's own noise level from their other votes, shrunk toward the population's.
      const restSs = rest > 0 ? totalSq - sqs[o] - rest * restMean * restMean : 0;
      const sd = Math.sqrt(
        (NOISE_PRIOR_VOTES * noise + Math.max(0, restSs)) / (NOISE_PRIOR_VOTES + Math.max(0, rest - 1)),
      );
      const diff = sum[o] / n - restMean;
      const se = sd * Math.sqrt(1 / n + (rest > 0 ? 1 / rest : 0));
      const raw = se > 0 ? (diff / se) * Math.sqrt(n / (n + 1)) : 0;
      const corrected = Math.abs(raw) - correction;
      if (corrected > best) {
        best = corrected;
        z[v] = Math.sign(raw) * Math.max(0, corrected);
        rawZ[v] = raw;
        organization[v] = o;
      }
      sum[o] = 0;
      cnt[o] = 0;
      sqs[o] = 0;
    }
    touched.length = 0;
  }
  return { z, rawZ, organization };
}

/**
 * Bloc agreement: how many voters lean the same way on the same organization, counting clear
 * leaners (corrected |z| >= 1.5) and voters who lean (raw |z| >= 2) while their other scores carry
 * little information (lowInformation >= 0.5): a stealth campaign's accounts look like the latter.
 * Members count by how established their account looks (1 - max(newAccount, burst)): a burst of
 * fresh accounts is caught by its own account signals, and counting it here as well would pull
 * honest fans of the same company, who lean the same way, into its bloc.
 */
export function blocSignals(
  p: Partisanship,
  lowInformation: ArrayLike<number>,
  established?: ArrayLike<number>,
): Float64Array {
  const size = new Map<number, number>();
  const keyOf = (v: number) => {
    if (p.organization[v] < 0) return null;
    const clear = Math.abs(p.z[v]) >= 1.5;
    const stealthy = Math.abs(p.rawZ[v]) >= 2 && lowInformation[v] >= 0.5;
    return clear || stealthy ? p.organization[v] * 2 + (p.rawZ[v] > 0 ? 1 : 0) : null;
  };
  for (let v = 0; v < p.z.length; v++) {
    const k = keyOf(v);
    if (k !== null) size.set(k, (size.get(k) ?? 0) + (established ? established[v] : 1));
  }
  const out = new Float64Array(p.z.length);
  for (let v = 0; v < p.z.length; v++) {
    const k = keyOf(v);
    if (k !== null) out[v] = clamp01((size.get(k)! - 3) / 7);
  }
  return out;
}

/** 1 when a voter's scores outside their lean carry no information about quality, 0 from t = 3 up. */
export function lowInformationSignal(informationZ: number, scoredVotes: number): number {
  if (scoredVotes < 5) return 0;
  return clamp01((3 - informationZ) / 2);
}

/**
 * Suspicion from the signals. Account signals alone cost little (honest people sign up when
 * voting opens); leaning on one organization costs more, much more from a new account in a
 * creation burst, and most when the voter's other scores carry no information (a stealth
 * campaign account: aged, human pace, unremarkable elsewhere). Honest fans of a company lean
 * too, but their other scores follow consensus, so lowInformation stays 0. weight = exp(-suspicion).
 */
export function suspicionOf(s: Omit<VoterSignals, "partisanOrganizationId">): number {
  const partisan = 0.6 * Math.max(0, Math.abs(s.partisanZ) - 1.5);
  const stealth = 1.2 * s.lowInformation * clamp01((Math.abs(s.leanZ) - 1.5) / 1.5) * (0.5 + s.bloc);
  return (
    0.25 * s.newAccount +
    0.35 * s.burst +
    0.3 * s.extreme +
    partisan * (1 + s.newAccount + s.burst + s.lowInformation) +
    0.7 * s.bloc * (0.4 + 0.6 * s.lowInformation) +
    stealth
  );
}
