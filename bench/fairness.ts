// Fairness of the ranking on simulated events with known true quality (lib/ranking/simulate.ts):
// big vendors with many proposals, voters with random leniency, ~10% skips, and 150 fresh accounts
// created in a burst during voting that max one vendor's talks and min the rest. Podium's ranking
// and the raw average see the same votes. Prints Kendall tau to the truth, precision of the top
// 25%, and the mean rank the brigade buys for its vendor's proposals (vs the same event without
// the brigade), per seed and as medians; then whether the targets are met.
// Run: node scripts/bench.mjs fairness   (FAIRNESS_SEEDS=n for more or fewer seeds)
import { fitRanking } from "../lib/ranking/rank";
import { kendallTau, median, precisionAtTop, ranksOf } from "../lib/ranking/metrics";
import { rawAverage, simulateEvent, type SimulationOptions } from "../lib/ranking/simulate";
import type { RankingInput } from "../lib/ranking/types";

type Method = "podium" | "ordinal" | "raw";
type Row = { tau: number; precision: number; gain: number };

const podiumScores = (input: RankingInput) => new Map(fitRanking(input).proposals.map((p) => [p.id, p.communityScore]));
// Experimental: the interval-censored (ordered-probit-like) variant, off by default.
const ordinalScores = (input: RankingInput) =>
  new Map(fitRanking(input, { latent: true }).proposals.map((p) => [p.id, p.communityScore]));
const scorers: Record<Method, (input: RankingInput) => Map<string, number>> = {
  podium: podiumScores,
  ordinal: ordinalScores,
  raw: rawAverage,
};

function runScenario(label: string, options: Partial<SimulationOptions>, seeds: number[]) {
  const rows: Record<Method, Row[]> = { podium: [], ordinal: [], raw: [] };
  const detection: { caught: number; falsePositives: number }[] = [];
  console.log(`\n## ${label}`);
  for (const seed of seeds) {
    const sim = simulateEvent({ ...options, seed });
    const vendor = sim.input.proposals
      .filter((p) => p.organizationIds.includes(sim.brigadeOrganizationId))
      .map((p) => p.id);
    const line: string[] = [];
    for (const method of ["podium", "ordinal", "raw"] as Method[]) {
      const withBrigade = scorers[method](sim.input);
      const without = scorers[method](sim.withoutBrigade);
      const rWith = ranksOf(withBrigade);
      const rWithout = ranksOf(without);
      const gain = vendor.reduce((s, id) => s + (rWithout.get(id)! - rWith.get(id)!), 0) / vendor.length;
      const row = {
        tau: kendallTau(withBrigade, sim.truth),
        precision: precisionAtTop(withBrigade, sim.truth, 0.25),
        gain,
      };
      rows[method].push(row);
      line.push(`${method} tau ${row.tau.toFixed(3)} prec ${row.precision.toFixed(3)} gain ${row.gain.toFixed(1)}`);
    }
    const result = fitRanking(sim.input);
    const low = new Set(result.voters.assessments.filter((a) => a.weight < 0.5).map((a) => a.id));
    const caught = [...sim.brigadeVoterIds].filter((id) => low.has(id)).length;
    detection.push({ caught, falsePositives: low.size - caught });
    console.log(
      `seed ${seed}: ${line.join(" | ")} | brigade down-weighted ${caught}/${sim.brigadeVoterIds.size}, honest down-weighted ${low.size - caught}`,
    );
  }
  const med = (m: Method, k: keyof Row) => median(rows[m].map((r) => r[k]));
  console.log(`\nmedians over ${seeds.length} seeds        podium    raw average   (podium, ordinal variant)`);
  console.log(
    `  Kendall tau to truth          ${med("podium", "tau").toFixed(3)}     ${med("raw", "tau").toFixed(3)}         ${med("ordinal", "tau").toFixed(3)}`,
  );
  console.log(
    `  precision of top 25%          ${med("podium", "precision").toFixed(3)}     ${med("raw", "precision").toFixed(3)}         ${med("ordinal", "precision").toFixed(3)}`,
  );
  console.log(
    `  brigade rank gain (mean)      ${med("podium", "gain").toFixed(1).padStart(5)}     ${med("raw", "gain").toFixed(1)}         ${med("ordinal", "gain").toFixed(1)}`,
  );
  console.log(
    `  brigade accounts down-weighted ${median(detection.map((d) => d.caught))}, honest voters down-weighted ${median(detection.map((d) => d.falsePositives))}`,
  );
  const targets = [
    ["Podium beats raw average on Kendall tau", med("podium", "tau") > med("raw", "tau")],
    ["Podium beats raw average on top-25% precision", med("podium", "precision") > med("raw", "precision")],
    ["brigade gain under Podium < 1/5 of its gain under raw average", med("podium", "gain") < med("raw", "gain") / 5],
  ] as const;
  for (const [name, met] of targets) console.log(`  ${met ? "MET    " : "NOT MET"} ${name}`);
  return targets.every(([, met]) => met);
}

const seedCount = Number(process.env.FAIRNESS_SEEDS ?? 5);
const seeds = Array.from({ length: seedCount }, (_, i) => i + 1);
const started = Date.now();
let ok = runScenario(
  "Summit: 400 proposals, 600 honest voters x 30 (~40 votes/proposal), 150 brigade accounts",
  {},
  seeds,
);
ok =
  runScenario(
    "Small event: 200 proposals, 150 honest voters x 15 (~10 votes/proposal), 40 brigade accounts",
    { proposals: 200, vendorSizes: [20, 15, 12, 10], midOrgs: 10, honestVoters: 150, ballotSize: 15, brigade: 40 },
    seeds,
  ) && ok;
ok =
  runScenario(
    "Wide leniency spread (SD 1.0), 20% skips, 150 brigade accounts",
    { leniencySd: 1.0, skipRate: 0.2 },
    seeds,
  ) && ok;
console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exitCode = ok ? 0 : 1;
