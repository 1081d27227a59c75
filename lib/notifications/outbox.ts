import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";

// Every e-mail goes through the OutboxEmail table first: sending is retried, never doubled
// (dedupeKey is unique), and in a demo without SMTP the dev mailbox page shows it to organizers.

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /** Same key twice -> one e-mail. */
  dedupeKey?: string;
};

let transporter: Transporter | undefined;
function transport(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

/**
 * The dev mailbox exists only in a demo (DEMO_MODE=true) that cannot send real mail. Not merely
 * outside production: a staging server run with `next dev` is still reachable by strangers, and
 * the mailbox holds everyone's sign-in links. Who may open it is the page's check (organizers).
 */
export function isDevMailboxEnabled(): boolean {
  const e = env();
  return e.DEMO_MODE && !e.smtpConfigured;
}

export async function enqueueEmail(mail: OutgoingEmail): Promise<{ id: string; created: boolean }> {
  if (mail.dedupeKey) {
    const existing = await db.outboxEmail.findUnique({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
  }
  try {
    const row = await db.outboxEmail.create({ data: { ...mail, to: mail.to.toLowerCase() }, select: { id: true } });
    return { id: row.id, created: true };
  } catch (e) {
    // A concurrent enqueue with the same dedupeKey won the race: that one is ours too.
    if (mail.dedupeKey && (e as { code?: string }).code === "P2002") {
      const existing = await db.outboxEmail.findUniqueOrThrow({
        where: { dedupeKey: mail.dedupeKey },
        select: { id: true },
      });
      return { id: existing.id, created: false };
    }
    throw e;
  }
}

/** Sends one PENDING e-mail over SMTP if configured. Returns false when it stays in the outbox. */
export async function deliverEmail(id: string): Promise<boolean> {
  const t = transport();
  if (!t) return false;
  // Claim it first so two instances never send the same row.
  const claimed = await db.outboxEmail.updateMany({
    where: { id, status: { in: ["PENDING", "FAILED"] }, attempts: { lt: 5 } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) return false;
  const mail = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
  try {
    await t.sendMail({
      from: env().EMAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? undefined,
    });
    await db.outboxEmail.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
    return true;
  } catch (e) {
    await db.outboxEmail.update({ where: { id }, data: { status: "FAILED", lastError: String(e).slice(0, 500) } });
    return false;
  }
}

export async function deliverPending(limit = 50): Promise<number> {
  const rows = await db.outboxEmail.findMany({
    where: { status: { in: ["PENDING", "FAILED"] }, attempts: { lt: 5 } },
    orderBy: { createdAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let sent = 0;
  for (const r of rows) if (await deliverEmail(r.id)) sent++;
  return sent;
}

export function listOutbox(limit = 50) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
