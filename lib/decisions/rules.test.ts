import { describe, expect, it } from "vitest";
import { describeFlag } from "./flags";
import {
  findViolations,
  projectedMark,
  remainingForOrganization,
  summarizeSelection,
  type SelectionProposal,
} from "./rules";

const nimbus = { id: "o-n", name: "NimbusWorks" };
const hyper = { id: "o-h", name: "Hyperscale" };

const prop = (id: string, over: Partial<SelectionProposal> = {}): SelectionProposal => ({
  id,
  trackId: "t1",
  status: "SUBMITTED",
  mark: null,
  organizations: [],
  newcomer: false,
  ...over,
});

describe("projectedMark", () => {
  it("uses the pending mark inside the scope and the applied status outside it", () => {
    const p = prop("a", { trackId: "t2", status: "ACCEPTED", mark: "REJECT" });
    expect(projectedMark(p, new Set(["t1"]))).toBe("ACCEPT");
    expect(projectedMark(p, new Set(["t2"]))).toBe("REJECT");
    expect(projectedMark(p, "all")).toBe("REJECT");
    expect(projectedMark(prop("b", { status: "WITHDRAWN", mark: "ACCEPT" }), "all")).toBeNull();
    expect(projectedMark(prop("c", { status: "WAITLISTED" }), "all")).toBe("WAITLIST");
  });
});

describe("organization cap arithmetic", () => {
  const selection = [
    prop("1", { mark: "ACCEPT", organizations: [nimbus] }),
    prop("2", { mark: "ACCEPT", organizations: [nimbus] }),
    prop("3", { mark: "ACCEPT", organizations: [nimbus, hyper] }), // co-speakers: counts for both
    prop("4", { mark: "WAITLIST", organizations: [nimbus] }),
    // Another track, already applied: counts through its status, not its newer pending mark.
    prop("5", { trackId: "t2", status: "ACCEPTED", mark: "REJECT", organizations: [nimbus] }),
    prop("6", { mark: "ACCEPT", organizations: [] }),
  ];

  it("counts accepted proposals per organization across tracks, co-speaker organizations each once", () => {
    const s = summarizeSelection(selection, new Set(["t1"]));
    expect(s.accepted).toBe(5);
    expect(s.perOrganization).toEqual([
      { id: "o-n", name: "NimbusWorks", count: 4 },
      { id: "o-h", name: "Hyperscale", count: 1 },
    ]);
    expect(s.perTrack.get("t1")).toEqual({ UNDECIDED: 0, ACCEPT: 4, WAITLIST: 1, REJECT: 0 });
    expect(s.perTrack.get("t2")).toEqual({ UNDECIDED: 0, ACCEPT: 1, WAITLIST: 0, REJECT: 0 });
  });

  it("names the organization, its count and the limit", () => {
    const v = findViolations(summarizeSelection(selection, new Set(["t1"])), {
      maxAcceptedPerOrg: 2,
      newcomerTarget: null,
    });
    expect(v).toHaveLength(1);
    expect(v[0].message).toBe("NimbusWorks would have 4 accepted proposals; the limit is 2.");
  });

  it("allows exactly the limit, and 0 means unlimited", () => {
    const atLimit = [
      prop("1", { mark: "ACCEPT", organizations: [nimbus] }),
      prop("2", { mark: "ACCEPT", organizations: [nimbus] }),
    ];
    const s = summarizeSelection(atLimit, "all");
    expect(findViolations(s, { maxAcceptedPerOrg: 2, newcomerTarget: null })).toEqual([]);
    expect(remainingForOrganization(s, "o-n", { maxAcceptedPerOrg: 2, newcomerTarget: null })).toBe(0);
    expect(
      findViolations(summarizeSelection(selection, "all"), { maxAcceptedPerOrg: 0, newcomerTarget: null }),
    ).toEqual([]);
    expect(remainingForOrganization(s, "o-n", { maxAcceptedPerOrg: 0, newcomerTarget: null })).toBe(Infinity);
  });
});

describe("newcomer share", () => {
  it("is the share of accepted proposals whose speakers are all newcomers", () => {
    const s = summarizeSelection(
      [
        prop("1", { mark: "ACCEPT", newcomer: true }),
        prop("2", { mark: "ACCEPT" }),
        prop("3", { mark: "ACCEPT" }),
        prop("4", { mark: "REJECT", newcomer: true }),
      ],
      "all",
    );
    expect(s.newcomers).toBe(1);
    expect(s.newcomerShare).toBeCloseTo(1 / 3);
    const v = findViolations(s, { maxAcceptedPerOrg: 0, newcomerTarget: 0.5 });
    expect(v.map((x) => x.message)).toEqual([
      "Newcomers would have 1 of 3 accepted proposals (33%); the target is 50%.",
    ]);
    expect(findViolations(s, { maxAcceptedPerOrg: 0, newcomerTarget: 0.3 })).toEqual([]);
  });

  it("has no share and no violation while nothing is accepted", () => {
    const s = summarizeSelection([prop("1", { mark: "REJECT" })], "all");
    expect(s.newcomerShare).toBeNull();
    expect(findViolations(s, { maxAcceptedPerOrg: 1, newcomerTarget: 0.9 })).toEqual([]);
  });

  it("meets a target of exactly the share (no floating-point refusal)", () => {
    const s = summarizeSelection(
      [
        ...Array.from({ length: 3 }, (_, i) => prop(`n${i}`, { mark: "ACCEPT", newcomer: true })),
        ...Array.from({ length: 7 }, (_, i) => prop(`v${i}`, { mark: "ACCEPT" })),
      ],
      "all",
    );
    expect(findViolations(s, { maxAcceptedPerOrg: 0, newcomerTarget: 0.3 })).toEqual([]);
  });
});

describe("describeFlag", () => {
  it("turns ranking flag codes into sentences", () => {
    expect(describeFlag("relies_on_new_accounts:12")).toBe("score relies on 12 new accounts");
    expect(describeFlag("few_votes:1")).toBe("only 1 vote: score is uncertain");
    expect(describeFlag("campaign_suspected:3")).toBe("suspected campaign: 3 suspicious voters down-weighted");
    expect(describeFlag("sabotage_suspected:14")).toBe(
      "suspected sabotage: 14 voters who scored this organization far below consensus, with little agreement elsewhere, down-weighted",
    );
    expect(describeFlag("own_org_votes_ignored:2")).toBe("2 votes from the speakers' own organization ignored");
    expect(describeFlag("no_votes")).toBe("no votes");
    expect(describeFlag("something_new")).toBe("something_new");
  });
});
