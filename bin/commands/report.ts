import type { Command } from "commander";
import { reportToMarkdown } from "../../lib/report/markdown";
import { buildTransparencyReport } from "../../lib/report/transparency";
import { CliError } from "../cli-error";

export function registerReportCommands(program: Command): void {
  program
    .command("report")
    .description("print a published event's transparency report (aggregates only; small counts suppressed)")
    .requiredOption("--event <slug>", "event slug")
    .option("--format <format>", "json or md", "json")
    .action(async (opts: { event: string; format: string }) => {
      const format = opts.format.toLowerCase();
      if (format !== "json" && format !== "md") throw new CliError(`--format must be json or md, not "${opts.format}"`);
      const result = await buildTransparencyReport(opts.event);
      if (!result.ok) throw new CliError(result.message);
      process.stdout.write(
        format === "md" ? reportToMarkdown(result.report) : `${JSON.stringify(result.report, null, 2)}\n`,
      );
    });
}
