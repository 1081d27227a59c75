import { describe, expect, it } from "vitest";
import { cell, share, showCell } from "./suppress";

describe("small-cell suppression", () => {
  it("hides counts from 1 to 4 and keeps 0 and 5+", () => {
    expect([0, 1, 4, 5, 12].map((n) => showCell(cell(n)))).toEqual(["0", "<5", "<5", "5", "12"]);
    expect(cell(3)).toEqual({ value: null, suppressed: true });
  });
  it("gives no share whose numerator would be suppressed", () => {
    expect(share(3, 20)).toBeNull();
    expect(share(0, 20)).toBe(0);
    expect(share(5, 20)).toBe(25);
    expect(share(5, 0)).toBeNull();
  });
});
