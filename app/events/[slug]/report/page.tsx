import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { showCell } from "@/lib/report/suppress";
import { buildTransparencyReport } from "@/lib/report/transparency";

// The public transparency report (no sign-in): how the program was selected, aggregates only.
export const metadata: Metadata = { title: "Transparency report" };

type Props = { params: Promise<{ slug: string }> };

const pct = (x: number | null) => (x === null ? "–" : `${x}%`);

export default async function TransparencyReportPage({ params }: Props) {
  const { slug } = await params;
  const result = await buildTransparencyReport(slug);
  if (!result.ok) {
    if (result.code === "not_found") notFound();
    return (
      <div className="space-y-6">
        <PageHeader title="Transparency report" />
        <Alert tone="info">{result.message}</Alert>
      </div>
    );
  }
  const r = result.report;
  const o = r.organizations;
  return (
    <div className="space-y-6" data-testid="transparency-report">
      <div>
        <PageHeader
          back={{ href: `/events/${r.event.slug}`, label: r.event.name }}
          title={`How ${r.event.name} selected its program`}
          subtitle={`Aggregates only: counts from 1 to ${r.minCell - 1} are shown as “<${r.minCell}”, and organizations are named only with at least ${r.minCell} proposals.`}
        />
      </div>

      <section className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="Proposals" value={String(r.proposals.submitted)} />
        <Stat label="Accepted" value={String(r.proposals.accepted)} />
        <Stat label="Voters" value={String(r.voting.voters)} />
        <Stat label="Votes cast" value={String(r.voting.votesCast)} detail={`plus ${r.voting.skips} skips`} />
      </section>

      <Card>
        <h2 className="text-lg font-semibold">Proposals</h2>
        <Table
          head={["Submitted", "Accepted", "Waitlisted", "Not accepted", "Withdrawn"]}
          rows={[
            [
              String(r.proposals.submitted),
              String(r.proposals.accepted),
              showCell(r.proposals.waitlisted),
              showCell(r.proposals.rejected),
              showCell(r.proposals.withdrawn),
            ],
          ]}
        />
        <Table
          head={["Track", "Proposals", "Accepted", "Slots"]}
          rows={r.tracks.map((t) => [t.name, String(t.submitted), String(t.accepted), t.slots ? String(t.slots) : "–"])}
        />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Community vote</h2>
        <ul className="mt-2 space-y-1 text-sm text-slate-700">
          <li>
            {r.voting.voters} voters scored anonymized ballots of {r.voting.ballotSize} proposals each;{" "}
            {r.voting.votesCast} votes were cast and {r.voting.skips} items skipped.
          </li>
          <li data-testid="report-downweighted">
            Voters down-weighted because their votes looked like a campaign: {showCell(r.voting.downweightedVoters)}.
          </li>
        </ul>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Acceptance by organization</h2>
        <Table
          head={["Organization", "Proposals", "Accepted", "Acceptance"]}
          rows={[
            ...o.listed.map((x) => [x.name, String(x.submitted), String(x.accepted), `${x.acceptanceRate}%`]),
            [
              `${o.others.organizations} other organizations`,
              showCell(o.others.submitted),
              String(o.others.accepted),
              "–",
            ],
            ["No organization", showCell(o.independent.submitted), String(o.independent.accepted), "–"],
          ]}
        />
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          <li>Organizations among the accepted proposals: {o.distinctAmongAccepted}</li>
          <li>Largest organization&rsquo;s share of accepted proposals: {pct(o.topShare)}</li>
          <li>Concentration (Herfindahl-Hirschman index, 0 to 10,000): {o.hhi ?? "–"}</li>
          <li>Limit of accepted proposals per organization: {o.maxAcceptedPerOrg ?? "none"}</li>
        </ul>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Newcomers</h2>
        <p className="mt-2 text-sm text-slate-700">
          Accepted proposals whose speakers all speak here for the first time: {r.newcomers.accepted} (
          {pct(r.newcomers.share)}); target {pct(r.newcomers.target)}.
        </p>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold" id="method">
          Method
        </h2>
        <p className="mt-2 text-sm text-slate-700">{r.method.summary}</p>
        <ul className="mt-3 space-y-1 text-sm text-slate-700">
          <li>Weight of past session feedback: {r.feedbackWeight}</li>
          <li>Decisions applied with a written override of a selection rule: {r.overrides}</li>
          {r.method.model ? <li>Model: {r.method.model}</li> : null}
          <li>
            Model description: <code className="text-xs">{r.method.modelDescription}</code> in the Podium source
          </li>
        </ul>
        <p className="mt-3 text-xs text-slate-500">Generated {r.generatedAt}.</p>
      </Card>
    </div>
  );
}

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <p className="text-xs text-slate-500">{label}</p>
      <p className="mt-1 text-2xl font-semibold tabular-nums">{value}</p>
      {detail ? <p className="text-xs text-slate-500">{detail}</p> : null}
    </div>
  );
}

function Table({ head, rows }: { head: string[]; rows: string[][] }) {
  return (
    <div className="mt-3 overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="text-left text-slate-600">
          <tr>
            {head.map((h, i) => (
              <th key={h} scope="col" className={`px-2 py-1 font-medium ${i ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) => (
                <td key={j} className={`px-2 py-1 ${j ? "text-right tabular-nums" : ""}`}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
