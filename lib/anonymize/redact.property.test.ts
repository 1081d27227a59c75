import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { visibleSkeleton as fold } from "./normalize";
import { redactText, type IdentityContext } from "./index";
import { isCommonWord } from "./wordlists";

// Invented name parts (with accents and apostrophes) that are not ordinary words.
const syllables = ["ka", "lo", "mi", "né", "zu", "ri", "ta", "bo", "ñe", "vä", "sh", "dr", "ou", "ël"];
const namePart = fc
  .array(fc.constantFrom(...syllables), { minLength: 2, maxLength: 4 })
  .map((s) => s.join(""))
  .filter((p) => !isCommonWord(fold(p)))
  .map((p) => p[0].toUpperCase() + p.slice(1));
const fullName = fc
  .tuple(namePart, namePart, fc.boolean())
  .map(([a, b, apostrophe]) => (apostrophe ? `${a} O'${b}` : `${a} ${b}`));
const orgName = fc
  .tuple(namePart, fc.constantFrom("Works", "Labs", "Systems", "Data"), fc.constantFrom("", " Inc.", " GmbH", " Ltd."))
  .map(([a, b, suffix]) => `${a}${b}${suffix}`);

const filler = [
  "we",
  "built",
  "a",
  "platform",
  "on",
  "Kubernetes",
  "and",
  "Kafka",
  "with",
  "Rust",
  ".",
  ",",
  "\n\n",
  "- ",
  "**bold**",
  "the",
  "Will",
  "will",
  "Go",
  "Google",
  "AWS",
  "2019-2023",
  "v1.2.3",
  "[docs](#x)",
  "(",
  ")",
  "'s",
  ":",
  "#",
];

/** A randomly cased, accent-stripped or possessive mention of `s`. */
function variant(s: string, how: number): string {
  switch (how) {
    case 0:
      return s;
    case 1:
      return s.toUpperCase();
    case 2:
      return s.toLowerCase();
    case 3:
      return fold(s);
    case 4:
      return `${s}'s`;
    default:
      return `${s}’s`;
  }
}

const scenario = fc
  .record({ speakers: fc.array(fullName, { minLength: 1, maxLength: 3 }), org: orgName })
  .chain(({ speakers, org }) => {
    const mention = fc
      .tuple(fc.constantFrom(...speakers, org.replace(/ (Inc\.|GmbH|Ltd\.)$/, ""), org), fc.integer({ min: 0, max: 5 }))
      .map(([s, how]) => variant(s, how));
    const piece = fc.oneof(fc.constantFrom(...filler), mention, mention);
    return fc.record({
      ctx: fc.constant<IdentityContext>({
        speakers: speakers.map((name) => ({ name })),
        organizations: [{ name: org }],
      }),
      text: fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(" ")),
    });
  });

const core = (org: string) => fold(org.replace(/ (Inc\.|GmbH|Ltd\.)$/, "")).toLowerCase();

// Property runs are CPU-bound; the timeout is for a shared, loaded machine, not a speed target.
describe("redaction properties", { timeout: 120_000 }, () => {
  it("the anonymized text never contains a speaker's full name or the organization's name", () => {
    fc.assert(
      fc.property(scenario, ({ ctx, text }) => {
        const out = fold(redactText(text, ctx, "ABSTRACT").text).toLowerCase();
        for (const s of ctx.speakers) expect(out).not.toContain(fold(s.name).toLowerCase());
        for (const o of ctx.organizations) expect(out).not.toContain(core(o.name));
      }),
      { numRuns: 300 },
    );
  });

  it("redacting twice changes nothing", () => {
    fc.assert(
      fc.property(scenario, ({ ctx, text }) => {
        const once = redactText(text, ctx, "ABSTRACT").text;
        const twice = redactText(once, ctx, "ABSTRACT");
        expect(twice.text).toBe(once);
        expect(twice.findings).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("findings point at the original text, in order, without overlaps", () => {
    fc.assert(
      fc.property(scenario, fc.string({ maxLength: 30 }), ({ ctx, text }, noise) => {
        const input = noise + text + noise;
        const { findings } = redactText(input, ctx, "TITLE");
        let last = 0;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(input.slice(f.start, f.end)).toBe(f.text);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("text without identity or contact details is returned unchanged", () => {
    const ctx: IdentityContext = { speakers: [{ name: "Zyx Qwopl" }], organizations: [{ name: "Vrrmtek" }] };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...filler), { maxLength: 50 }), (ps) => {
        const text = ps.join(" ");
        expect(redactText(text, ctx, "ABSTRACT").text).toBe(text);
      }),
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(scenario, ({ ctx, text }) => {
        expect(redactText(text, ctx, "ABSTRACT")).toEqual(redactText(text, { ...ctx }, "ABSTRACT"));
      }),
      { numRuns: 100 },
    );
  });
});
