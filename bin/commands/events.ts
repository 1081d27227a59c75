import type { Command } from "commander";
import type { Event } from "../../lib/db/generated/client";
import { createEvent } from "../../lib/events/create-event";
import { previewPublish, publishEvent } from "../../lib/decisions/publish";
import { changePhase, nextPhase } from "../../lib/events/phase";
import { EVENT_FIELD_LABELS, EVENT_PHASES, type CreateEventInput, type EventPhaseName } from "../../lib/events/schema";
import { slugify } from "../../lib/events/slugify";
import { updateEvent } from "../../lib/events/update-event";
import { sendDecisionEmails } from "../../lib/notifications/decisions";
import { CliError } from "../cli-error";
import { eventBySlugOrFail, flagMessage } from "./flags";

// Flag of each event field, so validation messages name what the user typed.
const EVENT_FLAGS: Record<string, string> = {
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
  acceptanceShare: "--acceptance-share",
  tracks: "--tracks",
};
const LABELS: Record<string, string> = { ...EVENT_FIELD_LABELS, tracks: "Track name" };

type EventOpts = Record<string, string | boolean | undefined>;

function withEventOptions(cmd: Command): Command {
  return cmd
    .option("--description <text>", "description (markdown)")
    .option("--scale <min..max>", "voting scale, e.g. 0..3 (default 0..3)")
    .option("--ballot-size <n>", "proposals per voter ballot, 1..200 (default 30)")
    .option("--max-per-speaker <n>", "max proposals per speaker, 0..10000, 0 = unlimited (default 3)")
    .option("--max-per-org <n>", "max proposals per organization, 0..10000, 0 = unlimited (default 10)")
    .option(
      "--feedback-weight <w>",
      "past feedback in the ranking, 0..1: 0 = off, 1 = as far as the event's data supports (default 1)",
    )
    .option(
      "--acceptance-share <s>",
      "share of a track's proposals to be accepted, above 0 and at most 1, for the ranking's pAccept in tracks without a slot count (default 0.25)",
    );
}

const str = (v: string | boolean | undefined) => (typeof v === "string" ? v : undefined);

/** "A; B" -> tracks with slugs from their names. */
function parseTracks(text: string) {
  return text
    .split(";")
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => ({ name, slug: slugify(name) }));
}

/** "cfp open", "cfp-open", "CFP_OPEN" -> CFP_OPEN */
function parsePhase(text: string): EventPhaseName {
  const phase = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "_") as EventPhaseName;
  if (!EVENT_PHASES.includes(phase)) throw new CliError(`--phase must be one of ${EVENT_PHASES.join(", ")}`);
  return phase;
}

function printEvent(verb: string, e: Event, tracks?: { slug: string; name: string }[]) {
  const labels = e.scaleLabels.length ? ` (${e.scaleLabels.map((l, i) => `${e.scaleMin + i} ${l}`).join(", ")})` : "";
  const cap = (n: number) => (n === 0 ? "unlimited" : String(n));
  console.log(`${verb} event ${e.slug}: ${e.name}`);
  console.log(`  id               ${e.id}`);
  console.log(`  phase            ${e.phase}`);
  console.log(`  scale            ${e.scaleMin}..${e.scaleMax}${labels}`);
  console.log(`  ballot size      ${e.ballotSize}`);
  console.log(`  max per speaker  ${cap(e.maxProposalsPerSpeaker)}`);
  console.log(`  max per org      ${cap(e.maxProposalsPerOrg)}`);
  console.log(`  feedback weight  ${e.feedbackWeight}`);
  console.log(`  acceptance share ${e.acceptanceShare} (tracks without a slot count)`);
  if (tracks)
    console.log(`  tracks           ${tracks.length ? tracks.map((t) => `${t.name} (${t.slug})`).join(", ") : "none"}`);
}

