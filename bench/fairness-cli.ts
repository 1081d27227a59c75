// The held-out fairness check through the real CLI path, not the in-process model: a held-out
// world (lib/ranking/simulate-heldout.ts, stealth campaign + honest fans) is written as CSV files,
// imported with `podium import:proposals`, `podium import:votes` (with voter_created_at and
// voter_organization) and `podium import:feedback` into a throwaway PGlite database, and ranked
// with `podium rank --format json`. The same world without the campaign goes into a second event.
// Prints Kendall tau of combinedScore / communityScore / raw average, the campaign's rank gain
// under Podium and the raw average, down-weighted voters, pAccept calibration and split-half
// agreement, as the CLI reports them.
// Run: node scripts/bench.mjs fairness-cli   (CLI_PROPOSALS / CLI_VOTERS / CLI_CAMPAIGN to resize)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { acceptedSetSize } from "../lib/ranking/confidence";
import { kendallTau, ranksOf } from "../lib/ranking/metrics";
import { DEFAULT_ACCEPTANCE_SHARE } from "../lib/ranking/rank";
import { rawAverage } from "../lib/ranking/simulate";
import { simulateHeldout, type HeldoutCampaign } from "../lib/ranking/simulate-heldout";
import type { RankingInput } from "../lib/ranking/types";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "podium-fairness-cli-"));
const env = { ...process.env, DATABASE_URL: `pglite://${path.join(dir, "db")}` };
const campaign = (process.env.CLI_CAMPAIGN ?? "stealth") as HeldoutCampaign;
const sim = simulateHeldout({
  seed: 21,
  proposals: Number(process.env.CLI_PROPOSALS ?? 240),
  honestVoters: Number(process.env.CLI_VOTERS ?? 360),
  campaign,
  campaignSize: Number(process.env.CLI_CAMPAIGN_SIZE ?? 150),
});

