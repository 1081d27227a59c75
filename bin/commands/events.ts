import type { Command } from "commander";
import { createEvent } from "../../lib/events/create-event";
import type { Failure } from "../../lib/events/result";
import { EVENT_FIELD_LABELS, type CreateEventInput } from "../../lib/events/schema";
import { CliError } from "../cli-error";

// Flag of each event field, so validation messages name what the user typed.
const EVENT_FLAGS: Partial<Record<keyof typeof EVENT_FIELD_LABELS, string>> = {
  slug: "--slug",
  name: "--name",
  description: "--description",
  phase: "--phase",
  scale: "--scale",
  scaleLabels: "--scale",
  ballotSize: "--ballot-size",
  maxProposalsPerSpeaker: "--max-per-speaker",
  maxProposalsPerOrg: "--max-per-org",
  feedbackWeight: "--feedback-weight",
};

function flagMessage(failure: Failure): string {
  const field = failure.field as keyof typeof EVENT_FIELD_LABELS | undefined;
  const flag = field && EVENT_FLAGS[field];
  const label = field && EVENT_FIELD_LABELS[field];
  if (flag && label && failure.message.startsWith(label)) return `${flag}${failure.message.slice(label.length)}`;
  return flag ? `${flag}: ${failure.message}` : failure.message;
}

export function registerEventCommands(program: Command): void {
  program
    .command("event:create")
    .description("create an event (with the default formats: talk, workshop, panel, lightning)")
    .requiredOption("--slug <slug>", "URL slug: 3-60 lower-case letters, digits and dashes")
    .requiredOption("--name <name>", "event name")
    .option("--description <text>", "description (markdown)")
    .option("--phase <phase>", "DRAFT, CFP_OPEN, VOTING, REVIEW, PUBLISHED or ARCHIVED (default DRAFT)")
    .option("--scale <min..max>", "voting scale, e.g. 0..3 (default 0..3)")
    .option("--ballot-size <n>", "proposals per voter ballot, 1..200 (default 30)")
    .option("--max-per-speaker <n>", "max proposals per speaker, 0 = unlimited (default 3)")
    .option("--max-per-org <n>", "max proposals per organization, 0 = unlimited (default 10)")
    .option(
      "--feedback-weight <w>",
      "past feedback in the ranking, 0..1: 0 = off, 1 = as far as the event's data supports (default 1)",
    )
    .option("--json", "print the created event as JSON")
    .action(async (opts: Record<string, string | boolean | undefined>) => {
      const input: CreateEventInput = {
        slug: String(opts.slug),
        name: String(opts.name),
        description: opts.description,
        phase: typeof opts.phase === "string" ? opts.phase.toUpperCase() : undefined,
        scale: opts.scale ?? "0..3",
        ballotSize: opts.ballotSize,
        maxProposalsPerSpeaker: opts.maxPerSpeaker,
        maxProposalsPerOrg: opts.maxPerOrg,
        feedbackWeight: opts.feedbackWeight,
      };
      const result = await createEvent(input, { actorId: null });
      if (!result.ok) throw new CliError(flagMessage(result));
      const e = result.event;
      if (opts.json) {
        console.log(JSON.stringify(e, null, 2));
        return;
      }
      const labels = e.scaleLabels.length
        ? ` (${e.scaleLabels.map((l, i) => `${e.scaleMin + i} ${l}`).join(", ")})`
        : "";
      const cap = (n: number) => (n === 0 ? "unlimited" : String(n));
      console.log(`Created event ${e.slug}: ${e.name}`);
      console.log(`  id               ${e.id}`);
      console.log(`  phase            ${e.phase}`);
      console.log(`  scale            ${e.scaleMin}..${e.scaleMax}${labels}`);
      console.log(`  ballot size      ${e.ballotSize}`);
      console.log(`  max per speaker  ${cap(e.maxProposalsPerSpeaker)}`);
      console.log(`  max per org      ${cap(e.maxProposalsPerOrg)}`);
      console.log(`  feedback weight  ${e.feedbackWeight}`);
    });
}