export function registerEventCommands(program: Command): void {
  withEventOptions(
    program
      .command("event:create")
      .description("create an event (with the default formats: talk, workshop, panel, lightning)")
      .requiredOption("--slug <slug>", "URL slug: 2-60 lower-case letters, digits and dashes")
      .requiredOption("--name <name>", "event name")
      .option("--phase <phase>", "DRAFT, CFP_OPEN, VOTING, REVIEW, PUBLISHED or ARCHIVED (default DRAFT)"),
  )
    .option("--tracks <names>", 'tracks, ";"-separated, e.g. "Developer Experience;Data & AI" (slugs from the names)')
    .option("--json", "print the created event as JSON")
    .action(async (opts: EventOpts) => {
      const input: CreateEventInput = {
        slug: String(opts.slug),
        name: String(opts.name),
        description: str(opts.description),
        phase: typeof opts.phase === "string" ? parsePhase(opts.phase) : undefined,
        scale: str(opts.scale) ?? "0..3",
        ballotSize: str(opts.ballotSize),
        maxProposalsPerSpeaker: str(opts.maxPerSpeaker),
        maxProposalsPerOrg: str(opts.maxPerOrg),
        feedbackWeight: str(opts.feedbackWeight),
        acceptanceShare: str(opts.acceptanceShare),
      };
      const tracks = typeof opts.tracks === "string" ? parseTracks(opts.tracks) : [];
      const emptySlug = tracks.find((t) => t.slug.length < 2);
      if (emptySlug) throw new CliError(`--tracks: "${emptySlug.name}" needs at least two letters or digits`);
      const result = await createEvent(input, { actorId: null, tracks });
      if (!result.ok) throw new CliError(flagMessage(result, EVENT_FLAGS, LABELS));
      if (opts.json) return console.log(JSON.stringify({ ...result.event, tracks }, null, 2));
      printEvent("Created", result.event, tracks);
    });

  withEventOptions(
    program
      .command("event:update")
      .description(
        "change an event's settings and/or move its phase (forward step by step; one step back needs --reason). " +
          "Moving to PUBLISHED queues the decision e-mails, as the web page does. Audit-logged.",
      )
      .requiredOption("--slug <slug>", "slug of the event to change")
      .option("--name <name>", "event name")
      .option("--phase <phase>", "target phase: DRAFT, CFP_OPEN, VOTING, REVIEW, PUBLISHED or ARCHIVED")
      .option("--reason <text>", "why, when moving the phase back")
      .option("--reject-undecided", "when publishing: reject every proposal still undecided (refused otherwise)"),
  )
    .option("--json", "print the updated event as JSON")
    .action(async (opts: EventOpts) => {
      const current = await eventBySlugOrFail(String(opts.slug)).catch(() => {
        throw new CliError(`--slug: no event with slug "${opts.slug}"`);
      });
      const fields = {
        name: str(opts.name),
        description: str(opts.description),
        scale: str(opts.scale),
        ballotSize: str(opts.ballotSize),
        maxProposalsPerSpeaker: str(opts.maxPerSpeaker),
        maxProposalsPerOrg: str(opts.maxPerOrg),
        feedbackWeight: str(opts.feedbackWeight),
        acceptanceShare: str(opts.acceptanceShare),
      };
      const target = typeof opts.phase === "string" ? parsePhase(opts.phase) : undefined;
      if (Object.values(fields).every((v) => v === undefined) && !target)
        throw new CliError("nothing to change: give at least one setting or --phase");
      const publishes =
        target !== undefined &&
        EVENT_PHASES.indexOf(target) >= EVENT_PHASES.indexOf("PUBLISHED") &&
        EVENT_PHASES.indexOf(current.phase as EventPhaseName) < EVENT_PHASES.indexOf("PUBLISHED");
      if (publishes && !opts.rejectUndecided) {
        // Refuse before any step, so a refused publish leaves the event where it was.
        const { undecided } = await previewPublish(current.id);
        if (undecided > 0)
          throw new CliError(
            `--phase: ${undecided} proposal${undecided === 1 ? " is" : "s are"} still undecided; their speakers would get no e-mail. Decide them in the tracks, or pass --reject-undecided`,
          );
      }
      const updated = await updateEvent(current.id, fields);
      if (!updated.ok) throw new CliError(flagMessage(updated, EVENT_FLAGS, LABELS));
      let event = updated.event;
      const moves: string[] = [];
      let queued = 0;
      // Forward: one audited step at a time up to the target. Backward: one step, with a reason.
      while (target && event.phase !== target) {
        const forward = EVENT_PHASES.indexOf(target) > EVENT_PHASES.indexOf(event.phase as EventPhaseName);
        const to = forward ? nextPhase(event.phase as EventPhaseName)! : target;
        if (to === "PUBLISHED" && event.phase === "REVIEW") {
          // As on the web page: refused while proposals are undecided, unless --reject-undecided.
          const p = await publishEvent({ eventId: event.id, actorId: null, rejectUndecided: !!opts.rejectUndecided });
          if (!p.ok) {
            const hint = p.message.includes("undecided") ? " (or pass --reject-undecided)" : "";
            throw new CliError(`--phase: ${p.message}${hint}`);
          }
          moves.push(`${p.from} -> PUBLISHED`);
          if (p.rejected) moves.push(`${p.rejected} undecided rejected`);
          queued += p.queued;
          event = await eventBySlugOrFail(event.slug);
          continue;
        }
        const r = await changePhase({ eventId: event.id, to, reason: str(opts.reason) });
        if (!r.ok) throw new CliError(flagMessage(r, { phase: "--phase", reason: "--reason" }));
        moves.push(`${r.from} -> ${r.event.phase}`);
        event = r.event;
        if (event.phase === "PUBLISHED") {
          const sent = await sendDecisionEmails(event.id, null);
          if (sent.ok) queued += sent.queued;
        }
      }
      if (opts.json)
        return console.log(JSON.stringify({ ...event, changed: updated.changed, phaseMoves: moves }, null, 2));
      printEvent("Updated", event);
      console.log(`  changed          ${updated.changed.length ? updated.changed.join(", ") : "no settings"}`);
      if (moves.length) console.log(`  phase moves      ${moves.join(", ")}`);
      if (queued) console.log(`  decision e-mails ${queued} queued`);
    });
}
