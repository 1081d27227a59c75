import type { Command } from "commander";
import { db } from "../../lib/db/client";
import { createFormat } from "../../lib/events/formats";
import { findByRef, unknownRefMessage } from "../../lib/events/match-ref";
import { slugify } from "../../lib/events/slugify";
import { assignChair, createTrack } from "../../lib/events/tracks";
import { CliError } from "../cli-error";
import { eventBySlugOrFail, flagMessage } from "./flags";

const TRACK_FLAGS = { slug: "--slug", name: "--name", slotCount: "--slots", description: "--description" };
const TRACK_LABELS = {
  slug: "Track slug",
  name: "Track name",
  slotCount: "Slot count",
  description: "Track description",
};
const FORMAT_FLAGS = { slug: "--slug", name: "--name", durationMinutes: "--minutes" };
const FORMAT_LABELS = { slug: "Format slug", name: "Format name", durationMinutes: "Duration (minutes)" };

export function registerTrackCommands(program: Command): void {
  program
    .command("track:create")
    .description("add a track to an event (audit-logged)")
    .requiredOption("--event <slug>", "event slug")
    .requiredOption("--name <name>", 'track name, e.g. "Developer Experience"')
    .option("--slug <slug>", "track slug, 2-60 lower-case letters, digits and dashes (default: from the name)")
    .option("--slots <n>", "how many proposals the track can accept, 0..10000 (0 = not set)")
    .option("--description <text>", "track description")
    .option("--json", "print the created track as JSON")
    .action(
      async (opts: {
        event: string;
        name: string;
        slug?: string;
        slots?: string;
        description?: string;
        json?: boolean;
      }) => {
        const event = await eventBySlugOrFail(opts.event);
        const r = await createTrack(event.id, {
          name: opts.name,
          slug: opts.slug ?? slugify(opts.name),
          slotCount: opts.slots,
          description: opts.description,
        });
        if (!r.ok) throw new CliError(flagMessage(r, TRACK_FLAGS, TRACK_LABELS));
        if (opts.json) return console.log(JSON.stringify(r.track, null, 2));
        const slots = r.track.slotCount ? `, ${r.track.slotCount} slots` : "";
        console.log(`Created track ${r.track.slug} in ${event.slug}: ${r.track.name}${slots}`);
      },
    );

  program
    .command("track:list")
    .description("list an event's tracks with their slot counts, chairs and proposal counts")
    .requiredOption("--event <slug>", "event slug")
    .option("--json", "print JSON")
    .action(async (opts: { event: string; json?: boolean }) => {
      const event = await eventBySlugOrFail(opts.event);
      const tracks = await db.track.findMany({
        where: { eventId: event.id },
        orderBy: [{ position: "asc" }, { name: "asc" }],
        select: {
          id: true,
          slug: true,
          name: true,
          slotCount: true,
          chairs: { select: { user: { select: { email: true } } } },
          _count: { select: { proposals: true } },
        },
      });
      const rows = tracks.map((t) => ({
        id: t.id,
        slug: t.slug,
        name: t.name,
        slots: t.slotCount,
        chairs: t.chairs.map((c) => c.user.email).sort(),
        proposals: t._count.proposals,
      }));
      if (opts.json) return console.log(JSON.stringify({ event: event.slug, tracks: rows }, null, 2));
      if (rows.length === 0) return console.log(`${event.slug} has no tracks yet (podium track:create adds one).`);
      const w = Math.max(4, ...rows.map((r) => r.slug.length));
      console.log(`${"slug".padEnd(w)}  ${"slots".padStart(5)}  ${"props".padStart(5)}  name (chairs)`);
      for (const r of rows) {
        const chairs = r.chairs.length ? ` (${r.chairs.join(", ")})` : "";
        console.log(
          `${r.slug.padEnd(w)}  ${String(r.slots || "-").padStart(5)}  ${String(r.proposals).padStart(5)}  ${r.name}${chairs}`,
        );
      }
    });

  program
    .command("format:create")
    .description("add a session format to an event (audit-logged)")
    .requiredOption("--event <slug>", "event slug")
    .requiredOption("--name <name>", 'format name, e.g. "Deep dive"')
    .option("--slug <slug>", "format slug (default: from the name)")
    .option("--minutes <n>", "duration in minutes, 5..600 (default 30)")
    .option("--json", "print the created format as JSON")
    .action(async (opts: { event: string; name: string; slug?: string; minutes?: string; json?: boolean }) => {
      const event = await eventBySlugOrFail(opts.event);
      const r = await createFormat(event.id, {
        name: opts.name,
        slug: opts.slug ?? slugify(opts.name),
        durationMinutes: opts.minutes,
      });
      if (!r.ok) throw new CliError(flagMessage(r, FORMAT_FLAGS, FORMAT_LABELS));
      if (opts.json) return console.log(JSON.stringify(r.format, null, 2));
      console.log(
        `Created format ${r.format.slug} in ${event.slug}: ${r.format.name}, ${r.format.durationMinutes} minutes`,
      );
    });

  program
    .command("chair:add")
    .description(
      "make someone a chair of a track; an unknown address gets a placeholder user that the person takes over " +
        "at first sign-in. Sends an invitation e-mail through the outbox (audit-logged)",
    )
    .requiredOption("--event <slug>", "event slug")
    .requiredOption("--track <track>", "track id, slug or name")
    .requiredOption("--email <email>", "the chair's e-mail address")
    .option("--json", "print the result as JSON")
    .action(async (opts: { event: string; track: string; email: string; json?: boolean }) => {
      const event = await eventBySlugOrFail(opts.event);
      const tracks = await db.track.findMany({
        where: { eventId: event.id },
        select: { id: true, slug: true, name: true },
        orderBy: { position: "asc" },
      });
      const track = findByRef(tracks, opts.track);
      if (!track) throw new CliError(`--track: ${unknownRefMessage("Track", opts.track, tracks)}`);
      const r = await assignChair(track.id, opts.email);
      if (!r.ok) throw new CliError(flagMessage(r, { email: "--email" }));
      const email = opts.email.trim().toLowerCase();
      if (opts.json) {
        const { ok: _ok, ...rest } = r;
        return console.log(JSON.stringify({ event: event.slug, track: track.slug, email, ...rest }, null, 2));
      }
      console.log(
        r.alreadyChair
          ? `${email} already chairs ${track.name}.`
          : `${email} now chairs ${track.name}${r.createdUser ? " (new; they get access when they first sign in)" : ""}; invitation e-mail queued.`,
      );
    });
}
