// Decision e-mails: one per speaker per applied decision, rendered from the event's templates and
// put in the outbox. The dedupe key (proposal + speaker + decision) makes "never twice" a unique
// constraint: publishing again, pressing the button twice or two organizers at once send nothing
// new. A changed decision (waitlist -> accept) is a new decision and does get its own e-mail.
import "server-only";
import { writeAudit } from "../audit/write";
import { db } from "../db/client";
import { fail, type Result } from "../errors";
import {
  DECISION_KINDS,
  DEFAULT_TEMPLATES,
  KIND_OF_MARK,
  renderDecisionEmail,
  unknownPlaceholders,
  type DecisionKind,
  type Template,
} from "./decision-templates";
import { deliverEmail, enqueueEmail } from "./outbox";

export async function loadDecisionTemplates(
  eventId: string,
): Promise<Record<DecisionKind, Template & { custom: boolean }>> {
  const rows = await db.emailTemplate.findMany({ where: { eventId, kind: { in: [...DECISION_KINDS] } } });
  const out = {} as Record<DecisionKind, Template & { custom: boolean }>;
  for (const kind of DECISION_KINDS) {
    const row = rows.find((r) => r.kind === kind);
    out[kind] = row
      ? { subject: row.subject, body: row.body, custom: true }
      : { ...DEFAULT_TEMPLATES[kind], custom: false };
  }
  return out;
}

/** A template's subject and text, trimmed, with a message per field that cannot be used. */
function checkTemplate(input: { subject: string; body: string }) {
  const subject = input.subject.trim();
  const body = input.body.replace(/\r\n/g, "\n").trim();
  const fieldErrors: Record<string, string> = {};
  if (!subject) fieldErrors.subject = "The subject cannot be empty.";
  else if (subject.length > 200) fieldErrors.subject = "The subject must be at most 200 characters.";
  if (!body) fieldErrors.body = "The text cannot be empty.";
  else if (body.length > 10_000) fieldErrors.body = "The text must be at most 10,000 characters.";
  for (const [field, text] of [
    ["subject", subject],
    ["body", body],
  ] as const) {
    const unknown = unknownPlaceholders(text);
    if (unknown.length && !fieldErrors[field])
      fieldErrors[field] = `Unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(", ")}.`;
  }
  return { subject, body, fieldErrors };
}

export async function saveDecisionTemplate(
  actorId: string,
  input: { eventId: string; kind: DecisionKind; subject: string; body: string },
): Promise<Result> {
  const { subject, body, fieldErrors } = checkTemplate(input);
  if (Object.keys(fieldErrors).length) return fail("invalid_input", Object.values(fieldErrors)[0], fieldErrors);
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: { id: true } });
  if (!event) return fail("not_found", "Event not found.");
  await db.$transaction(async (tx) => {
    await tx.emailTemplate.upsert({
      where: { eventId_kind: { eventId: event.id, kind: input.kind } },
      create: { eventId: event.id, kind: input.kind, subject, body },
      update: { subject, body },
    });
    await writeAudit(tx, {
      actorId,
      eventId: event.id,
      action: "email_template.update",
      targetType: "EmailTemplate",
      details: { kind: input.kind },
    });
  });
  return { ok: true };
}

/** Deletes the event's edited template of a kind: the default text applies again. */
export async function deleteDecisionTemplate(
  actorId: string,
  input: { eventId: string; kind: DecisionKind },
): Promise<Result> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailTemplate.deleteMany({ where: { eventId: input.eventId, kind: input.kind } });
    if (count === 0) return fail("not_found", "This template is not edited; the default is already used.");
    await writeAudit(tx, {
      actorId,
      eventId: input.eventId,
      action: "email_template.delete",
      targetType: "EmailTemplate",
      details: { kind: input.kind },
    });
    return { ok: true as const };
  });
}

export type SendDecisionEmailsResult = { queued: number; alreadySent: number; proposals: number; delivered: number };

/**
 * Queues the decision e-mail of every applied decision (accept, waitlist, reject) to each
 * confirmed speaker. Only once results are published. Safe to run any number of times.
 */
