import Link from "next/link";
import { EventCard } from "@/components/events/event-card-list";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isOrganizer } from "@/lib/auth/roles";
import { listEventsForHome } from "@/lib/events/home";

export default async function HomePage() {
  const user = await getCurrentUser();
  const events = await listEventsForHome(user !== null && isOrganizer(user));
  return (
    <div className="space-y-8">
      <PageHeader
        title="Talk selection that is fair by design"
        subtitle="Speakers submit, attendees vote on anonymized proposals, track chairs get a ranking that corrects for biased raters and vote campaigns."
      />
      <section aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className="text-lg font-semibold">
          Events
        </h2>
        {events.length === 0 ? (
          <Card>
            <p className="text-slate-700">No events yet.</p>
            {user && isOrganizer(user) ? (
              <Link href="/admin/events/new" className="mt-2 inline-block font-medium text-brand-700 hover:underline">
                Create the first event
              </Link>
            ) : null}
          </Card>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {events.map((e) => (
              <li key={e.id}>
                <EventCard event={e} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
