// How sure is each decision: pAccept per proposal (probability of belonging to its track's
// accepted set under the fitted posterior, by seeded simulation) and the top-set overlap of two
// rankings from random halves of the voters. Deterministic: fixed seeds, fixed iteration order.
import { createRng, type Rng } from "../seed/prng";

export const PACCEPT_DRAWS = 1000;
export const PACCEPT_SEED = 20261201;

export function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
}

/** Accepted-set size of a track: its slot count, else the acceptance share of its proposals (at least 1). */
export function acceptedSetSize(proposals: number, slots: number | undefined, share: number): number {
  if (proposals === 0) return 0;
  if (slots && slots > 0) return Math.min(proposals, slots);
  return Math.min(proposals, Math.max(1, Math.round(share * proposals)));
}

/**
 * For each group (track) of proposal indexes with its accepted-set size k: the share of posterior
 * draws (independent normals with the given means and variances) in which the proposal is among
 * the k best of its group.
 */
export function acceptProbabilities(
  mean: ArrayLike<number>,
  variance: ArrayLike<number>,
  groups: { members: number[]; k: number }[],
  draws = PACCEPT_DRAWS,
  seed = PACCEPT_SEED,
): Float64Array {
  const out = new Float64Array(mean.length);
  const rng = createRng(seed);
  for (const { members, k } of groups) {
    const n = members.length;
    if (k <= 0 || n === 0) continue;
    if (k >= n) {
      for (const j of members) out[j] = 1;
      continue;
    }
    const sd = members.map((j) => Math.sqrt(Math.max(0, variance[j])));
    const hits = new Float64Array(n);
    const value = new Float64Array(n);
    const sorted = new Float64Array(n);
    for (let t = 0; t < draws; t++) {
      for (let i = 0; i < n; i++) value[i] = mean[members[i]] + sd[i] * gaussian(rng);
      sorted.set(value);
      sorted.sort();
      const threshold = sorted[n - k];
      for (let i = 0; i < n; i++) if (value[i] >= threshold) hits[i]++;
    }
    members.forEach((j, i) => (out[j] = hits[i] / draws));
  }
  return out;
}

/** Indexes of the k best of a group by score (ties by index, so the set is deterministic). */
export function topSet(score: ArrayLike<number>, members: number[], k: number): Set<number> {
  return new Set([...members].sort((a, b) => score[b] - score[a] || a - b).slice(0, k));
}

/** Random halves of the voters: half[v] is 0 or 1, balanced, from a seeded shuffle. */
export function splitVoters(voterCount: number, seed: number): Uint8Array {
  const rng = createRng(seed);
  const order = rng.shuffle(Array.from({ length: voterCount }, (_, i) => i));
  const half = new Uint8Array(voterCount);
  order.forEach((v, i) => (half[v] = i % 2));
  return half;
}
