// The `podium` CLI. Parses arguments, calls lib, prints. Expected failures exit 1 with one line.
import { Command, CommanderError } from "commander";
import { closeDb, currentTarget } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate-database";
import { describeTarget } from "../lib/db/target";

const program = new Command();
program
  .name("podium")
  .description("Podium: fair, anonymized talk selection. Database from DATABASE_URL (default: embedded PGlite in ./.data/pglite).")
  .exitOverride()
  .showHelpAfterError("(run with --help for usage)");

program
  .command("db:migrate")
  .description("apply pending migrations from prisma/migrations (PGlite or DATABASE_URL)")
  .action(async () => {
    const target = currentTarget();
    const result = await migrateDatabase(target, (line) => console.log(line));
    console.log(
      result.applied.length === 0
        ? `Database is up to date (${result.alreadyApplied.length} migrations already applied) — ${describeTarget(target)}`
        : `Applied ${result.applied.length} migration(s) to ${describeTarget(target)}`,
    );
  });

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const message = e instanceof Error ? e.message : String(e);
    console.error(`podium: ${message}`);
    return 1;
  } finally {
    await closeDb().catch(() => {});
  }
}

main().then((code) => process.exit(code));
