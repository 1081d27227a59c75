import type { Command } from "commander";
import { eventExportToCsv } from "../../lib/exports/csv";
import { buildEventExport } from "../../lib/exports/event-export";
import { CliError } from "../cli-error";

export function registerExportCommands(program: Command): void {
  program
    .command("export")
    .description(
      "print everything a chair needs about an event's proposals to stdout: identities, original and anonymized text, " +
        'redactions, speakers, aggregated votes, ranking fields and decisions. JSON: { event, generatedAt, proposals }. CSV: one row per proposal, lists joined with "; ", ' +
        "cells starting with = + - @ prefixed with ' (spreadsheet formula protection).",
    )
    .requiredOption("--event <slug>", "event slug")
    .requiredOption("--format <format>", "json or csv")
    .option("--bom", "CSV: start with a UTF-8 byte-order mark (for Excel)")
    .option("--include-drafts", "also export proposals that were never submitted")
    .action(async (opts: { event: string; format: string; bom?: boolean; includeDrafts?: boolean }) => {
      const format = opts.format.toLowerCase();
      if (format !== "json" && format !== "csv")
        throw new CliError(`--format must be json or csv, not "${opts.format}"`);
      const result = await buildEventExport(opts.event, { includeDrafts: opts.includeDrafts });
      if (!result.ok) throw new CliError(result.message);
      const text =
        format === "json"
          ? `${JSON.stringify(result.export, null, 2)}\n`
          : eventExportToCsv(result.export, { bom: opts.bom });
      // Large exports: wait until stdout has taken everything before the CLI exits.
      await new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));
    });
}
