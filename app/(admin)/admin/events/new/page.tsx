import type { Metadata } from "next";
import { EventForm } from "@/components/admin/event-form";
import { NEW_EVENT_VALUES } from "@/components/admin/event-form-values";
import { PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requirePageRole("ORGANIZER", "/admin/events/new");
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        back={{ href: "/admin", label: "All events" }}
        title="New event"
        subtitle="It starts as a draft; tracks, chairs and phases come next."
      />
      <EventForm mode="create" values={NEW_EVENT_VALUES} />
    </div>
  );
}
