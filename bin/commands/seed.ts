import type { Command } from "commander";
import { seedDemo, SeedError } from "../../lib/seed/demo";
import { CliError } from "../cli-error";

export function registerSeedCommands(program: Command): void {
  program
    .command("seed")
    .description("load seed data into a migrated database")
    .option(
      "--demo",
      "the demo events (summit-2027 in VOTING, summit-eu-2027 in CFP_OPEN) with personas, proposals, ballots and votes",
    )
    .action(async (opts: { demo?: boolean }) => {
      if (!opts.demo) throw new CliError("seed needs --demo (the demo data set is the only seed)");
      try {
        const started = Date.now();
        const result = await seedDemo();
        console.log(
          result.created ? `${result.message} (${((Date.now() - started) / 1000).toFixed(1)} s)` : result.message,
        );
      } catch (e) {
        if (e instanceof SeedError) throw new CliError(e.message);
        throw e;
      }
    });
}
