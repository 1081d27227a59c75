import { describe, expect, it } from "vitest";
import { readEventExport } from "./read-event-export";

const valid = {
  format: "podium-event-export",
  version: 1,
  event: {
    id: "e1",
    slug: "summit-2027",
    name: "Summit 2027",
    phase: "REVIEW",
    scale: { min: 0, max: 3, labels: ["No", "Maybe", "Yes", "Must"] },
    caps: { perSpeaker: 3, perOrganization: 10, acceptedPerOrganization: 2, newcomerTarget: null },
    tracks: [{ slug: "main", name: "Main" }],
    formats: [{ slug: "talk", name: "Talk", durationMinutes: 30 }],
    settings: {
      cfpOpensAt: "2027-01-01T00:00:00.000Z",
      cfpClosesAt: null,
      votingOpensAt: null,
      votingClosesAt: null,
      reviewEndsAt: null,
      eventStartsAt: null,
      eventEndsAt: null,
      ballotSize: 30,
      feedbackWeight: 0.3,
      someLaterSetting: 7,
    },
  },
  generatedAt: "2027-02-01T00:00:00.000Z",
  proposals: [
    {
      externalId: "p1",
      id: "c1",
      track: "main",
      format: "talk",
      level: "INTERMEDIATE",
      tags: [],
      status: "SUBMITTED",
      submittedAt: "2027-01-10T00:00:00.000Z",
      title: "T",
      abstract: "A",
      anonymizedTitle: "T",
      anonymizedAbstract: "A",
      speakers: [{ email: "s@example.org", name: "S", organization: null, role: "PRIMARY", status: "ACCEPTED" }],
    },
  ],
  ballots: [
    {
      voter: { email: "v@example.org", organization: null, accountCreatedAt: "2026-01-01T00:00:00.000Z" },
      votes: [{ proposal: "p1", score: 2, votedAt: "2027-01-20T00:00:00.000Z" }],
    },
  ],
  pastFeedback: [],
};

const read = (v: unknown) => readEventExport(typeof v === "string" ? v : JSON.stringify(v));

describe("readEventExport", () => {
  it("reads a complete export, keeping fields it does not know", () => {
    const r = read(valid);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.export.event.settings).toMatchObject({ feedbackWeight: 0.3, someLaterSetting: 7 });
    expect(readEventExport(`\uFEFF${JSON.stringify(valid)}`).ok).toBe(true);
  });

  it("names what is wrong with anything else", () => {
    const cases: [unknown, string | RegExp][] = [
      ["event,proposals\n1,2\n", /^not JSON \(/],
      [[valid], /^not a Podium event export \(expected "format": "podium-event-export"/],
      [{ event: valid.event, proposals: [] }, /^not a Podium event export/],
      [{ ...valid, version: 2 }, "export version 2 is not supported: this Podium restores version 1"],
      [{ ...valid, version: undefined }, "export version undefined is not supported: this Podium restores version 1"],
      [{ ...valid, ballots: undefined }, /^not a complete event export: ballots: /],
      [
        { ...valid, event: { ...valid.event, slug: "Not A Slug" } },
        "not a complete event export: event.slug: not an event slug",
      ],
      [{ ...valid, event: { ...valid.event, phase: "DONE" } }, /^not a complete event export: event\.phase: /],
      [
        { ...valid, ballots: [{ ...valid.ballots[0], votes: [{ proposal: "p1", score: "high", votedAt: "x" }] }] },
        /^not a complete event export: ballots\[0\]\.votes\[0\]\.score: /,
      ],
      [
        { ...valid, proposals: [{ ...valid.proposals[0], submittedAt: "yesterday" }] },
        /^not a complete event export: proposals\[0\]\.submittedAt: /,
      ],
    ];
    for (const [input, message] of cases) {
      const r = read(input);
      expect(r.ok, String(message)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});
