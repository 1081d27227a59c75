// Runs once when the server starts: a missing or malformed environment variable stops start-up
// with a message naming it, instead of failing on the first request.
export async function register() {
  const { isNodeRuntime } = await import("./lib/env");
  if (isNodeRuntime()) {
    const { checkEnvOrExit } = await import("./lib/startup");
    checkEnvOrExit();
  }
}
