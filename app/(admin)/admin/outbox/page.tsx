import type { Metadata } from "next";
import Link from "next/link";
import { formatEventDate } from "@/components/events/format-date";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { kindName } from "@/lib/notifications/outbox";
import { OUTBOX_TONES as TONES } from "./tones";

export const metadata: Metadata = { title: "Outbox" };

type Props = { searchParams: Promise<{ kind?: string }> };

// Every e-mail Podium sends, newest first (organizers only): what went out, to whom, and whether
// SMTP accepted it. Without SMTP, e-mails stay PENDING here (and in the dev mailbox in demo mode).
export default async function OutboxPage({ searchParams }: Props) {
  await requirePageRole("ORGANIZER", "/admin/outbox");
  const { kind } = await searchParams;
  const [mails, counts] = await Promise.all([
    db.outboxEmail.findMany({
      where: kind ? { kind } : {},
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 200,
    }),
    db.outboxEmail.groupBy({ by: ["kind", "status"], _count: { _all: true } }),
  ]);
  const kinds = [...new Set(counts.map((c) => c.kind))].sort();
  const smtp = env().smtpConfigured;

  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin", label: "All events" }}
          title="Outbox"
          subtitle={
            smtp
              ? "E-mails are sent over SMTP as they are queued; failed ones are retried with backoff."
              : "SMTP is not configured: e-mails wait here as pending."
          }
        />
      </div>
      <nav className="flex flex-wrap gap-2 text-sm" aria-label="Filter by kind">
        <Link href="/admin/outbox" className={kind ? "text-brand-700 hover:underline" : "font-semibold"}>
          All
        </Link>
        {kinds.map((k) => (
          <Link
            key={k}
            href={`/admin/outbox?kind=${encodeURIComponent(k)}`}
            className={kind === k ? "font-semibold" : "text-brand-700 hover:underline"}
          >
            {kindName(k)} ({counts.filter((c) => c.kind === k).reduce((n, c) => n + c._count._all, 0)})
          </Link>
        ))}
      </nav>
      <Card>
        {mails.length === 0 ? (
          <p className="text-sm text-slate-600">No e-mails yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="outbox">
            {mails.map((m) => (
              <li key={m.id} className="py-3" data-testid="outbox-email">
                <details>
                  <summary className="flex cursor-pointer flex-wrap items-center gap-2 text-sm">
                    <Badge tone={TONES[m.status]}>{m.status.toLowerCase()}</Badge>
                    <span className="font-medium text-slate-900">{m.subject}</span>
                    <span className="text-slate-600">to {m.to}</span>
                    <span className="text-xs text-slate-500">
                      {kindName(m.kind)} · {formatEventDate(m.createdAt, "UTC")}
                      {m.sentAt ? ` · sent ${formatEventDate(m.sentAt, "UTC")}` : ""}
                      {m.lastError ? ` · ${m.attempts} attempt(s), last error: ${m.lastError}` : ""}
                    </span>
                  </summary>
                  <pre className="mt-2 whitespace-pre-wrap rounded bg-slate-50 p-3 text-xs text-slate-800">
                    {m.text}
                  </pre>
                  <Link
                    href={`/admin/outbox/${m.id}`}
                    className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline"
                    data-testid="outbox-open"
                  >
                    Open{m.status === "FAILED" ? " to resend" : m.status === "PENDING" ? " to send or cancel" : ""}
                  </Link>
                </details>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
