// The `podium` CLI. Parses arguments, calls lib, prints. Expected failures exit 1 with one line
// `podium: <reason>`; every command has --help. Commands live in bin/commands/, one file per area.
import { Command, CommanderError } from "commander";
import { closeDb } from "../lib/db/client";
import { MigrationError } from "../lib/db/migrate";
import { registerDbCommands } from "./commands/db";
import { registerEventCommands } from "./commands/events";
import { registerRankCommands } from "./commands/rank";
import { registerReportCommands } from "./commands/report";
import { registerFeedbackCommands } from "./commands/feedback";
import { registerExportCommands, registerRestoreCommands } from "./commands/export";
import { registerProposalCommands } from "./commands/proposals";
import { registerSeedCommands } from "./commands/seed";
import { registerTrackCommands } from "./commands/tracks";
import { registerUserCommands } from "./commands/users";
import { registerVoteCommands } from "./commands/votes";

const program = new Command();
program
  .name("podium")
  .description(
    "Podium: fair, anonymized talk selection. Database from DATABASE_URL (default: embedded PGlite in ./.data/pglite).",
  )
  .exitOverride()
  .configureOutput({
    // Commander's own errors ("error: unknown option ...") become one `podium:` line too.
    outputError: (str, write) => write(`podium: ${str.replace(/^error:\s*/, "").trim()}\n`),
  });

registerDbCommands(program);
registerUserCommands(program);
registerEventCommands(program);
registerTrackCommands(program);
registerFeedbackCommands(program);
registerSeedCommands(program);
registerVoteCommands(program);
registerRankCommands(program);
registerProposalCommands(program);
registerExportCommands(program);
registerRestoreCommands(program);
registerReportCommands(program);

async function main(): Promise<number> {
  try {
    await program.parseAsync(process.argv);
    // A command that reported its own failures (e.g. an import's bad rows) sets process.exitCode.
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const message = e instanceof Error ? e.message : String(e);
    // A failed migration also says which statement failed (second line); others are one line.
    console.error(`podium: ${e instanceof MigrationError ? message : message.split("\n")[0]}`);
    return 1;
  } finally {
    await closeDb().catch(() => {});
  }
}

main().then((code) => process.exit(code));
