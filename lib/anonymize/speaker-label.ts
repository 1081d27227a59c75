// Anonymous speaker labels for chairs ("Speaker K7QM"): a chair can see that several proposals come
// from one person without learning who. Pure: the caller passes the server secret, so nobody who
// knows a user id can compute the label, and a label says nothing about the person.
import { createHmac } from "node:crypto";

// No 0/O, 1/I/L, U/V look-alikes: labels are read aloud in chair meetings.
const ALPHABET = "ABCDEFGHJKMNPQRSTWXYZ23456789";
const BASE_LENGTH = 4;

function digestLabel(secret: string, eventId: string, userId: string, length: number): string {
  const digest = createHmac("sha256", secret).update(`speaker-label\0${eventId}\0${userId}`).digest();
  let label = "";
  for (let i = 0; i < length; i++) label += ALPHABET[digest[i] % ALPHABET.length];
  return label;
}

/**
 * Labels for the speakers of one event: the same (event, user) always gets the same label, labels
 * differ between events, and no two users in `userIds` share one (colliding users get longer labels,
 * decided by user id order, so the result does not depend on the order of `userIds`).
 */
export function assignSpeakerLabels(eventId: string, userIds: Iterable<string>, secret: string): Map<string, string> {
  const users = [...new Set(userIds)].sort();
  const labels = new Map<string, string>();
  let pending = users;
  for (let length = BASE_LENGTH; pending.length > 0; length++) {
    const byLabel = new Map<string, string[]>();
    for (const user of pending) {
      const label = digestLabel(secret, eventId, user, length);
      byLabel.set(label, [...(byLabel.get(label) ?? []), user]);
    }
    const taken = new Set(labels.values());
    const next: string[] = [];
    for (const [label, owners] of byLabel) {
      if (owners.length === 1 && !taken.has(label)) labels.set(owners[0], label);
      else next.push(...owners);
    }
    pending = next;
    if (length > 32) throw new Error("assignSpeakerLabels: could not separate labels");
  }
  return labels;
}

/** The label of a proposal: its primary speaker's (the person who submitted it). */
export function proposalSpeakerLabel(labels: Map<string, string>, primarySpeakerId: string): string {
  const label = labels.get(primarySpeakerId);
  if (!label) throw new Error("proposalSpeakerLabel: speaker has no label in this event");
  return label;
}
