// Fairness of the ranking on simulated events with known true quality, for two families side by
// side: the DEVELOPMENT family (lib/ranking/simulate.ts, which the model was tuned on) and the
// HELD-OUT family (lib/ranking/simulate-heldout.ts, written before the issue-10 model changes and
// never tuned against: ordinal per-voter thresholds, two-value voters, NIPS-2014 variances,
// feedback reliability 0.2..0.6). Podium's ranking and the raw average see the same votes.
// Prints per regime: Kendall tau to the truth and top-25% precision of combinedScore,
// communityScore and the raw average; per campaign: the mean rank the campaign buys (or, for
// sabotage, costs) its target's proposals vs the same event without it, for Podium and the raw
// average; honest voters down-weighted (weight < 0.5); pAccept calibration pooled over all runs;
// split-half top-set agreement. Medians over seeds.
// Run: node scripts/bench.mjs fairness   (FAIRNESS_SEEDS=n, default 3)
import { acceptedSetSize } from "../lib/ranking/confidence";
import { kendallTau, median, precisionAtTop, ranksOf } from "../lib/ranking/metrics";
import { DEFAULT_ACCEPTANCE_SHARE, fitRanking } from "../lib/ranking/rank";
import { rawAverage, simulateEvent, type SimulationOptions } from "../lib/ranking/simulate";
import { HELDOUT_CAMPAIGNS, HELDOUT_REGIMES, simulateHeldout } from "../lib/ranking/simulate-heldout";
import type { RankingInput, RankingResult } from "../lib/ranking/types";

type World = {
  input: RankingInput;
  without: RankingInput;
  truth: Map<string, number>;
  target: string;
  campaign: Set<string>;
};

const dev =
  (o: Partial<SimulationOptions>) =>
  (seed: number): World => {
    const s = simulateEvent({ ...o, seed });
    return {
      input: s.input,
      without: s.withoutBrigade,
      truth: s.truth,
      target: s.targetOrganizationId,
      campaign: s.brigadeVoterIds,
    };
  };
const held =
  (o: Parameters<typeof simulateHeldout>[0]) =>
  (seed: number): World => {
    const s = simulateHeldout({ ...o, seed });
    // The held-out family is scored at the default dial (1 = as far as the data supports).
    s.input.event.feedbackWeight = 1;
    const target = o?.campaign === "sabotage" ? s.rivalOrganizationId : s.vendorOrganizationId;
    return { input: s.input, without: s.withoutCampaign, truth: s.truth, target, campaign: s.campaignVoterIds };
  };

const DEV_REGIMES: { label: string; make: (seed: number) => World }[] = [
  {
    label: "sparse ~10 votes",
    make: dev({
      proposals: 200,
      vendorSizes: [20, 15, 12, 10],
      midOrgs: 10,
      honestVoters: 75,
      ballotSize: 30,
      brigade: 0,
    }),
  },
  { label: "summit ~40 votes", make: dev({ brigade: 0 }) },
  { label: "leniency SD 1.0, 20% skips", make: dev({ leniencySd: 1.0, skipRate: 0.2, brigade: 0 }) },
  { label: "weak feedback (0.2)", make: dev({ feedbackCorrelation: 0.2, honestVoters: 300, brigade: 0 }) },
  { label: "dense ~90 votes", make: dev({ proposals: 300, honestVoters: 1000, brigade: 0, leniencySd: 0.8 }) },
];
const HELD_REGIMES = HELDOUT_REGIMES.map((r) => ({ label: r.label, make: held(r.options) }));
const DEV_CAMPAIGNS = [
  { label: "fresh burst, 150", make: dev({ campaign: "fresh" }) },
  { label: "stealth, 150 aged", make: dev({ campaign: "stealth" }) },
  { label: "sabotage, 150 aged", make: dev({ campaign: "sabotage" }) },
];
const HELD_CAMPAIGNS = HELDOUT_CAMPAIGNS.map((r) => ({ label: r.label, make: held(r.options) }));

const seedCount = Number(process.env.FAIRNESS_SEEDS ?? 3);
const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
const calibration = { dev: [] as [number, boolean][], held: [] as [number, boolean][] };
const splitHalf = { dev: [] as number[], held: [] as number[] };

