// The transparency report as Markdown (`podium report --format md`). Pure.
import { showCell } from "./suppress";
import type { TransparencyReport } from "./transparency";

const pct = (x: number | null) => (x === null ? "–" : `${x}%`);

export function reportToMarkdown(r: TransparencyReport): string {
  const o = r.organizations;
  const lines = [
    `# How ${r.event.name} selected its program`,
    "",
    `Generated ${r.generatedAt}. Aggregates only: counts from 1 to ${r.minCell - 1} are shown as "<${r.minCell}", and organizations appear by name only with at least ${r.minCell} proposals.`,
    "",
    "## Proposals",
    "",
    "| Submitted | Accepted | Waitlisted | Not accepted | Withdrawn |",
    "|---:|---:|---:|---:|---:|",
    `| ${r.proposals.submitted} | ${r.proposals.accepted} | ${showCell(r.proposals.waitlisted)} | ${showCell(r.proposals.rejected)} | ${showCell(r.proposals.withdrawn)} |`,
    "",
    "| Track | Proposals | Accepted | Slots |",
    "|---|---:|---:|---:|",
    ...r.tracks.map((t) => `| ${t.name} | ${t.submitted} | ${t.accepted} | ${t.slots ?? "–"} |`),
    "",
    "## Community vote",
    "",
    `- Voters: ${r.voting.voters} (ballot size ${r.voting.ballotSize})`,
    `- Votes cast: ${r.voting.votesCast} (plus ${r.voting.skips} skips)`,
    `- Voters down-weighted as campaign-like: ${showCell(r.voting.downweightedVoters)}`,
    "",
    "## Acceptance by organization",
    "",
    "| Organization | Proposals | Accepted | Acceptance |",
    "|---|---:|---:|---:|",
    ...o.listed.map((x) => `| ${x.name} | ${x.submitted} | ${x.accepted} | ${x.acceptanceRate}% |`),
    `| ${o.others.organizations} other organizations | ${showCell(o.others.submitted)} | ${o.others.accepted} | – |`,
    `| No organization | ${showCell(o.independent.submitted)} | ${o.independent.accepted} | – |`,
    "",
    `- Organizations among accepted proposals: ${o.distinctAmongAccepted}`,
    `- Largest organization's share of accepted proposals: ${pct(o.topShare)}`,
    `- Concentration (HHI, 0 to 10,000): ${o.hhi ?? "–"}`,
    `- Limit per organization: ${o.maxAcceptedPerOrg ?? "none"}`,
    "",
    "## Newcomers",
    "",
    `- Accepted proposals by first-time speakers: ${r.newcomers.accepted} (${pct(r.newcomers.share)}; target ${pct(r.newcomers.target)})`,
    "",
    "## Method",
    "",
    r.method.summary,
    "",
    `- Past-feedback weight: ${r.feedbackWeight}`,
    `- Decisions applied with a written override of a rule: ${r.overrides}`,
    r.method.model ? `- Model: ${r.method.model}` : "",
    `- Model description: ${r.method.modelDescription}`,
    "",
  ];
  return lines.filter((l, i, a) => !(l === "" && a[i - 1] === "")).join("\n");
}
