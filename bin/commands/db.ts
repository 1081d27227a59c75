import type { Command } from "commander";
import { currentTarget } from "../../lib/db/client";
import { migrateDatabase } from "../../lib/db/migrate-database";
import { describeTarget } from "../../lib/db/target";

export function registerDbCommands(program: Command): void {
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
}
