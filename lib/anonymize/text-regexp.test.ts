import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileIdentityRules } from "./identity-rules";
import { TextRegExp, textChars } from "./text-regexp";
import type { IdentityContext } from "./types";

const matches = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

// Characters where case-insensitive Unicode matching is subtle (Kelvin sign, long s, dotted I,
// final sigma, a combining mark that case-folds to a letter), other scripts, digits of other
// systems, an astral letter, a lone surrogate, and word-boundary punctuation.
const tricky = [..."KſİıςσΣͅßẞǅǄǆЖжΩΩ٣१𝐀😀\ud800éÉñÑøØłŁ_@&#.-/' \n"];
const syllables = ["ka", "lo", "mi", "né", "zu", "ri", "ta", "Ø", "ñe", "vä", "sk", "łe", "ou", "ël"];
const word = fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 3 }).map((s) => s.join(""));
const cap = (w: string) => w[0].toUpperCase() + w.slice(1);

describe("TextRegExp", () => {
  it("finds exactly what the pattern as written finds, for every identity rule on any text", () => {
    fc.assert(
      fc.property(
        word,
        word,
        word,
        // Text made of the declared words in several spellings, other words and tricky characters.
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), word, fc.constantFrom(...tricky)), { maxLength: 40 }),
        fc.array(fc.constantFrom(" ", "", "-", "#", "@", "'s ", ". ", "1", "Inc."), { maxLength: 40 }),
        (first, last, org, parts, seps) => {
          const ctx: IdentityContext = {
            speakers: [
              { name: `${cap(first)} ${cap(last)}`, email: `${first}.${last}@x.example`, handles: [`@${last}`] },
            ],
            organizations: [{ name: `${cap(org)}Works`, aliases: [cap(org)], domains: [] }],
          };
          const forms = [
            first,
            cap(last),
            last.toUpperCase(),
            cap(org),
            `${cap(org)}Works`,
            `#${cap(first)}`,
            `${cap(first)} ${cap(last)}`,
          ];
          const text = parts.map((p, i) => (typeof p === "number" ? forms[p] : p) + (seps[i] ?? " ")).join("");
          const chars = textChars(text);
          for (const rule of compileIdentityRules(ctx)) {
            expect(matches(text, rule.re.for(chars))).toEqual(matches(text, new RegExp(rule.re.source, rule.re.flags)));
          }
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it("rewrites property classes into explicit ones and leaves other patterns as written", () => {
    const re = new TextRegExp("(?<![\\p{L}\\p{N}_@])Ana(?:\\p{L}+|\\.)?(?![\\p{L}\\p{N}_])", "giu");
    const forAscii = re.for(textChars("Ana and Anab"));
    expect(forAscii.source).not.toContain("\\p{");
    expect(matches("Ana and Anab, xAna", forAscii)).toEqual([
      [0, "Ana"],
      [8, "Anab"],
    ]);
    // A letter the text contains joins the class: "Anaé" is one word, "éAna" is inside one.
    expect(matches("Anaé éAna Ana", re.for(textChars("Anaé éAna Ana")))).toEqual([
      [0, "Anaé"],
      [10, "Ana"],
    ]);
    const negated = new TextRegExp("[^\\p{L}]x", "gu");
    expect(negated.for(textChars("a x")).source).toBe("[^\\p{L}]x");
    const noUnicode = new TextRegExp("\\p{L}", "g");
    expect(matches("p{L}", noUnicode.for(textChars("p{L}")))).toEqual([[0, "p{L}"]]);
  });
});
