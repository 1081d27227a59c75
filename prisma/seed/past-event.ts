// A small past event for the demo: held a few days ago, PUBLISHED, its accepted talks are
// sessions that attendees can still rate (the feedback window is open). Speakers are keys of
// speakers.ts; raters are indexes into voters.ts. The last talk has no session yet, so the
// organizer's "Create sessions from accepted proposals" button has something to do.
export const PAST_EVENT = {
  slug: "cloud-day-2026",
  name: "Open Cloud Day 2026",
  description: "A one-day community event, held last week. Attendees: rate the sessions you saw.",
};

export type SeedPastTalk = {
  speaker: string;
  title: string;
  abstract: string;
  /** Hours after the event start; null = accepted but no session created yet. */
  startsAfterHours: number | null;
  room: string;
  /** [voter index, rating, comment?] */
  ratings: [number, number, string?][];
};

export const PAST_TALKS: SeedPastTalk[] = [
  {
    speaker: "samira",
    title: "Tenant Isolation Without Tears",
    abstract:
      "What we changed in our multi-tenant clusters after two noisy-neighbour incidents, and what we would do differently.",
    startsAfterHours: 1,
    room: "Hall A",
    ratings: [
      [0, 5, "Clear and practical."],
      [1, 4],
      [2, 4, "Would have liked more on quotas."],
      [3, 5],
    ],
  },
  {
    speaker: "daniel",
    title: "Etcd Under Pressure",
    abstract: "Measuring and tuning the control plane's datastore when clusters grow past a thousand nodes.",
    startsAfterHours: 2,
    room: "Hall A",
    ratings: [
      [4, 4],
      [5, 3, "Dense slides."],
      [6, 4],
    ],
  },
  {
    speaker: "zoe",
    title: "Cost Dashboards People Actually Read",
    abstract: "Turning cloud bills into three numbers engineering teams look at every week.",
    startsAfterHours: 4,
    room: "Room 2",
    ratings: [
      [7, 5],
      [8, 5, "Best talk of the day."],
    ],
  },
  {
    speaker: "mateo",
    title: "Chart Testing in CI",
    abstract: "Catching broken Helm charts before users do, with a test matrix that stays fast.",
    startsAfterHours: null,
    room: "Room 2",
    ratings: [],
  },
];
