// The outbox delivery worker: every few seconds, each server instance sends what is due
// (PENDING, or FAILED whose backoff has passed). Instances need no coordination: deliverEmail
// claims each row in the database before sending, so a row is sent by one instance only.
import "server-only";
import { env } from "../env";
import { deliverPending } from "./outbox";

const INTERVAL_MS = 15_000;
const state = globalThis as typeof globalThis & { __podiumDeliveryWorker?: ReturnType<typeof setInterval> };

/** Starts the worker once per process (no-op without SMTP: e-mails wait in the outbox then). */
export function startDeliveryWorker(intervalMs = INTERVAL_MS): boolean {
  if (state.__podiumDeliveryWorker || !env().smtpConfigured) return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverPending();
    } catch (e) {
      // An outage (database, SMTP) must not stop the worker; the next tick tries again.
      console.error("[podium] outbox delivery failed:", e);
    } finally {
      running = false;
    }
  };
  state.__podiumDeliveryWorker = setInterval(tick, intervalMs);
  state.__podiumDeliveryWorker.unref?.();
  void tick();
  return true;
}

export function stopDeliveryWorker(): void {
  if (state.__podiumDeliveryWorker) clearInterval(state.__podiumDeliveryWorker);
  state.__podiumDeliveryWorker = undefined;
}
