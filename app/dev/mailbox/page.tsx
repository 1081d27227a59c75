import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isOrganizer } from "@/lib/auth/roles";
import { isDevMailboxEnabled, listOutbox } from "@/lib/notifications/outbox";

export const metadata = { title: "Demo mailbox" };

/**
 * Demo tool: the outbox of a DEMO_MODE server without SMTP, for organizers only (it holds every
 * sign-in link). Everyone else, and every real deployment, gets a plain 404.
 */
export default async function MailboxPage() {
  if (!isDevMailboxEnabled()) notFound();
  const user = await getCurrentUser();
  if (!user || !isOrganizer(user)) notFound();
  const mails = await listOutbox(50);
  return (
    <div className="space-y-4">
      <PageHeader
        title="Demo mailbox"
        subtitle="This is a demo tool: the server runs with DEMO_MODE=true and no SMTP server, so e-mails stay here, visible to organizers only. Real deployments set SMTP_URL and never show this page."
      />
      {mails.length === 0 ? <Card>No e-mails yet.</Card> : null}
      {mails.map((m) => (
        <div key={m.id} data-testid="mail-item">
          <Card>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <Badge tone={m.status === "SENT" ? "green" : "slate"}>{m.status.toLowerCase()}</Badge>
              <span>to {m.to}</span>
              <span>· {m.createdAt.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
              <span>· {m.kind}</span>
            </div>
            <h2 className="mt-2 font-semibold">{m.subject}</h2>
            <pre
              className="mt-2 whitespace-pre-wrap break-all font-sans text-sm text-slate-800"
              data-testid="mail-text"
            >
              {m.text}
            </pre>
          </Card>
        </div>
      ))}
    </div>
  );
}
