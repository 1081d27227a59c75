import type { Metadata } from "next";
import Link from "next/link";
import { PhaseBadge } from "@/components/events/phase-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { CardTable, Th } from "@/components/ui/table";
import { requirePageRole } from "@/lib/auth/page-guards";
import { hasRole } from "@/lib/auth/roles";
import { listEvents } from "@/lib/events/data";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminPage() {
  const user = await requirePageRole("ORGANIZER", "/admin");
  const events = await listEvents();
  return (
    <div>
      <PageHeader
        title="Events"
        subtitle="Create events, set phases, dates, caps and voting rules, and assign track chairs."
        actions={
          <>
            {hasRole(user, "ADMIN") ? (
              <Link href="/admin/roles" className={buttonClass("secondary")} data-testid="link-roles">
                Organizers and admins
              </Link>
            ) : null}
            <Link href="/admin/audit" className={buttonClass("secondary")} data-testid="link-audit">
              Audit log
            </Link>
            <Link href="/admin/feedback" className={buttonClass("secondary")} data-testid="link-feedback">
              Past feedback
            </Link>
            <Link href="/admin/events/new" className={buttonClass()} data-testid="new-event">
              New event
            </Link>
          </>
        }
      />
      {events.length === 0 ? (
        <Card>
          <p className="text-slate-700">No events yet. Create the first one with New event.</p>
        </Card>
      ) : (
        <>
          {/* Phone: cards; wider screens: a table. */}
          <ul className="space-y-3 sm:hidden" data-testid="events-list">
            {events.map((e) => (
              <li key={e.id}>
                <Card>
                  <div className="flex items-start justify-between gap-2">
                    <Link href={`/admin/events/${e.slug}`} className="font-semibold text-brand-700 hover:underline">
                      {e.name}
                    </Link>
                    <PhaseBadge phase={e.phase} />
                  </div>
                  <p className="mt-1 text-xs text-slate-500">{e.slug}</p>
                  <p className="mt-2 text-sm text-slate-600">
                    {e._count.tracks} tracks · {e._count.formats} formats · {e._count.proposals} proposals
                  </p>
                </Card>
              </li>
            ))}
          </ul>
          <CardTable
            className="hidden sm:block"
            testId="events-table"
            head={
              <>
                <Th>Event</Th>
                <Th>Phase</Th>
                <Th numeric>Tracks</Th>
                <Th numeric>Formats</Th>
                <Th numeric>Proposals</Th>
                <Th hidden>Actions</Th>
              </>
            }
          >
            <tbody className="divide-y divide-slate-100">
              {events.map((e) => (
                <tr key={e.id}>
                  <td className="px-4 py-3">
                    <p className="font-medium text-slate-900">{e.name}</p>
                    <p className="text-xs text-slate-500">{e.slug}</p>
                  </td>
                  <td className="px-4 py-3">
                    <PhaseBadge phase={e.phase} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{e._count.tracks}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{e._count.formats}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{e._count.proposals}</td>
                  <td className="whitespace-nowrap px-4 py-3 text-right">
                    <Link href={`/admin/events/${e.slug}`} className="font-medium text-brand-700 hover:underline">
                      Edit<span className="sr-only"> {e.name}</span>
                    </Link>
                    <span className="px-2 text-slate-300">|</span>
                    <Link href={`/events/${e.slug}`} className="font-medium text-slate-600 hover:underline">
                      View<span className="sr-only"> {e.name}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </CardTable>
        </>
      )}
    </div>
  );
}