/** Truly in the top set of its track (same size rule as pAccept). */
function trulyAccepted(input: RankingInput, truth: Map<string, number>): Set<string> {
  const out = new Set<string>();
  const tracks = new Map<string, string[]>();
  for (const p of input.proposals) tracks.set(p.trackId, [...(tracks.get(p.trackId) ?? []), p.id]);
  for (const ids of tracks.values()) {
    const k = acceptedSetSize(ids.length, input.trackSlots?.[ids[0]], DEFAULT_ACCEPTANCE_SHARE);
    ids.sort((a, b) => truth.get(b)! - truth.get(a)!);
    ids.slice(0, k).forEach((id) => out.add(id));
  }
  return out;
}

function record(family: "dev" | "held", w: World, result: RankingResult) {
  const top = trulyAccepted(w.input, w.truth);
  for (const p of result.proposals) calibration[family].push([p.pAccept, top.has(p.id)]);
  splitHalf[family].push(result.reliability.splitHalfTopAgreement);
}

const scoresOf = (r: RankingResult, key: "combinedScore" | "communityScore") =>
  new Map(r.proposals.map((p) => [p.id, p[key]]));
const honestShare = (w: World, r: RankingResult) => {
  const honest = r.voters.assessments.filter((a) => !w.campaign.has(a.id) && a.scoredVotes > 0);
  return honest.filter((a) => a.weight < 0.5).length / Math.max(1, honest.length);
};

function regime(family: "dev" | "held", make: (seed: number) => World) {
  const rows = seeds.map((seed) => {
    const w = make(seed);
    const r = fitRanking(w.input);
    record(family, w, r);
    const raw = rawAverage(w.input);
    return {
      tau: [
        kendallTau(scoresOf(r, "combinedScore"), w.truth),
        kendallTau(scoresOf(r, "communityScore"), w.truth),
        kendallTau(raw, w.truth),
      ],
      prec: [
        precisionAtTop(scoresOf(r, "combinedScore"), w.truth, 0.25),
        precisionAtTop(scoresOf(r, "communityScore"), w.truth, 0.25),
        precisionAtTop(raw, w.truth, 0.25),
      ],
      honest: honestShare(w, r),
      votes: w.input.votes.filter((v) => v.score !== null).length / w.input.proposals.length,
    };
  });
  const m = (f: (x: (typeof rows)[number]) => number) => median(rows.map(f));
  return {
    votes: m((x) => x.votes),
    tau: [0, 1, 2].map((k) => m((x) => x.tau[k])),
    prec: [0, 1, 2].map((k) => m((x) => x.prec[k])),
    honest: Math.max(...rows.map((x) => x.honest)),
  };
}

function campaign(family: "dev" | "held", make: (seed: number) => World) {
  const rows = seeds.map((seed) => {
    const w = make(seed);
    const r = fitRanking(w.input);
    const r0 = fitRanking(w.without, { skipReliability: true });
    record(family, w, r);
    const target = w.input.proposals.filter((p) => p.organizationIds.includes(w.target)).map((p) => p.id);
    const gain = (a: Map<string, number>, b: Map<string, number>) => {
      const ra = ranksOf(a);
      const rb = ranksOf(b);
      return Math.abs(target.reduce((s, id) => s + (rb.get(id)! - ra.get(id)!), 0) / target.length);
    };
    const caught = r.voters.assessments.filter((a) => w.campaign.has(a.id) && a.weight < 0.5).length;
    const flagged = r.proposals.filter(
      (p) => target.includes(p.id) && p.flags.some((f) => /^(campaign|sabotage)_suspected|^relies_on/.test(f)),
    ).length;
    return {
      podium: gain(scoresOf(r, "combinedScore"), scoresOf(r0, "combinedScore")),
      raw: gain(rawAverage(w.input), rawAverage(w.without)),
      caught,
      flagged: flagged / target.length,
      honest: honestShare(w, r),
    };
  });
  const m = (f: (x: (typeof rows)[number]) => number) => median(rows.map(f));
  return {
    podium: m((x) => x.podium),
    raw: m((x) => x.raw),
    caught: m((x) => x.caught),
    flagged: m((x) => x.flagged),
    honest: Math.max(...rows.map((x) => x.honest)),
  };
}