export async function sendDecisionEmails(
  eventId: string,
  actorId: string | null,
): Promise<Result<SendDecisionEmailsResult>> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, name: true, phase: true } });
  if (!event) return fail("not_found", "Event not found.");
  if (event.phase !== "PUBLISHED" && event.phase !== "ARCHIVED") {
    return fail("phase_closed", "Decision e-mails go out once the results are published (phase Published).");
  }
  const [templates, decisions] = await Promise.all([
    loadDecisionTemplates(event.id),
    db.decision.findMany({
      where: {
        appliedMark: { in: ["ACCEPT", "WAITLIST", "REJECT"] },
        proposal: { eventId: event.id, status: { in: ["ACCEPTED", "WAITLISTED", "REJECTED"] } },
      },
      select: {
        id: true,
        appliedMark: true,
        speakerFeedback: true,
        proposal: {
          select: {
            id: true,
            title: true,
            track: { select: { name: true } },
            speakers: {
              where: { status: "CONFIRMED" },
              select: {
                userId: true,
                user: { select: { email: true, name: true, profile: { select: { displayName: true } } } },
              },
            },
          },
        },
      },
      orderBy: { id: "asc" },
    }),
  ]);

  let queued = 0;
  let alreadySent = 0;
  const created: string[] = [];
  for (const d of decisions) {
    const kind = KIND_OF_MARK[d.appliedMark!]!;
    const template = templates[kind];
    for (const s of d.proposal.speakers) {
      const mail = renderDecisionEmail(template, {
        speakerName: s.user.profile?.displayName || s.user.name || s.user.email,
        proposalTitle: d.proposal.title,
        eventName: event.name,
        trackName: d.proposal.track.name,
        feedback: d.speakerFeedback,
      });
      const r = await enqueueEmail({
        to: s.user.email,
        subject: mail.subject,
        text: mail.body,
        kind,
        dedupeKey: `decision:${d.proposal.id}:${s.userId}:${d.appliedMark}`,
      });
      if (r.created) {
        queued++;
        created.push(r.id);
      } else alreadySent++;
    }
    await db.decision.updateMany({ where: { id: d.id, notifiedAt: null }, data: { notifiedAt: new Date() } });
  }
  await db.auditLog.create({
    data: {
      actorId,
      eventId: event.id,
      action: "decisions.notify",
      targetType: "Event",
      targetId: event.id,
      details: { queued, alreadySent },
    },
  });
  // Send right away when SMTP is configured; otherwise they wait in the outbox (dev mailbox).
  let delivered = 0;
  for (const id of created) if (await deliverEmail(id)) delivered++;
  return { ok: true, queued, alreadySent, proposals: decisions.length, delivered };
}

export type PreviewProposal = {
  id: string;
  label: string;
  speakerName: string;
  proposalTitle: string;
  trackName: string;
  feedback: string | null;
  kind: DecisionKind | null;
};

/** Real proposals of the event to preview the templates on (decided ones first). */
export async function loadPreviewProposals(eventId: string, take = 50): Promise<PreviewProposal[]> {
  const rows = await db.proposal.findMany({
    where: { eventId, status: { in: ["SUBMITTED", "ACCEPTED", "WAITLISTED", "REJECTED"] } },
    orderBy: [{ status: "asc" }, { title: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      status: true,
      track: { select: { name: true } },
      decision: { select: { speakerFeedback: true } },
      speakers: {
        where: { role: "PRIMARY" },
        select: { user: { select: { name: true, email: true, profile: { select: { displayName: true } } } } },
      },
    },
  });
  const kinds = { ACCEPTED: "decision_accept", WAITLISTED: "decision_waitlist", REJECTED: "decision_reject" } as const;
  return rows.map((p) => {
    const u = p.speakers[0]?.user;
    const speakerName = u ? u.profile?.displayName || u.name || u.email : "Speaker";
    return {
      id: p.id,
      label: `${p.title} (${p.status.toLowerCase()})`,
      speakerName,
      proposalTitle: p.title,
      trackName: p.track.name,
      feedback: p.decision?.speakerFeedback ?? null,
      kind: p.status in kinds ? kinds[p.status as keyof typeof kinds] : null,
    };
  });
}

/** Sends the rendered template for one real proposal to the organizer themself (kind decision_test). */
export async function sendTestDecisionEmail(input: {
  eventId: string;
  kind: DecisionKind;
  proposalId: string;
  to: string;
  subject: string;
  body: string;
}): Promise<Result<{ delivered: boolean }>> {
  const { subject, body, fieldErrors } = checkTemplate(input);
  if (Object.keys(fieldErrors).length) return fail("invalid_input", Object.values(fieldErrors)[0], fieldErrors);
  const event = await db.event.findUnique({ where: { id: input.eventId }, select: { name: true } });
  const sample = (await loadPreviewProposals(input.eventId, 500)).find((p) => p.id === input.proposalId);
  if (!event || !sample) return fail("not_found", "Pick a proposal of this event for the test.");
  const mail = renderDecisionEmail({ subject, body }, { ...sample, eventName: event.name });
  const { id } = await enqueueEmail({
    to: input.to,
    subject: `[Test] ${mail.subject}`,
    text: mail.body,
    kind: "decision_test",
  });
  return { ok: true, delivered: await deliverEmail(id) };
}
