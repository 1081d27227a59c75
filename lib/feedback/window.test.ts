import { describe, expect, it } from "vitest";
import { ratingWindow, type WindowInput } from "./window";

const base: WindowInput = {
  phase: "PUBLISHED",
  eventStartsAt: new Date("2026-10-01T08:00:00Z"),
  eventEndsAt: new Date("2026-10-02T18:00:00Z"),
  feedbackWindowDays: 14,
  sessionStartsAt: new Date("2026-10-01T10:00:00Z"),
};

describe("ratingWindow", () => {
  it("opens at the session start and closes window days after the event ends", () => {
    expect(ratingWindow(base, new Date("2026-10-01T09:59:00Z")).state).toBe("not_yet");
    expect(ratingWindow(base, new Date("2026-10-01T10:00:00Z")).state).toBe("open");
    const w = ratingWindow(base, new Date("2026-10-16T17:59:00Z"));
    expect(w.state).toBe("open");
    expect(w.closesAt?.toISOString()).toBe("2026-10-16T18:00:00.000Z");
    expect(ratingWindow(base, new Date("2026-10-16T18:00:00Z")).state).toBe("closed");
  });

  it("without a session time, opens when the event starts", () => {
    const w = { ...base, sessionStartsAt: null };
    expect(ratingWindow(w, new Date("2026-09-30T00:00:00Z")).state).toBe("not_yet");
    expect(ratingWindow(w, new Date("2026-10-01T08:00:00Z")).state).toBe("open");
  });

  it("without an event end, closes window days after the session", () => {
    const w = { ...base, eventEndsAt: null };
    expect(ratingWindow(w, new Date("2026-10-15T09:00:00Z")).state).toBe("open");
    expect(ratingWindow(w, new Date("2026-10-15T10:00:00Z")).state).toBe("closed");
  });

  it("is shut before publication and after archiving", () => {
    expect(ratingWindow({ ...base, phase: "REVIEW" }, new Date("2026-10-03T00:00:00Z")).state).toBe("not_published");
    expect(ratingWindow({ ...base, phase: "ARCHIVED" }, new Date("2026-10-03T00:00:00Z")).state).toBe("closed");
  });

  it("with no dates at all, is open while published", () => {
    const w = ratingWindow({ ...base, eventStartsAt: null, eventEndsAt: null, sessionStartsAt: null }, new Date());
    expect(w).toEqual({ state: "open", opensAt: null, closesAt: null });
  });
});
