// Plans one row of import:proposals against the chunk's World (./import-world.ts), in memory, with
// the rules of the one-row-per-transaction import it replaces: the primary speaker's account and
// profile (a placeholder follows the latest import, a signed-in person owns their profile), the
// co-speakers (placeholders with an organization from their e-mail domain), the speaker rows, the
// caps (checkCapsLocked's counts, against the state the earlier rows left), the status and the
// redaction. A row that fails (a cap) is undone with the World's journal, so it leaves nothing.
import "server-only";
import { randomUUID } from "node:crypto";
import { redactProposal, type Finding } from "../anonymize";
import { capViolationMessage, COUNTED_STATUSES, findCapViolation, type CapViolation } from "../caps/rules";
import type { ProposalLevel, ProposalStatus } from "../db/generated/enums";
import { fail, type Failure } from "../errors";
import { buildIdentityContext, identityOrgIds, type IdentityUser } from "./identity";
import type { ProfileState, ProposalColumns, SpeakerRow, UserState, World } from "./import-world";

export type PlannedRow = {
  externalId: string;
  speakerEmail: string;
  speakerName: string;
  organization: string;
  coSpeakers: string[];
  title: string;
  abstract: string;
  trackId: string;
  formatId: string;
  level: ProposalLevel;
  tags: string[];
};

/** The final state of one imported proposal and what changed about its speakers. */
export type ProposalWrite = ProposalColumns & {
  isNew: boolean;
  /** Set on a new proposal only, as level is: a re-import keeps them (the CSV has no such columns). */
  tags: string[];
  /** Set when the redaction ran: the findings replace the stored ones. */
  findings: Finding[] | null;
  deletedSpeakerIds: string[];
  newSpeakers: SpeakerRow[];
  changedSpeakers: SpeakerRow[];
};

/** The organizer is not the speaker: cap messages name the speaker instead of saying "you". */
function capMessage(v: CapViolation): string {
  if (v.cap !== "speaker") return capViolationMessage(v);
  return `Per-speaker cap reached for ${v.subject}: ${v.used} proposal${v.used === 1 ? "" : "s"} already submitted to this event, the limit is ${v.limit}.`;
}

function userFor(w: World, email: string, name: string | null): UserState {
  const known = w.users.get(email);
  if (known) return known;
  const user: UserState = {
    id: randomUUID(),
    email,
    name,
    emailVerified: false,
    hasAccount: false,
    organizationId: null,
    isNew: true,
    changed: false,
  };
  w.journal.put(w.users, email, user);
  w.journal.put(w.usersById, user.id, user);
  return user;
}

function change<T extends UserState | ProfileState, K extends keyof T>(w: World, obj: T, key: K, value: T[K]) {
  if (obj[key] === value) return;
  w.journal.set(obj, key, value);
  if (!obj.isNew) w.journal.set(obj as { changed: boolean }, "changed", true);
}

/**
 * The primary speaker's user, profile and organization. A person who has signed in owns their
 * profile: the import only fills what is missing. A placeholder follows the latest import.
 */
async function upsertSpeaker(w: World, s: { email: string; name: string; organization: string }) {
  const existed = w.users.has(s.email);
  const user = userFor(w, s.email, s.name);
  const owned = !existed || (!user.emailVerified && !user.hasAccount);
  let organizationId = user.organizationId;
  if (owned || !organizationId)
    organizationId = (await w.orgs.resolve({ name: s.organization || null, email: s.email }))?.id ?? null;
  const profile = { displayName: s.name, organizationText: s.organization || null, organizationId };
  change(w, user, "name", owned ? s.name : (user.name ?? s.name));
  change(w, user, "organizationId", organizationId);
  const existing = w.profiles.get(user.id);
  if (!existing) {
    w.journal.put(w.profiles, user.id, {
      id: randomUUID(),
      userId: user.id,
      ...profile,
      handles: [],
      links: [],
      isNew: true,
      changed: false,
    });
  } else if (owned) {
    change(w, existing, "displayName", profile.displayName);
    change(w, existing, "organizationText", profile.organizationText);
    change(w, existing, "organizationId", profile.organizationId);
  }
  return user;
}

