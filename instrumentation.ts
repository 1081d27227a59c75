// Runs once when the server starts: a missing or malformed environment variable stops start-up
// with a message naming it, instead of failing on the first request. Then the outbox delivery
// worker starts (Node runtime only), so a failed e-mail is retried with backoff.
export async function register() {
  const { isBuildPhase, isNodeRuntime } = await import("./lib/env");
  if (isNodeRuntime()) {
    const { checkEnvOrExit } = await import("./lib/startup");
    checkEnvOrExit();
  }
  // The literal NEXT_RUNTIME test (not isNodeRuntime()) lets Next leave the worker, and the
  // database client behind it, out of the Edge bundle.
  if (process.env.NEXT_RUNTIME === "nodejs" && !isBuildPhase()) {
    const { startDeliveryWorker } = await import("./lib/notifications/worker");
    startDeliveryWorker();
  }
}
