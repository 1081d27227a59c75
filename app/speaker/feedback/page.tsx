import type { Metadata } from "next";
import { SessionResults } from "@/components/feedback/session-results";
import { WindowBadge } from "@/components/feedback/window-note";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { CardTable, Th } from "@/components/ui/table";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getOwnFeedbackHistory } from "@/lib/feedback/data";

export const metadata: Metadata = { title: "My feedback" };

export default async function SpeakerFeedbackPage() {
  const user = await requirePageUser("/speaker/feedback");
  // Only the signed-in speaker's own rows and sessions.
  const history = await getOwnFeedbackHistory(user.id);
  const rep = history.reputation;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div>
        <PageHeader
          back={{ href: "/profile", label: "Profile" }}
          title="My feedback"
          subtitle="How attendees rated your past sessions, and the reputation chairs see next to your proposals. Voters never see it."
        />
      </div>

      <Card>
        <h2 className="text-lg font-semibold">Reputation</h2>
        {rep ? (
          <div className="mt-2 space-y-1 text-sm text-slate-700" data-testid="own-reputation">
            <p>
              Score{" "}
              <strong className="tabular-nums">
                {rep.score >= 0 ? "+" : ""}
                {rep.score.toFixed(2)}
              </strong>{" "}
              (0 = an average speaker), from <span className="tabular-nums">{rep.ratingCount}</span> rating
              {rep.ratingCount === 1 ? "" : "s"} in {rep.sessions} session{rep.sessions === 1 ? "" : "s"}.
            </p>
            <p className="text-xs text-slate-500">
              Few ratings barely move a reputation away from average; many ratings do. Older sessions count less (half
              as much every two years). Chairs see it as its own column, weighted by the event&apos;s feedback weight;
              it never replaces the community vote.
            </p>
          </div>
        ) : (
          <p className="mt-2 text-sm text-slate-700" data-testid="own-reputation">
            <Badge tone="green">First-time speaker</Badge> No past feedback is on record, so your reputation is neutral:
            it neither helps nor hurts your proposals.
          </p>
        )}
      </Card>

      {history.sessions.length ? (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">Sessions rated in Podium</h2>
          <ul className="space-y-3" data-testid="own-sessions">
            {history.sessions.map((s) => (
              <li key={`${s.eventSlug}-${s.title}`} data-testid="own-session" data-session-title={s.title}>
                <Card>
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <div>
                      <h3 className="font-semibold text-slate-900">{s.title}</h3>
                      <p className="text-sm text-slate-600">{s.eventName}</p>
                    </div>
                    <WindowBadge window={s.window} timeZone="UTC" />
                  </div>
                  <div className="mt-3">
                    <SessionResults
                      results={s.results}
                      commentsNote="Comments appear after the feedback window closes, when ratings are final."
                    />
                  </div>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="space-y-3">
        <h2 className="text-xl font-semibold">Feedback history</h2>
        {history.past.length === 0 ? (
          <Card>
            <p className="text-slate-700">Nothing on record yet.</p>
          </Card>
        ) : (
          <CardTable
            testId="feedback-history"
            head={
              <>
                <Th>Event</Th>
                <Th>Session</Th>
                <Th numeric>Average</Th>
                <Th numeric>Ratings</Th>
                <Th>Source</Th>
              </>
            }
          >
            <tbody className="divide-y divide-slate-100">
              {history.past.map((f) => (
                <tr key={f.id}>
                  <td className="px-4 py-3">{f.eventName}</td>
                  <td className="px-4 py-3">{f.sessionTitle}</td>
                  <td className="px-4 py-3 text-right tabular-nums">
                    {f.ratingAverage.toFixed(2)} / {f.scaleMax}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{f.ratingCount}</td>
                  <td className="px-4 py-3">{f.source === "IN_APP" ? "Podium" : "Imported"}</td>
                </tr>
              ))}
            </tbody>
          </CardTable>
        )}
      </section>
    </div>
  );
}