/** Co-speakers new to Podium get an organization from their e-mail domain, so organization caps see them. */
async function prepareCoSpeakers(w: World, emails: string[]): Promise<UserState[]> {
  const users: UserState[] = [];
  for (const email of emails) {
    const user = userFor(w, email, null);
    if (!user.organizationId) {
      const org = await w.orgs.resolve({ email });
      if (org) change(w, user, "organizationId", org.id);
    }
    users.push(user);
  }
  return users;
}

/** checkCapsLocked's counts, from the World's counted proposals. */
function findViolation(w: World, proposalId: string, speakers: SpeakerRow[]): CapViolation | null {
  const { perSpeaker, perOrg, coSpeakersCountTowardCap: coCount } = w.caps;
  if (perSpeaker <= 0 && perOrg <= 0) return null; // no caps: nothing to count
  const others = [...w.counted].filter(([id, p]) => id !== proposalId && COUNTED_STATUSES.includes(p.status));
  const speakerUsage = speakers
    .filter((s) => s.role === "PRIMARY" || coCount)
    .map((s) => {
      const user = w.usersById.get(s.userId)!;
      const used = others.filter(([, p]) =>
        p.speakers.some((x) => x.userId === s.userId && (coCount || x.role === "PRIMARY")),
      ).length;
      return {
        userId: s.userId,
        name: user.name ?? user.email,
        used,
        extra: w.capExtra.get(s.userId) ?? 0,
        isSelf: false,
      };
    });
  const orgIds = [
    ...new Set(speakers.map((s) => w.usersById.get(s.userId)!.organizationId).filter((o): o is string => !!o)),
  ].sort();
  const orgUsage =
    perOrg > 0
      ? orgIds.map((id) => ({
          organizationId: id,
          name: w.orgs.orgs.get(id)?.name ?? id,
          used: others.filter(([, p]) => p.speakers.some((x) => x.organizationId === id)).length,
        }))
      : [];
  return findCapViolation({ perSpeaker, perOrg }, speakerUsage, orgUsage);
}

function redact(w: World, speakers: SpeakerRow[], title: string, abstract: string) {
  const users: IdentityUser[] = speakers.map((s) => {
    const u = w.usersById.get(s.userId)!;
    const p = w.profiles.get(u.id);
    return { name: u.name, email: u.email, organizationId: u.organizationId, profile: p ?? null };
  });
  const orgs = identityOrgIds(users)
    .map((id) => w.orgs.orgs.get(id))
    .filter((o) => o !== undefined);
  return redactProposal({ title, abstract }, buildIdentityContext(users, orgs));
}

