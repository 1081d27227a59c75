import type { Command } from "commander";
import { describeHeader, readCsvFile } from "../../lib/imports/csv";
import { createProgressPrinter } from "../../lib/imports/progress";
import { importVotes, VOTE_CSV } from "../../lib/votes/import-votes";
import { CliError } from "../cli-error";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function registerVoteCommands(program: Command): void {
  program
    .command("import:votes")
    .description(
      `import votes from a CSV file (UTF-8, header row ${describeHeader(VOTE_CSV)}; score on the event's scale or empty for a skip; ` +
        "voted_at and voter_created_at ISO 8601). Creates voter accounts as needed (with voter_created_at and the organization), " +
        "adds each voted proposal to the voter's ballot so coverage stays true, and records the vote. Idempotent: importing the " +
        "same file again changes nothing. Each bad row is reported as `line N: reason` and writes nothing; exit code 1 if any row failed.",
    )
    .requiredOption("--event <slug>", "event slug")
    .argument("<file>", "CSV file")
    .action(async (file: string, opts: { event: string }) => {
      const csv = await readCsvFile(file, VOTE_CSV);
      if (!csv.ok) throw new CliError(csv.message);
      const r = await importVotes({
        eventSlug: opts.event,
        rows: csv.rows,
        onProgress: createProgressPrinter(process.stderr, `Importing ${file}`),
      });
      if (!r.ok) throw new CliError(r.message);
      for (const f of r.failed) console.error(`line ${f.line}: ${f.reason}`);
      console.log(
        `Imported ${plural(r.created + r.updated, "vote")} (${r.created} new, ${r.updated} updated, ${r.unchanged} unchanged); ` +
          `${plural(r.votersCreated, "new voter")}, ${plural(r.ballotItemsCreated, "new ballot item")}; ${plural(r.failed.length, "row")} failed.`,
      );
      if (r.conflicts > 0)
        console.log(
          `Note: ${plural(r.conflicts, "vote")} by voters from a speaker's own organization (kept; the ranking flags conflicts).`,
        );
      if (r.failed.length > 0) process.exitCode = 1;
    });
}
