import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatEventDate } from "@/components/events/format-date";
import { RatingForm } from "@/components/feedback/rating-form";
import { SessionResults } from "@/components/feedback/session-results";
import { WindowBadge } from "@/components/feedback/window-note";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getEventFeedback } from "@/lib/feedback/data";

export const metadata: Metadata = { title: "Rate sessions" };

type Props = { params: Promise<{ eventSlug: string }> };

export default async function EventFeedbackPage({ params }: Props) {
  const { eventSlug } = await params;
  const user = await requirePageUser(`/feedback/${eventSlug}`);
  // Only published programs: before that, accepted proposals are not public.
  const data = await getEventFeedback(eventSlug, user);
  if (!data) notFound();
  const { event, sessions } = data;
  const tz = event.timezone;

  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        back={{ href: "/feedback", label: "All events" }}
        title={`Rate the sessions of ${event.name}`}
        subtitle="Rate the sessions you attended from 1 to 5. You can change your rating until the feedback window closes."
      />
      {sessions.length === 0 ? (
        <Card>
          <p className="text-slate-700">The program has no sessions yet.</p>
        </Card>
      ) : (
        <ul className="space-y-4" data-testid="feedback-sessions">
          {sessions.map((s) => (
            <li key={s.id} data-testid="feedback-session" data-session-title={s.title}>
              <Card>
                <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                  <div>
                    <h2 className="text-lg font-semibold text-slate-900">{s.title}</h2>
                    <p className="text-sm text-slate-600">
                      {s.speakers.join(", ")} · {s.trackName} · {s.formatName}
                    </p>
                    <p className="text-xs text-slate-500">
                      {s.startsAt ? formatEventDate(s.startsAt, tz) : "Time to be announced"}
                      {s.room ? ` · ${s.room}` : ""}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    {s.isOwn ? <Badge tone="brand">Your session</Badge> : null}
                    <WindowBadge window={s.window} timeZone={tz} />
                  </div>
                </div>
                <div className="mt-4 grid gap-6 md:grid-cols-2">
                  {s.isOwn ? (
                    <p className="text-sm text-slate-600">Speakers do not rate their own sessions.</p>
                  ) : s.window.state === "open" ? (
                    <RatingForm sessionId={s.id} eventSlug={event.slug} current={s.mine} />
                  ) : s.mine ? (
                    <p className="text-sm text-slate-700" data-testid="rating-final">
                      You rated this session {s.mine.rating} / 5.
                    </p>
                  ) : (
                    <Alert tone="info">
                      {s.window.state === "not_yet"
                        ? "You can rate this session once it has started."
                        : "Ratings for this session are closed."}
                    </Alert>
                  )}
                  {s.results ? (
                    <div>
                      <h3 className="mb-2 text-sm font-semibold text-slate-800">
                        {s.isOwn ? "Your feedback so far" : "Feedback (chairs and organizers)"}
                      </h3>
                      <SessionResults
                        results={s.results}
                        commentsNote="Comments appear here after the feedback window closes."
                      />
                    </div>
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
