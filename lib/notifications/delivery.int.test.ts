// The outbox delivery worker against a real SMTP server (smtp-server, in process) and a real
// database: a message the server refuses stays FAILED with a backoff, is retried once the backoff
// has passed, is delivered exactly once when the server accepts, and is never sent again, not even
// by two workers running at the same time. Cancel and resend as organizers use them.
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { setupTestDatabase, type TestDatabase } from "../../test/database";
import { backoffMs, cancelEmail, deliverPending, enqueueEmail, kindName } from "./outbox";

let t: TestDatabase;
let server: SMTPServer;
let port = 0;
let accept = false;
const received: { to: string; body: string }[] = [];

beforeAll(async () => {
  t = await setupTestDatabase();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (!accept) return callback(Object.assign(new Error("Mailbox unavailable, try later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      let body = "";
      stream.on("data", (c: Buffer) => (body += c.toString()));
      stream.on("end", () => {
        for (const r of session.envelope.rcptTo) received.push({ to: r.address, body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  port = (server.server.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.cleanup();
});

const transport = () => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });

describe("delivery worker", () => {
  it("retries a refused e-mail after its backoff and delivers it once, never twice", async () => {
    accept = false;
    const { id } = await enqueueEmail({
      to: "speaker@example.test",
      subject: "Your talk was accepted",
      text: "Dear speaker, ...",
      kind: "decision_accept",
      dedupeKey: "test:retry",
    });
    const t0 = new Date();
    expect(await deliverPending({ transport: transport(), now: t0 })).toBe(0);
    let row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/451|unavailable/i);
    expect(row.nextAttemptAt!.getTime()).toBe(t0.getTime() + backoffMs(1));

    // Before the backoff has passed the worker leaves it alone, even with SMTP accepting.
    accept = true;
    expect(await deliverPending({ transport: transport(), now: new Date(t0.getTime() + 1000) })).toBe(0);
    expect(received).toHaveLength(0);

    // After it, two workers run at once (two instances): the row is claimed by one of them.
    const later = new Date(t0.getTime() + backoffMs(1) + 1000);
    const [a, b] = await Promise.all([
      deliverPending({ transport: transport(), now: later }),
      deliverPending({ transport: transport(), now: later }),
    ]);
    expect(a + b).toBe(1);
    row = await db.outboxEmail.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(2);
    expect(received.filter((r) => r.to === "speaker@example.test")).toHaveLength(1);

    // Further passes send nothing.
    expect(await deliverPending({ transport: transport(), now: new Date(later.getTime() + 3_600_000) })).toBe(0);
    expect(received.filter((r) => r.to === "speaker@example.test")).toHaveLength(1);
  });

  it("backs off exponentially, capped at an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it("never sends a cancelled e-mail, and cannot cancel a sent one", async () => {
    accept = true;
    const { id } = await enqueueEmail({ to: "cancel@example.test", subject: "S", text: "T", kind: "magic_link" });
    expect((await cancelEmail(id)).ok).toBe(true);
    await deliverPending({ transport: transport() });
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id } })).status).toBe("CANCELLED");
    expect(received.some((r) => r.to === "cancel@example.test")).toBe(false);
    const again = await cancelEmail(id);
    expect(again.ok).toBe(false);
  });

  it("names kinds for people", () => {
    expect(kindName("decision_accept")).toBe("Decision: accepted");
    expect(kindName("some_new_kind")).toBe("Some new kind");
  });
});