const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const started = Date.now();
let ok = true;
console.log(`Seeds: ${seeds.join(", ")} (medians; honest down-weighted = worst seed). Shared 2-core machine.\n`);
console.log("REGIMES               | DEVELOPMENT family                                    | HELD-OUT family");
console.log(
  "                      | votes  tau comb/comm/raw     top25% comb/comm/raw  honest↓ | votes  tau comb/comm/raw     top25% comb/comm/raw  honest↓",
);
for (let i = 0; i < Math.max(DEV_REGIMES.length, HELD_REGIMES.length); i++) {
  const cells = [DEV_REGIMES[i], HELD_REGIMES[i]].map((x, k) => {
    if (!x) return "";
    const r = regime(k === 0 ? "dev" : "held", x.make);
    const met = r.tau[0] >= r.tau[2] + 0.04 && r.tau[0] >= r.tau[1] - 0.005 && r.honest <= 0.02;
    ok &&= k === 0 || met;
    return `${x.label.padEnd(34).slice(0, 34)} ${r.votes.toFixed(0).padStart(3)}  ${r.tau.map(f3).join("/")}  ${r.prec.map(f3).join("/")}  ${pct(r.honest).padStart(5)} ${met ? "MET" : "NOT MET"}`;
  });
  console.log(`${String(i + 1).padEnd(22)}| ${cells.join(" | ")}`);
}
console.log(
  "\nCAMPAIGNS             | rank gain (sabotage: loss) Podium / raw, ratio; campaign accounts down-weighted; target proposals flagged; honest↓",
);
for (let i = 0; i < DEV_CAMPAIGNS.length; i++) {
  const cells = [DEV_CAMPAIGNS[i], HELD_CAMPAIGNS[i]].map((x, k) => {
    const c = campaign(k === 0 ? "dev" : "held", x.make);
    const limit = x.label.startsWith("fresh") ? 1 / 5 : 1 / 3;
    const met = c.podium < c.raw * limit && c.honest <= 0.02;
    ok &&= k === 0 || met;
    return `${x.label.padEnd(28)} ${c.podium.toFixed(1)} / ${c.raw.toFixed(1)} (${(c.podium / c.raw).toFixed(3)}, < ${limit.toFixed(2)} ${met ? "MET" : "NOT MET"}); ${c.caught}/150 down; ${pct(c.flagged)} flagged; ${pct(c.honest)}`;
  });
  console.log(`${String(i + 1).padEnd(22)}| dev: ${cells[0]}\n${"".padEnd(22)}| held-out: ${cells[1]}`);
}

console.log("\nCALIBRATION of pAccept (pooled over every run above): share truly in the top set");
for (const family of ["dev", "held"] as const) {
  const bins = [
    [0, 0.2],
    [0.2, 0.4],
    [0.4, 0.6],
    [0.6, 0.8],
    [0.8, 1.0001],
  ];
  const parts = bins.map(([lo, hi]) => {
    const inBin = calibration[family].filter(([p]) => p >= lo && p < hi);
    const share = inBin.filter(([, t]) => t).length / Math.max(1, inBin.length);
    return { lo, hi, share, n: inBin.length };
  });
  const lowOk = parts[0].share <= 0.2;
  const highOk = parts[4].share >= 0.8;
  if (family === "held") ok &&= lowOk && highOk;
  console.log(
    `  ${family === "dev" ? "development" : "held-out   "}: ${parts.map((b) => `[${b.lo.toFixed(1)},${Math.min(1, b.hi).toFixed(1)}] ${pct(b.share)} of ${b.n}`).join("  ")}  ${lowOk && highOk ? "MET" : "NOT MET"}`,
  );
  console.log(`    split-half top-set agreement (median): ${f3(median(splitHalf[family]))}`);
}
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s; held-out targets ${ok ? "all MET" : "NOT all met"}`);
process.exitCode = ok ? 0 : 1;
