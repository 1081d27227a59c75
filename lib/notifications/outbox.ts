import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "../db/client";
import { env } from "../env";
import { fail, type Result } from "../errors";

// Every e-mail goes through the OutboxEmail table first: sending is retried with backoff by the
// delivery worker (worker.ts), never doubled (dedupeKey is unique, and a row is claimed in the
// database before it is sent, so two instances never send the same row), and in a demo without
// SMTP the dev mailbox page shows it to organizers.

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  kind: string;
  /** Same key twice -> one e-mail. */
  dedupeKey?: string;
};

/** Attempts before a message stays FAILED until an organizer resends it. */
export const MAX_ATTEMPTS = 8;
/** How long a claim holds: a worker that died mid-send releases the row after this. */
const CLAIM_MS = 2 * 60 * 1000;

/** Wait before attempt n+1 after n failed attempts: 30 s, 1 min, 2 min, ... capped at 1 h. */
export function backoffMs(attempts: number): number {
  return Math.min(60 * 60 * 1000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

export const KIND_NAMES: Record<string, string> = {
  magic_link: "Sign-in link",
  co_speaker_invite: "Co-speaker invitation",
  decision_accept: "Decision: accepted",
  decision_waitlist: "Decision: waitlisted",
  decision_reject: "Decision: not accepted",
  decision_test: "Decision e-mail (test)",
  chair_invite: "Chair invitation",
};

/** A human name for an outbox kind ("decision_accept" -> "Decision: accepted"). */
export function kindName(kind: string): string {
  return KIND_NAMES[kind] ?? kind.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}

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

export type DeliveryOptions = {
  /** Clock for backoff and claims (tests move it forward). */
  now?: Date;
  /** The SMTP transport; defaults to the one built from SMTP_URL. */
  transport?: Transporter;
};

/**
 * Sends one PENDING or FAILED e-mail whose backoff has passed, if SMTP is configured. The row is
 * claimed first with a conditional update (the database decides who sends it); returns false
 * when it stays in the outbox.
 */
export async function deliverEmail(id: string, options: DeliveryOptions = {}): Promise<boolean> {
  const t = options.transport ?? transport();
  if (!t) return false;
  const now = options.now ?? new Date();
  const claimUntil = new Date(now.getTime() + CLAIM_MS);
  const claimed = await db.outboxEmail.updateMany({
    where: {
      id,
      status: { in: ["PENDING", "FAILED"] },
      attempts: { lt: MAX_ATTEMPTS },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
      AND: [{ OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] }],
    },
    data: { attempts: { increment: 1 }, claimedUntil: claimUntil },
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
    await db.outboxEmail.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), lastError: null, claimedUntil: null, nextAttemptAt: null },
    });
    return true;
  } catch (e) {
    await db.outboxEmail.update({
      where: { id },
      data: {
        status: "FAILED",
        lastError: String(e).slice(0, 500),
        claimedUntil: null,
        nextAttemptAt: new Date(now.getTime() + backoffMs(mail.attempts)),
      },
    });
    return false;
  }
}

/** One pass of the delivery worker: every message that is due, oldest first. */
export async function deliverPending(options: DeliveryOptions & { limit?: number } = {}): Promise<number> {
  if (!(options.transport ?? transport())) return 0;
  const now = options.now ?? new Date();
  const rows = await db.outboxEmail.findMany({
    where: {
      status: { in: ["PENDING", "FAILED"] },
      attempts: { lt: MAX_ATTEMPTS },
      OR: [{ nextAttemptAt: null }, { nextAttemptAt: { lte: now } }],
      AND: [{ OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] }],
    },
    orderBy: { createdAt: "asc" },
    take: options.limit ?? 50,
    select: { id: true },
  });
  let sent = 0;
  for (const r of rows) if (await deliverEmail(r.id, options)) sent++;
  return sent;
}

/** Organizer: try a FAILED (or stuck PENDING) message again now, with a fresh set of attempts. */
export async function resendEmail(id: string): Promise<Result<{ delivered: boolean }>> {
  const now = new Date();
  const { count } = await db.outboxEmail.updateMany({
    where: { id, status: { in: ["FAILED", "PENDING"] }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: null },
  });
  if (count === 0) return fail("conflict", "Only a failed or pending message that is not being sent can be resent.");
  return { ok: true, delivered: await deliverEmail(id) };
}

/** Organizer: cancel a message that has not been sent; the worker never picks it up again. */
export async function cancelEmail(id: string): Promise<Result> {
  const now = new Date();
  const { count } = await db.outboxEmail.updateMany({
    where: { id, status: { in: ["PENDING", "FAILED"] }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { status: "CANCELLED", nextAttemptAt: null },
  });
  if (count === 0) return fail("conflict", "This message was sent or cancelled already, or is being sent right now.");
  return { ok: true };
}

export function listOutbox(limit = 50) {
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
