import fs from "node:fs";
import type { Command } from "commander";
import { eventExportToCsv } from "../../lib/exports/csv";
import { buildEventExport } from "../../lib/exports/event-export";
import { readEventExport } from "../../lib/exports/read-event-export";
import { restoreEventExport } from "../../lib/exports/restore-event";
import { CliError } from "../cli-error";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function readExportFile(file: string): string {
  if (file === "-") return fs.readFileSync(0, "utf8");
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new CliError(`${file}: no such file`);
    if (code === "EISDIR") throw new CliError(`${file} is a folder, not an export file`);
    throw new CliError(`${file}: cannot read it (${code ?? (e as Error).message})`);
  }
}

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

export function registerRestoreCommands(program: Command): void {
  program
    .command("restore")
    .description(
      "restore one event from its `podium export --event S --format json` file into this database (an empty one after a " +
        "disaster, or a copy for an audit): settings, tracks, formats, proposals with their voter versions and statuses, every " +
        "vote and the past feedback the ranking reads, so the event ranks exactly as it did. Refuses a file that is not a " +
        "complete export of a supported version, and an event whose slug exists here, before writing anything. " +
        "FILE - reads standard input.",
    )
    .argument("<file>", "JSON file written by podium export --format json (- for standard input)")
    .option("--json", "print the summary as JSON")
    .action(async (file: string, opts: { json?: boolean }) => {
      const read = readEventExport(readExportFile(file));
      if (!read.ok) throw new CliError(`${file}: ${read.message}`);
      const r = await restoreEventExport(read.export);
      if (!r.ok) throw new CliError(r.message);
      const { summary } = r;
      for (const f of summary.failed) console.error(f);
      if (opts.json) console.log(JSON.stringify({ event: read.export.event.slug, ...summary }));
      else
        console.log(
          `Restored event ${read.export.event.slug}: ${plural(summary.proposals, "proposal")}, ${plural(summary.votes, "vote")}, ` +
            `${plural(summary.pastFeedback, "past-feedback row")}; ${plural(summary.failed.length, "row")} failed.`,
        );
      if (summary.failed.length > 0) process.exitCode = 1;
    });
}
