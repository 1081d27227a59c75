import type { Command } from "commander";
import { describeHeader, readCsvFile } from "../../lib/imports/csv";
import { createProgressPrinter } from "../../lib/imports/progress";
import { importProposals, PROPOSAL_CSV } from "../../lib/proposals/import";
import { CliError } from "../cli-error";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function registerProposalCommands(program: Command): void {
  program
    .command("import:proposals")
    .description(
      `import proposals from a CSV file (UTF-8, header row ${describeHeader(PROPOSAL_CSV)}; co_speakers: ";"-separated e-mails). ` +
        "Same validation, caps and redaction as the web form. Imported proposals are SUBMITTED and co-speakers CONFIRMED " +
        "(the organizer imports from a trusted source). Works in any event phase (organizer tool). Idempotent on external_id: " +
        "importing again updates, never duplicates. Each bad row is reported as `line N: reason` and writes nothing; " +
        "exit code 1 if any row failed.",
    )
    .requiredOption("--event <slug>", "event slug")
    .option("--dry-run", "validate every row (caps included) and write nothing")
    .argument("<file>", "CSV file")
    .action(async (file: string, opts: { event: string; dryRun?: boolean }) => {
      const csv = await readCsvFile(file, PROPOSAL_CSV);
      if (!csv.ok) throw new CliError(csv.message);
      const result = await importProposals({
        eventSlug: opts.event,
        rows: csv.rows,
        dryRun: opts.dryRun,
        onProgress: createProgressPrinter(process.stderr, `Importing ${file}`),
      });
      if (!result.ok) throw new CliError(result.message);
      for (const f of result.failed) console.error(`line ${f.line}: ${f.reason}`);
      const n = result.created + result.updated;
      const counts = `(${result.created} new, ${result.updated} updated); ${plural(result.failed.length, "row")} failed.`;
      console.log(
        result.dryRun
          ? `Dry run: would import ${plural(n, "proposal")} ${counts} Nothing was written.`
          : `Imported ${plural(n, "proposal")} ${counts}`,
      );
      if (result.failed.length > 0) process.exitCode = 1;
    });
}
