import { describe, expect, it } from "vitest";
import { createProgressPrinter } from "./progress";

function sink(isTTY: boolean) {
  const out: string[] = [];
  return { out, isTTY, write: (s: string) => out.push(s) };
}

describe("createProgressPrinter", () => {
  it("stays quiet for a short file written to a log", () => {
    const s = sink(false);
    const report = createProgressPrinter(s, "Importing");
    for (let i = 1; i <= 100; i++) report(i, 100);
    expect(s.out).toEqual([]);
  });

  it("prints a line every 5% for a long file written to a log", () => {
    const s = sink(false);
    const report = createProgressPrinter(s, "Importing");
    for (let i = 1; i <= 1000; i++) report(i, 1000);
    expect(s.out).toHaveLength(21);
    expect(s.out.at(-1)).toBe("Importing: 1000/1000 rows (100%)\n");
  });

  it("rewrites one line on a terminal, even for a short file", () => {
    const s = sink(true);
    const report = createProgressPrinter(s, "Importing");
    for (let i = 1; i <= 3; i++) report(i, 3);
    expect(s.out).toEqual([
      "\rImporting: 1/3 rows (33%)",
      "\rImporting: 2/3 rows (66%)",
      "\rImporting: 3/3 rows (100%)\n",
    ]);
  });
});
