import { LEVELS } from "@/lib/proposals/schema";

const LEVEL_LABEL: Record<(typeof LEVELS)[number], string> = {
  BEGINNER: "Beginner",
  INTERMEDIATE: "Intermediate",
  ADVANCED: "Advanced",
};

export const levelOptions = LEVELS.map((l) => ({ value: l, label: LEVEL_LABEL[l] }));
export const levelLabel = (l: string) => LEVEL_LABEL[l as (typeof LEVELS)[number]] ?? l;

/** Track and format <option>s by slug (the form sends slugs; lib/proposals resolves them within the event). */
export function eventOptions(event: {
  tracks: { slug: string; name: string }[];
  formats: { slug: string; name: string; durationMinutes: number }[];
}) {
  return {
    tracks: event.tracks.map((t) => ({ value: t.slug, label: t.name })),
    formats: event.formats.map((f) => ({ value: f.slug, label: `${f.name} (${f.durationMinutes} min)` })),
  };
}
