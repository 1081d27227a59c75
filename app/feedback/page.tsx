import type { Metadata } from "next";
import Link from "next/link";
import { formatEventDate } from "@/components/events/format-date";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { listFeedbackEvents } from "@/lib/feedback/data";

export const metadata: Metadata = { title: "Session feedback" };

export default async function FeedbackIndexPage() {
  await requirePageUser("/feedback");
  const events = await listFeedbackEvents();
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Session feedback"
        subtitle="Rate the sessions you attended. Your ratings help choose the next program."
      />
      {events.length === 0 ? (
        <Card>
          <p className="text-slate-700">No published program has sessions to rate yet.</p>
        </Card>
      ) : (
        <ul className="space-y-3" data-testid="feedback-events">
          {events.map((e) => (
            <li key={e.slug}>
              <Card>
                <Link href={`/feedback/${e.slug}`} className="font-semibold text-brand-700 hover:underline">
                  {e.name}
                </Link>
                <p className="mt-1 text-sm text-slate-600">
                  {formatEventDate(e.eventStartsAt, e.timezone, false)} · {e._count.sessions} session
                  {e._count.sessions === 1 ? "" : "s"}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
