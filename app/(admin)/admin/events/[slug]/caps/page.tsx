import type { Metadata } from "next";
import { CapExceptionForm, RemoveCapExceptionForm } from "@/components/proposals/cap-exception-form";
import { Card, PageHeader } from "@/components/ui/card";
import { loadAdminEvent } from "@/lib/auth/admin-page";

export const metadata: Metadata = { title: "Cap exceptions" };

type Props = { params: Promise<{ slug: string }> };

export default async function CapExceptionsPage({ params }: Props) {
  const { slug } = await params;
  const { event } = await loadAdminEvent(slug, "/caps", {
    slug: true,
    name: true,
    maxProposalsPerSpeaker: true,
    maxProposalsPerOrg: true,
    coSpeakersCountTowardCap: true,
    capExceptions: {
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        extraProposals: true,
        reason: true,
        createdAt: true,
        user: { select: { email: true, name: true } },
        grantedBy: { select: { name: true, email: true } },
      },
    },
  });
  const cap = (n: number) => (n <= 0 ? "unlimited" : String(n));

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: `/admin/events/${event.slug}`, label: event.name }}
          title="Cap exceptions"
          subtitle={`Per speaker: ${cap(event.maxProposalsPerSpeaker)}${event.coSpeakersCountTowardCap ? " (co-speaking counts)" : ""}; per organization: ${cap(event.maxProposalsPerOrg)}. Change the caps in the event settings.`}
        />
      </div>

      <Card>
        <h2 className="text-lg font-semibold">Grant an exception</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Extra proposals over the per-speaker cap for one person. Every grant and removal is audit-logged with its
          reason.
        </p>
        <CapExceptionForm eventSlug={event.slug} />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">Current exceptions</h2>
        {event.capExceptions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600" data-testid="no-exceptions">
            None.
          </p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-100" data-testid="cap-exceptions">
            {event.capExceptions.map((x) => (
              <li
                key={x.id}
                className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 lg:flex-row lg:items-start lg:justify-between"
                data-testid="cap-exception"
              >
                <div className="min-w-0 text-sm">
                  <p className="font-medium text-slate-900">
                    {x.user.name ?? x.user.email} <span className="font-normal text-slate-500">{x.user.email}</span>
                  </p>
                  <p className="text-slate-700">
                    +{x.extraProposals} proposal{x.extraProposals === 1 ? "" : "s"} · {x.reason}
                  </p>
                  <p className="text-xs text-slate-500">
                    Granted by {x.grantedBy.name ?? x.grantedBy.email} on {x.createdAt.toISOString().slice(0, 10)}
                  </p>
                </div>
                <RemoveCapExceptionForm eventSlug={event.slug} email={x.user.email} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
