// Test data factories: each test makes its own data through these.
import { db } from "../../lib/db/client";
import type { Prisma } from "../../lib/db/generated/client";
import type { CurrentUser } from "../../lib/auth/roles";

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeEvent(overrides: Partial<Prisma.EventUncheckedCreateInput> = {}) {
  const slug = overrides.slug ?? `ev-${uniq()}`;
  const event = await db.event.create({ data: { name: `Event ${slug}`, phase: "CFP_OPEN", ...overrides, slug } });
  const track = await db.track.create({ data: { eventId: event.id, slug: "main", name: "Main track" } });
  const format = await db.format.create({
    data: { eventId: event.id, slug: "talk", name: "Talk", durationMinutes: 30 },
  });
  return { event, track, format };
}

export async function makeOrganization(name = `Org ${uniq()}`) {
  return db.organization.create({ data: { name, normalizedName: name.toLowerCase() } });
}

export async function makeUser(overrides: Partial<Prisma.UserUncheckedCreateInput> = {}) {
  const email = overrides.email ?? `user-${uniq()}@example.org`;
  return db.user.create({
    data: { name: `User ${email.split("@")[0]}`, emailVerified: new Date(), ...overrides, email },
  });
}

/** A DRAFT proposal with its primary speaker, written directly (no redaction, no caps). */
export async function makeDraft(args: {
  eventId: string;
  trackId: string;
  formatId: string;
  speakerId: string;
  organizationId?: string | null;
  title?: string;
}) {
  const title = args.title ?? `Proposal ${uniq()}`;
  return db.proposal.create({
    data: {
      eventId: args.eventId,
      trackId: args.trackId,
      formatId: args.formatId,
      createdById: args.speakerId,
      title,
      abstract: "An abstract.",
      anonymizedTitle: title,
      anonymizedAbstract: "An abstract.",
      speakers: {
        create: {
          userId: args.speakerId,
          role: "PRIMARY",
          status: "CONFIRMED",
          organizationId: args.organizationId ?? null,
        },
      },
    },
  });
}

/** The CurrentUser the app builds for a signed-in user (a member unless `over` says otherwise). */
export function asCurrentUser(
  u: { id: string; email: string; name: string | null },
  over: Partial<CurrentUser> = {},
): CurrentUser {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: "MEMBER",
    emailVerified: true,
    organizationId: null,
    chairTrackIds: [],
    ...over,
  };
}
