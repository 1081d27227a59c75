import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVASIONS } from "../../bench/redaction-evasion-cases";
import { renderMarkdown } from "../markdown/render";
import { evasionsOf, normalizeVisible, visibleSkeleton } from "./normalize";
import { redactProposal, redactText, type IdentityContext } from "./index";

const ctx: IdentityContext = {
  speakers: [{ name: "Marta Lindqvist", email: "marta.lindqvist@borealis.cloud" }, { name: "Kwame Osei" }],
  organizations: [{ name: "Borealis Cloud Ltd", domains: ["borealis.cloud"] }],
};
const targets = ["Marta", "Lindqvist", "Osei", "Borealis", "Kwame"];

/** What a voter reads: the rendered HTML's text, entities decoded, folded like the detector folds. */
function readable(markdown: string): string {
  const html = renderMarkdown(markdown).replace(/<[^>]*>/g, "");
  return visibleSkeleton(html)
    .toLowerCase()
    .replace(/[\s.\-·]+/g, "");
}

/** A finding's text as the word it disguises: folded, digits read as letters, splits closed. */
function plainOf(text: string): string {
  const leet: Record<string, string> = { "4": "a", "3": "e", "1": "i", "0": "o", "5": "s", "7": "t" };
  return visibleSkeleton(text)
    .toLowerCase()
    .replace(/[013457]/g, (d) => leet[d] ?? d)
    .replace(/[\s.\-·]+/g, "");
}

describe("evasion suite (bench/redaction-evasion-cases.ts)", { timeout: 120_000 }, () => {
  for (const ev of EVASIONS) {
    it(`${ev.id}: ${ev.description} is redacted and reported`, () => {
      for (const t of targets) {
        const text = `This talk is by ${ev.apply(t)}, who runs the platform team.`;
        const out = redactText(text, ctx, "ABSTRACT");
        expect(readable(out.text), JSON.stringify(text)).not.toContain(t.toLowerCase());
        const finding = out.findings.find((f) => plainOf(f.text).includes(t.toLowerCase()));
        expect(finding, JSON.stringify(text)).toBeDefined();
        // Techniques that change the stored bytes are named for the chair.
        if (ev.apply(t) !== t) expect(evasionsOf(finding!.text).length, ev.id).toBeGreaterThan(0);
      }
    });
  }

  it("also in titles and in the full name", () => {
    for (const ev of EVASIONS) {
      const out = redactProposal(
        { title: `${ev.apply("Kwame")} ${ev.apply("Osei")} on ${ev.apply("Borealis")} scale`, abstract: "Plain." },
        ctx,
      );
      expect(readable(out.anonymizedTitle), ev.id).not.toMatch(/kwame|osei|borealis/);
    }
  });
});

describe("normalizeVisible", { timeout: 120_000 }, () => {
  it("maps every normalized character back into the stored text, in order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        const n = normalizeVisible(s);
        expect(n.origStart.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.origStart[i]).toBeGreaterThanOrEqual(0);
          expect(n.origEnd[i]).toBeLessThanOrEqual(s.length);
          if (i > 0) expect(n.origStart[i]).toBeGreaterThanOrEqual(n.origStart[i - 1]);
        }
      }),
    );
  });

  it("leaves ordinary prose as it is and names no evasion in it", () => {
    const prose = "We moved 400 services to Kubernetes — and yes, it's 2× faster (p99: 12 ms). Café, naïve, São Paulo.";
    expect(evasionsOf(prose)).toEqual([]);
    expect(redactText(prose, ctx, "ABSTRACT").text).toBe(prose);
  });

  it("decodes what renders and keeps what shows literally", () => {
    expect(visibleSkeleton("Ma&#114;ta &amp; Fenwick")).toBe("Marta & Fenwick");
    expect(visibleSkeleton("Mar<span>ta</span>")).toBe("Marta");
    expect(visibleSkeleton("Ｍａｒｔａ Маrtа")).toBe("Marta Marta");
    expect(visibleSkeleton("M a r t a")).toBe("Marta");
    expect(visibleSkeleton("a < b and c > d")).toBe("a < b and c > d");
  });

  it("redacts the exact stored span, markup included", () => {
    expect(redactText("Ask Mar**ta** or *Lind*qvist.", ctx, "ABSTRACT").text).toBe("Ask [speaker] or [speaker].");
    expect(redactText("By Ma&#114;ta, at Bore<b>alis</b>.", ctx, "ABSTRACT").text).toBe(
      "By [speaker], at [organization].",
    );
  });
});