/** Plans one validated row; on failure (a cap) the World is as it was before the row. */
export async function planRow(
  w: World,
  row: PlannedRow,
  now: Date,
): Promise<Failure | { ok: true; write: ProposalWrite }> {
  const mark = w.journal.mark();
  const speaker = await upsertSpeaker(w, {
    email: row.speakerEmail,
    name: row.speakerName,
    organization: row.organization,
  });
  const coUsers = await prepareCoSpeakers(
    w,
    row.coSpeakers.filter((e) => e !== row.speakerEmail),
  );
  const existing = w.proposals.get(row.externalId);
  const id = existing?.id ?? randomUUID();

  // The speaker rows: the CSV's speaker is the primary (a re-import may name another one), the
  // co-speakers exactly the CSV's, all confirmed (the organizer imports from a trusted source).
  const rows = (existing?.speakers ?? []).map((s) => ({ ...s }));
  const deleted = new Set<string>();
  const changed = new Set<SpeakerRow>();
  const added = new Set<SpeakerRow>();
  const keep = (s: SpeakerRow) => !deleted.has(s.id);
  for (const s of rows) if (s.role === "PRIMARY" && s.userId !== speaker.id) deleted.add(s.id);
  const primary = rows.find((s) => keep(s) && s.userId === speaker.id);
  if (primary) {
    if (primary.role !== "PRIMARY" || primary.status !== "CONFIRMED") changed.add(primary);
    primary.role = "PRIMARY";
    primary.status = "CONFIRMED";
  } else {
    const s: SpeakerRow = {
      id: randomUUID(),
      userId: speaker.id,
      role: "PRIMARY",
      status: "CONFIRMED",
      organizationId: speaker.organizationId,
      respondedAt: now,
    };
    rows.push(s);
    added.add(s);
  }
  const wanted = coUsers.filter((u) => u.id !== speaker.id);
  const wantedIds = new Set(wanted.map((u) => u.id));
  for (const s of rows) if (keep(s) && s.role === "CO_SPEAKER" && !wantedIds.has(s.userId)) deleted.add(s.id);
  for (const u of wanted) {
    const have = rows.find((s) => keep(s) && s.userId === u.id);
    if (!have) {
      const s: SpeakerRow = {
        id: randomUUID(),
        userId: u.id,
        role: "CO_SPEAKER",
        status: "CONFIRMED",
        organizationId: u.organizationId,
        respondedAt: now,
      };
      rows.push(s);
      added.add(s);
    } else if (have.status !== "CONFIRMED" && have.role === "CO_SPEAKER") {
      Object.assign(have, { status: "CONFIRMED", organizationId: u.organizationId, respondedAt: now });
      changed.add(have);
    }
  }
  const speakers = rows.filter((s) => keep(s) && s.status === "CONFIRMED");
  const before = new Set(existing?.speakers.filter((s) => s.status === "CONFIRMED").map((s) => s.userId) ?? []);
  const speakersChanged = !existing || speakers.length !== before.size || speakers.some((s) => !before.has(s.userId));
  // New and draft proposals become SUBMITTED; a withdrawn or decided proposal keeps its status.
  const submitting = !existing || existing.status === "DRAFT";
  const status: ProposalStatus = submitting ? "SUBMITTED" : existing.status;

  if (COUNTED_STATUSES.includes(status) && (submitting || speakersChanged)) {
    const violation = findViolation(w, id, speakers);
    if (violation) {
      w.journal.rollback(mark);
      return fail("cap_reached", capMessage(violation));
    }
    // Organization as of submission, as submitProposal records it.
    for (const s of speakers) {
      const org = w.usersById.get(s.userId)!.organizationId;
      if (s.organizationId !== org) {
        s.organizationId = org;
        changed.add(s);
      }
    }
  }

  // A chair's hand-edited anonymized text survives a re-import that changes nothing it was based on.
  const unchanged = existing && existing.title === row.title && existing.abstract === row.abstract && !speakersChanged;
  const redacted = unchanged && existing.anonymizedEditedAt ? null : redact(w, speakers, row.title, row.abstract);
  w.counted.set(id, {
    status,
    speakers: speakers.map((s) => ({ userId: s.userId, role: s.role, organizationId: s.organizationId })),
  });
  const final = rows.filter(keep);
  return {
    ok: true,
    write: {
      id,
      isNew: !existing,
      externalId: row.externalId,
      title: row.title,
      abstract: row.abstract,
      trackId: row.trackId,
      formatId: row.formatId,
      createdById: speaker.id,
      level: row.level,
      tags: row.tags,
      status,
      submittedAt: submitting ? now : existing.submittedAt,
      withdrawnAt: submitting ? null : existing.withdrawnAt,
      anonymizedTitle: redacted ? redacted.anonymizedTitle : existing!.anonymizedTitle,
      anonymizedAbstract: redacted ? redacted.anonymizedAbstract : existing!.anonymizedAbstract,
      anonymizedEditedAt: redacted ? null : existing!.anonymizedEditedAt,
      findings: redacted ? redacted.findings : null,
      deletedSpeakerIds: [...deleted],
      newSpeakers: final.filter((s) => added.has(s)),
      changedSpeakers: final.filter((s) => changed.has(s) && !added.has(s)),
    },
  };
}