function podium(...args: string[]): string {
  const r = spawnSync(process.execPath, [path.join(root, "bin/podium.mjs"), ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`podium ${args.join(" ")} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}
const csv = (rows: (string | number | null)[][]) =>
  rows
    .map((r) =>
      r
        .map((c) => {
          const s = c === null ? "" : String(c);
          return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(","),
    )
    .join("\r\n") + "\r\n";
const write = (name: string, rows: (string | number | null)[][]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, csv(rows));
  return file;
};
// Company people write from their company's domain; independents from their own.
const speakerOrg = new Map(
  sim.input.proposals.map((p) => [sim.speakersOf.get(p.id)![0], p.organizationIds[0] ?? null]),
);
const speakerEmail = (id: string) => `${id}@${speakerOrg.get(id) ?? `home-${id}`}.example`;
const voterEmail = (id: string) => `${id}@${sim.organizationOf.get(id) ?? `home-${id}`}.example`;

function proposalsCsv(prefix: string) {
  const trackName = { "t-core": "Core", "t-data": "Data" } as Record<string, string>;
  return write(`${prefix}-proposals.csv`, [
    ["external_id", "title", "abstract", "track", "format", "speaker_email", "speaker_name", "organization"],
    ...sim.input.proposals.map((p, i) => [
      `${prefix}-${p.id}`,
      `Proposal number ${i + 1} on systems`,
      `An abstract about topic ${i + 1}: what we built, what broke, and what we would do differently next time.`,
      trackName[p.trackId],
      "talk",
      speakerEmail(sim.speakersOf.get(p.id)![0]),
      `Speaker ${sim.speakersOf.get(p.id)![0].slice(3)}`,
      p.organizationIds[0] ?? "",
    ]),
  ]);
}
function votesCsv(prefix: string, input: RankingInput) {
  const created = new Map(input.voters.map((v) => [v.id, v.accountCreatedAt.toISOString()]));
  return write(`${prefix}-votes.csv`, [
    ["voter_email", "proposal_external_id", "score", "voted_at", "voter_created_at", "voter_organization"],
    ...input.votes.map((v) => [
      voterEmail(v.voterId),
      `${prefix}-${v.proposalId}`,
      v.score,
      v.votedAt.toISOString(),
      created.get(v.voterId)!,
      sim.organizationOf.get(v.voterId) ?? "",
    ]),
  ]);
}

type RankJson = {
  proposals: { externalId: string; combinedScore: number; communityScore: number; pAccept: number; track: string }[];
  voters: { total: number; downweighted: number };
  reliability: { splitHalfTopAgreement: number };
};

const t0 = Date.now();
podium("db:migrate");
for (const [slug, name] of [
  ["with", "Held-out with campaign"],
  ["without", "Held-out without campaign"],
])
  podium(
    "event:create",
    "--slug",
    `heldout-${slug}`,
    "--name",
    name,
    "--tracks",
    "Core;Data",
    "--max-per-speaker",
    "0",
    "--max-per-org",
    "0",
    "--phase",
    "REVIEW",
  );
podium("import:proposals", "--event", "heldout-with", proposalsCsv("with"));
podium("import:proposals", "--event", "heldout-without", proposalsCsv("without"));
let session = 0;
podium(
  "import:feedback",
  write("feedback.csv", [
    ["speaker_email", "event", "session_title", "rating_average", "rating_count", "scale_max"],
    ...sim.feedback.map((f) => [
      speakerEmail(f.speakerId),
      "Past Summit",
      `Session ${++session}`,
      (1 + 4 * f.normalizedAverage).toFixed(2),
      f.ratingCount,
      5,
    ]),
  ]),
);
podium("import:votes", "--event", "heldout-with", votesCsv("with", sim.input));
podium("import:votes", "--event", "heldout-without", votesCsv("without", sim.withoutCampaign));
const imported = (Date.now() - t0) / 1000;
const t1 = Date.now();
const withCampaign = JSON.parse(podium("rank", "--event", "heldout-with", "--format", "json")) as RankJson;
if (process.env.CLI_KEEP) console.log(JSON.stringify(withCampaign.proposals.slice(0, 2)));
const rankSeconds = (Date.now() - t1) / 1000;
const without = JSON.parse(podium("rank", "--event", "heldout-without", "--format", "json")) as RankJson;

const strip = (prefix: string, id: string) => id.slice(prefix.length + 1);
const scores = (r: RankJson, prefix: string, key: "combinedScore" | "communityScore") =>
  new Map(r.proposals.map((p) => [strip(prefix, p.externalId), p[key]]));
const target = sim.input.proposals.filter((p) => p.organizationIds.includes(sim.vendorOrganizationId)).map((p) => p.id);
const gain = (a: Map<string, number>, b: Map<string, number>) => {
  const ra = ranksOf(a);
  const rb = ranksOf(b);
  return target.reduce((s, id) => s + (rb.get(id)! - ra.get(id)!), 0) / target.length;
};
const raw = rawAverage(sim.input);
const f3 = (x: number) => x.toFixed(3);
console.log(
  `Held-out world through the CLI: ${sim.input.proposals.length} proposals, ${sim.input.voters.length} voters ` +
    `(${sim.campaignVoterIds.size} ${campaign} campaign accounts), ${sim.input.votes.length} votes; imports ${imported.toFixed(0)} s, rank ${rankSeconds.toFixed(1)} s`,
);
console.log(
  `  Kendall tau (with campaign): combined ${f3(kendallTau(scores(withCampaign, "with", "combinedScore"), sim.truth))}, ` +
    `community ${f3(kendallTau(scores(withCampaign, "with", "communityScore"), sim.truth))}, raw ${f3(kendallTau(raw, sim.truth))}`,
);
console.log(
  `  Kendall tau (no campaign):   combined ${f3(kendallTau(scores(without, "without", "combinedScore"), sim.truth))}, ` +
    `community ${f3(kendallTau(scores(without, "without", "communityScore"), sim.truth))}, raw ${f3(kendallTau(rawAverage(sim.withoutCampaign), sim.truth))}`,
);
const podiumGain = gain(scores(withCampaign, "with", "combinedScore"), scores(without, "without", "combinedScore"));
const rawGain = gain(raw, rawAverage(sim.withoutCampaign));
console.log(
  `  campaign rank gain for its vendor: Podium ${podiumGain.toFixed(1)}, raw average ${rawGain.toFixed(1)} (ratio ${(podiumGain / rawGain).toFixed(3)})`,
);
const honestTotal = without.voters.total;
console.log(
  `  voters down-weighted: ${withCampaign.voters.downweighted} of ${withCampaign.voters.total} with the campaign; ` +
    `${without.voters.downweighted} of ${honestTotal} honest voters (${((100 * without.voters.downweighted) / honestTotal).toFixed(1)}%) without it`,
);
const top = new Set<string>();
for (const track of ["t-core", "t-data"]) {
  const ids = sim.input.proposals.filter((p) => p.trackId === track).map((p) => p.id);
  ids.sort((a, b) => sim.truth.get(b)! - sim.truth.get(a)!);
  ids.slice(0, acceptedSetSize(ids.length, undefined, DEFAULT_ACCEPTANCE_SHARE)).forEach((id) => top.add(id));
}
const bin = (r: RankJson, prefix: string, lo: number, hi: number) => {
  const xs = r.proposals.filter((p) => p.pAccept >= lo && p.pAccept <= hi);
  return `${xs.filter((p) => top.has(strip(prefix, p.externalId))).length}/${xs.length}`;
};
console.log(
  `  pAccept calibration (truly in top set): [0.8,1] ${bin(withCampaign, "with", 0.8, 1)} and ${bin(without, "without", 0.8, 1)}; ` +
    `[0,0.2] ${bin(withCampaign, "with", 0, 0.2)} and ${bin(without, "without", 0, 0.2)}`,
);
console.log(
  `  split-half top-set agreement: ${withCampaign.reliability.splitHalfTopAgreement} / ${without.reliability.splitHalfTopAgreement}`,
);
if (process.env.CLI_KEEP) console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
