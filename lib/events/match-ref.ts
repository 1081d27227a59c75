// Finds a track or format by what a person writes for it: its id, its slug or its name, ignoring
// case, accents and extra spaces ("developer  experience", "Développeur" == "Developpeur").
// Pure, so the form, the CSV import and the CLI share one rule.

export type Named = { id: string; slug: string; name: string };

/** Lower-case, accents stripped, inner whitespace collapsed. */
export function normalizeName(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en").replace(/\s+/g, " ").trim();
}

export function findByRef<T extends Named>(items: readonly T[], ref: string): T | undefined {
  const raw = ref.trim();
  if (!raw) return undefined;
  const key = normalizeName(raw);
  return (
    items.find((i) => i.id === raw) ??
    items.find((i) => i.slug === key) ??
    items.find((i) => normalizeName(i.name) === key) ??
    items.find((i) => normalizeName(i.slug) === key)
  );
}

/** `Track "X" does not exist in this event; valid tracks: "A" (a), "B" (b)` */
export function unknownRefMessage(kind: "Track" | "Format", ref: string, items: readonly Named[]): string {
  const what = `${kind} "${ref}" does not exist in this event`;
  if (items.length === 0) return `${what}; the event has no ${kind.toLowerCase()}s yet`;
  const list = items.map((i) => (normalizeName(i.name) === i.slug ? `"${i.name}"` : `"${i.name}" (${i.slug})`));
  return `${what}; valid ${kind.toLowerCase()}s: ${list.join(", ")}`;
}
