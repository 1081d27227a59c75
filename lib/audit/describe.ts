// Human names of the audit log's kinds. Kinds not listed (new ones) read from their dotted name.

const KIND_LABELS: Record<string, string> = {
  "event.create": "Event created",
  "event.update": "Event settings changed",
  "event.phase": "Phase changed",
  "track.create": "Track added",
  "track.update": "Track changed",
  "track.delete": "Track deleted",
  "track.chair.assign": "Chair assigned",
  "track.chair.remove": "Chair removed",
  "format.create": "Format added",
  "format.update": "Format changed",
  "format.delete": "Format deleted",
  "identity.reveal": "Identity revealed",
  "cap.exception": "Cap exception granted",
  "proposal.anonymized_edit": "Voter version edited",
  "proposal.cfp_override": "Late submission allowed",
  "proposals.import": "Proposals imported",
  "decisions.apply": "Decisions applied",
  "decisions.override": "Decision overridden",
  "decisions.notify": "Decision e-mails queued",
  "email_template.update": "E-mail template changed",
  "feedback.import": "Past feedback imported",
  "feedback.fold": "Session ratings folded into feedback",
  "feedback.sessions_created": "Feedback sessions created",
  "user.role": "Role changed",
  "seed.demo": "Demo data seeded",
};

export function describeKind(kind: string): string {
  if (KIND_LABELS[kind]) return KIND_LABELS[kind];
  const words = kind.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A one-line summary of an entry's details: `from: DRAFT, to: CFP_OPEN`. */
export function summarizeDetails(details: unknown): string {
  if (!details || typeof details !== "object" || Array.isArray(details))
    return details == null ? "" : JSON.stringify(details);
  return Object.entries(details as Record<string, unknown>)
    .map(([k, v]) => `${k}: ${typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : JSON.stringify(v)}`)
    .join("; ");
}
