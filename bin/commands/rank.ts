import type { Command } from "commander";
import { computeEventRanking, rankingToCsv } from "../../lib/ranking/compute";
import { CliError } from "../cli-error";

export function registerRankCommands(program: Command): void {
  program
    .command("rank")
    .description(
      "print an event's ranking (community score with 95% interval, feedback component, combined score, flags)",
    )
    .requiredOption("--event <slug>", "event slug")
    .option("--track <slug>", "rank within this track only")
    .option("--format <format>", "json or csv", "json")
    .action(async (opts: { event: string; track?: string; format: string }) => {
      const format = opts.format.toLowerCase();
      if (format !== "json" && format !== "csv")
        throw new CliError(`--format must be json or csv, not "${opts.format}"`);
      const started = Date.now();
      if (process.stderr.isTTY) process.stderr.write(`Ranking ${opts.event}: loading votes and fitting the model…\n`);
      const result = await computeEventRanking(opts.event, { track: opts.track });
      if (!result.ok) throw new CliError(result.message);
      if (process.stderr.isTTY) {
        const r = result.ranking;
        process.stderr.write(
          `Ranked ${r.proposals.length} proposals from ${r.voters.total} voters (${r.voters.downweighted} down-weighted) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
      }
      process.stdout.write(
        format === "csv" ? rankingToCsv(result.ranking) : `${JSON.stringify(result.ranking, null, 2)}\n`,
      );
    });
}
