import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { db } from "../../lib/db/client";
import { foldSessionFeedback } from "../../lib/feedback/fold";
import { formatImportSummary, importFeedback } from "../../lib/feedback/import-feedback";
import { createSessionsFromAccepted } from "../../lib/feedback/sessions";
import { createProgressPrinter } from "../../lib/imports/progress";
import { CliError } from "../cli-error";

async function eventIdOf(slug: string): Promise<string> {
  const event = await db.event.findUnique({ where: { slug }, select: { id: true } });
  if (!event) throw new CliError(`no event with slug "${slug}"`);
  return event.id;
}

export function registerFeedbackCommands(program: Command): void {
  program
    .command("import:feedback")
    .description(
      "import past session feedback: CSV (UTF-8, header row) with columns speaker_email,event,session_title,rating_average,rating_count[,scale_max] (scale 1..scale_max, default 5)",
    )
    .argument("<file>", "CSV file")
    .option("--dry-run", "validate and count, write nothing")
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      }
      const name = path.basename(file);
      const result = await importFeedback(bytes, {
        actorId: null,
        dryRun: opts.dryRun,
        fileName: name,
        // Progress on stderr, only on a terminal or for long files.
        onProgress: createProgressPrinter(process.stderr, name),
      });
      if (!result.ok) throw new CliError(`${result.message}; nothing imported`);
      const s = result.summary;
      for (const e of s.errors) console.error(`line ${e.line}: ${e.message}`);
      console.log(`${name}: ${formatImportSummary(s)}`);
      if (s.refused > 0) process.exitCode = 1;
    });

  program
    .command("feedback:sessions")
    .description("create sessions from a published event's accepted proposals (idempotent)")
    .requiredOption("--event <slug>", "event slug")
    .action(async (opts: { event: string }) => {
      const r = await createSessionsFromAccepted(await eventIdOf(opts.event), { actorId: null });
      if (!r.ok) throw new CliError(r.message);
      console.log(`${r.eventName}: ${r.created} session(s) created, ${r.existing} already existed.`);
    });

  program
    .command("feedback:fold")
    .description(
      "fold in-app session ratings into past feedback (sessions whose window has closed; --all for open ones too)",
    )
    .option("--event <slug>", "only this event")
    .option("--all", "also sessions whose feedback window is still open")
    .action(async (opts: { event?: string; all?: boolean }) => {
      const eventId = opts.event ? await eventIdOf(opts.event) : undefined;
      const r = await foldSessionFeedback({ eventId, includeOpen: opts.all, actorId: null });
      console.log(
        `Folded ${r.sessions} rated session(s): ${r.created} feedback row(s) created, ${r.updated} updated, ${r.unchanged} unchanged.`,
      );
    });
}
