// The Bayes-optimal ranking of a simulated event: each proposal's posterior mean quality given the
// TRUE generative model of every honest voter (their leniency, cut points, discrimination, noise,
// and any genuine lean), by numerical integration on a grid under the N(0, 1) prior. No method that
// sees only the votes can do better on average, so "oracle - raw average" is the most any rater
// model can gain over the raw average in that world (past feedback, which the oracle ignores, can
// add a little on top). Campaign accounts are ignored (the oracle is used on regimes without them).
import { normalCdf } from "../lib/ranking/latent";
import type { SimulatedEvent } from "../lib/ranking/simulate";
import type { Heldout2Event } from "../lib/ranking/simulate-heldout2";
import type { RankingInput } from "../lib/ranking/types";

const G = 241;
const GRID = Array.from({ length: G }, (_, i) => -4 + (8 * i) / (G - 1));

/** prob(voterId, proposal organizations, score, quality) -> likelihood of the score; null = ignore the voter. */
type Likelihood = (voterId: string, orgs: string[], score: number, quality: number) => number | null;

function posteriorMeans(input: RankingInput, likelihood: Likelihood): Map<string, number> {
  const orgs = new Map(input.proposals.map((p) => [p.id, p.organizationIds]));
  const log = new Map(input.proposals.map((p) => [p.id, Float64Array.from(GRID, (q) => -0.5 * q * q)]));
  for (const v of input.votes) {
    if (v.score === null) continue;
    const acc = log.get(v.proposalId);
    if (!acc) continue;
    for (let g = 0; g < G; g++) {
      const l = likelihood(v.voterId, orgs.get(v.proposalId)!, v.score, GRID[g]);
      if (l === null) break;
      acc[g] += Math.log(Math.max(1e-300, l));
    }
  }
  const out = new Map<string, number>();
  for (const [id, a] of log) {
    let top = -Infinity;
    for (const x of a) top = Math.max(top, x);
    let mass = 0;
    let first = 0;
    for (let g = 0; g < G; g++) {
      const w = Math.exp(a[g] - top);
      mass += w;
      first += w * GRID[g];
    }
    out.set(id, first / mass);
  }
  return out;
}

const between = (lo: number, hi: number) => normalCdf(hi) - normalCdf(lo);

/** Development family: latent = mid + scale x qualityScale x q + leniency + lift + noise, rounded, clamped. */
export function devOracle(sim: SimulatedEvent): Map<string, number> {
  const o = sim.options;
  const mid = (o.scaleMin + o.scaleMax) / 2;
  return posteriorMeans(sim.input, (voterId, orgs, score, q) => {
    const m = sim.voterModels.get(voterId);
    if (!m) return null;
    const lift = !m.fan
      ? 0
      : orgs.includes("vendor-0")
        ? o.fanLift
        : o.fansDislikeRival && orgs.includes("vendor-1")
          ? -o.fanLift
          : 0;
    const mean = mid + m.scale * o.qualityScale * q + m.leniency + lift;
    const k = score - o.scaleMin;
    const cut = (c: number) => (o.cutPoints ? o.cutPoints[c] : o.scaleMin + c + 0.5);
    const lo = score <= o.scaleMin ? -Infinity : cut(k - 1);
    const hi = score >= o.scaleMax ? Infinity : cut(k);
    return between((lo - mean) / m.noiseSd, (hi - mean) / m.noiseSd);
  });
}

/** Second held-out family: score = scaleMin + number of the voter's own cut points below the latent. */
export function heldout2Oracle(ev: Heldout2Event): Map<string, number> {
  const { scaleMin } = ev.input.event;
  return posteriorMeans(ev.input, (voterId, orgs, score, q) => {
    const m = ev.voterModels.get(voterId);
    if (!m) return null;
    const mean = m.discrimination * q + (m.fan && orgs.includes(ev.vendorOrganizationId) ? 1 : 0);
    const k = score - scaleMin;
    const lo = k === 0 ? -Infinity : m.cuts[k - 1];
    const hi = k === m.cuts.length ? Infinity : m.cuts[k];
    return between((lo - mean) / m.noiseSd, (hi - mean) / m.noiseSd);
  });
}
