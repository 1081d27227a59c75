// Accent/typography folding that remembers where every folded character came from, so matches
// found in folded text map back to exact spans of the original.

const SPECIAL: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "TH",
  ı: "i",
  "\u2019": "'",
  "\u2018": "'",
  "\u02bc": "'",
  "\u2010": "-",
  "\u2011": "-",
  "\u00a0": " ",
};

const MARKS = /\p{M}/gu;

export type Folded = {
  text: string;
  /** For each folded index: start of the original character it came from. */
  origStart: number[];
  /** For each folded index: end (exclusive) of the original character it came from. */
  origEnd: number[];
};

export function foldWithMap(s: string): Folded {
  let text = "";
  const origStart: number[] = [];
  const origEnd: number[] = [];
  for (let i = 0; i < s.length;) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      text += s[i];
      origStart.push(i);
      origEnd.push(i + 1);
      i += 1;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i)!);
    const folded = SPECIAL[ch] ?? ch.normalize("NFD").replace(MARKS, "");
    for (let k = 0; k < folded.length; k++) {
      origStart.push(i);
      origEnd.push(i + ch.length);
    }
    text += folded;
    i += ch.length;
  }
  return { text, origStart, origEnd };
}

/** Folded form of a short string (names, organizations): accents, ligatures and curly quotes. */
export function fold(s: string): string {
  return foldWithMap(s).text;
}

/** Maps a [start, end) span of folded text back to the original, absorbing trailing combining marks. */
export function toOriginalSpan(original: string, f: Folded, start: number, end: number): [number, number] {
  const s = f.origStart[start];
  let e = f.origEnd[end - 1];
  while (e < original.length && /\p{M}/u.test(original[e])) e++;
  return [s, e];
}
