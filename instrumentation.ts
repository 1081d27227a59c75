// Runs once when the server starts: a missing or malformed environment variable stops start-up
// with a message naming it, instead of failing on the first request.
export async function register() {
  const { env, EnvError } = await import("./lib/env");
  try {
    env();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(`\n${e.message}\n\nPodium did not start. See the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw e;
  }
}
