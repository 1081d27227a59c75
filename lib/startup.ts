import { env, EnvError } from "./env";

/** Validates the environment at server start; prints what is wrong and exits on error. */
export function checkEnvOrExit(): void {
  try {
    env();
  } catch (e) {
    if (e instanceof EnvError) {
      console.error(`\n${e.message}\n\nPodium did not start. See the configuration table in README.md.\n`);
      Reflect.get(process, "exit").call(process, 1); // not process.exit(): this module is also compiled for Edge
    }
    throw e;
  }
}
