// Real mail: a real SMTP server (smtp-server) in the test process; Podium's outbox delivers to it
// over SMTP through nodemailer. Checks the sign-in link and decision e-mails as they arrive.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture } from "../../test/smtp-capture";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { makeDraft, makeEvent, makeUser } from "../../test/factories";
import { authOptions } from "../auth/options";
import { db } from "../db/client";
import { sendDecisionEmails } from "./decisions";

let t: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  // Read once by lib/env on first use, so set before anything calls env().
  process.env.SMTP_URL = smtp.url;
  process.env.EMAIL_FROM = "Podium Test <cfp@podium.test>";
  t = await setupTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
  await smtp?.close();
  delete process.env.SMTP_URL;
  delete process.env.EMAIL_FROM;
});

describe("e-mail over a real SMTP server", () => {
  it("the sign-in link arrives with the right headers and the link in both bodies", async () => {
    const email = (
      authOptions().providers.find((p) => p.id === "email") as unknown as {
        options: { sendVerificationRequest: (p: { identifier: string; url: string }) => Promise<void> };
      }
    ).options;
    const url = "http://localhost:3000/api/auth/callback/email?token=abc123&email=ada%40example.org";
    await email.sendVerificationRequest({ identifier: "ada@example.org", url });
    const mail = await smtp.waitForMail((m) => m.to.includes("ada@example.org"));
    expect(mail.from).toBe("cfp@podium.test");
    expect(mail.parsed.from?.text).toBe('"Podium Test" <cfp@podium.test>');
    expect(mail.parsed.to && "text" in mail.parsed.to ? mail.parsed.to.text : "").toBe("ada@example.org");
    expect(mail.parsed.subject).toBe("Sign in to Podium (localhost:3000)");
    expect(mail.parsed.text).toContain(url);
    expect(mail.parsed.html).toContain(`href="${url}"`);
    expect(mail.parsed.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
    const row = await db.outboxEmail.findFirstOrThrow({ where: { to: "ada@example.org", kind: "magic_link" } });
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
  });

  it("decision e-mails arrive once per speaker with the template's subject and body", async () => {
    const { event, track, format } = await makeEvent({ name: "Mail Summit", phase: "PUBLISHED" });
    const accepted = await makeUser({ email: "acc@example.org", name: "Acc Speaker" });
    const rejected = await makeUser({ email: "rej@example.org", name: "Rej Speaker" });
    for (const [user, mark, status] of [
      [accepted, "ACCEPT", "ACCEPTED"],
      [rejected, "REJECT", "REJECTED"],
    ] as const) {
      const p = await makeDraft({
        eventId: event.id,
        trackId: track.id,
        formatId: format.id,
        speakerId: user.id,
        title: `Talk by ${user.name}`,
      });
      await db.proposal.update({ where: { id: p.id }, data: { status } });
      await db.decision.create({ data: { proposalId: p.id, mark, appliedMark: mark, appliedAt: new Date() } });
    }
    const r = await sendDecisionEmails(event.id, null);
    expect(r).toMatchObject({ ok: true, queued: 2, delivered: 2 });
    const acc = await smtp.waitForMail((m) => m.to.includes("acc@example.org"));
    const rej = await smtp.waitForMail((m) => m.to.includes("rej@example.org"));
    expect(acc.parsed.subject).toBe("Your talk was accepted at Mail Summit");
    expect(acc.parsed.text).toContain("Talk by Acc Speaker");
    expect(rej.parsed.subject).not.toMatch(/accepted/);
    expect(rej.parsed.text).toMatch(/Rej Speaker/);
    expect(rej.parsed.text).not.toMatch(/Acc Speaker/);
    expect(acc.parsed.from?.text).toBe('"Podium Test" <cfp@podium.test>');
    expect(acc.parsed.messageId).toMatch(/@/);
    // Publishing again sends nothing more.
    expect(await sendDecisionEmails(event.id, null)).toMatchObject({ ok: true, queued: 0, alreadySent: 2 });
    expect(smtp.received.filter((m) => m.to.includes("acc@example.org"))).toHaveLength(1);
  });
});
