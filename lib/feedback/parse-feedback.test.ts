import { describe, expect, it } from "vitest";
import { heldAtFromEventName, parseFeedbackCsv } from "./parse-feedback";

const bytes = (s: string) => new TextEncoder().encode(s);
const HEADER = "speaker_email,event,session_title,rating_average,rating_count,scale_max\n";

describe("parseFeedbackCsv", () => {
  it("reads valid rows, normalizes scales and lower-cases e-mails", () => {
    const r = parseFeedbackCsv(
      bytes(
        `\uFEFF${HEADER}Ada@Example.org,Summit 2025,"Talk, with comma",4.5,120,\r\nbob@example.org,Summit 2026,"Multi\nline ""quoted""",8.2,40,10\n\n`,
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toMatchObject({
      line: 2,
      speakerEmail: "ada@example.org",
      sessionTitle: "Talk, with comma",
      scaleMax: 5,
      normalizedAverage: 0.875,
    });
    expect(r.rows[1]).toMatchObject({ line: 3, sessionTitle: 'Multi line "quoted"', scaleMax: 10, ratingCount: 40 });
    expect(r.rows[1].normalizedAverage).toBeCloseTo(0.8, 10);
    expect(r.rows[0].heldAt?.toISOString()).toBe("2025-07-01T00:00:00.000Z");
  });

  it("accepts the five-column form with scale 1..5 by default and columns in any order", () => {
    const r = parseFeedbackCsv(
      bytes("event,speaker_email,session_title,rating_count,rating_average\nConf,a@example.org,T,10,5\n"),
    );
    expect(r.ok && r.rows[0].scaleMax).toBe(5);
    expect(r.ok && r.rows[0].normalizedAverage).toBe(1);
  });

  it("refuses bad lines one by one, with line numbers and reasons", () => {
    const r = parseFeedbackCsv(
      bytes(
        HEADER +
          "a@example.org,Conf,Good,4,10,\n" + // 2 ok
          "b@example.org,Conf,Bad avg,four,10,\n" + // 3
          "c@example.org,Conf,Too high,5.5,10,\n" + // 4
          "d@example.org,Conf,Too low,0.5,10,\n" + // 5
          "e@example.org,Conf,No count,4,0,\n" + // 6
          "not-an-email,Conf,X,4,3,\n" + // 7
          "f@example.org,Conf,Scale,9,3,7\n" + // 8
          "g@example.org,Conf,Short,4\n" + // 9
          "A@example.org,conf,good,3,4,\n" + // 10 duplicate of 2
          "h@example.org,Conf,Ten,9.5,3,10\n", // 11 ok
      ),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows.map((x) => x.line)).toEqual([2, 11]);
    expect(r.total).toBe(10);
    const byLine = Object.fromEntries(r.errors.map((e) => [e.line, e.message]));
    expect(Object.keys(byLine).map(Number)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(byLine[3]).toMatch(/rating_average "four" is not a number/);
    expect(byLine[4]).toMatch(/rating_average 5.5 is above the scale \(1..5/);
    expect(byLine[5]).toMatch(/below 1/);
    expect(byLine[6]).toMatch(/rating_count 0 must be at least 1/);
    expect(byLine[7]).toMatch(/not an e-mail address/);
    expect(byLine[8]).toMatch(/rating_average 9 is above the scale \(1..7\)/);
    expect(byLine[9]).toMatch(/4 fields, but the header has 6/);
    expect(byLine[10]).toMatch(/same speaker, event and session title as line 2/);
  });

  it("refuses the whole file for a bad header", () => {
    const r = parseFeedbackCsv(bytes("email,event,title,avg,count\na@example.org,C,T,4,5\n"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /missing columns speaker_email, session_title, rating_average, rating_count; unknown columns email, title, avg, count\. The header must be speaker_email,event,session_title,rating_average,rating_count\[,scale_max\]/,
    );
  });

  it("refuses the whole file when it is not UTF-8, naming the byte", () => {
    const latin1 = Uint8Array.from([...bytes(HEADER + "a@example.org,Conf,Caf"), 0xe9, ...bytes(",4,5,\n")]);
    const r = parseFeedbackCsv(latin1);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/not UTF-8 \(byte 0xe9 at offset \d+\)/);
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x73, 0x00]);
    expect(parseFeedbackCsv(utf16)).toMatchObject({ ok: false, message: expect.stringMatching(/not UTF-8/) });
  });

  it("refuses an empty file and an unclosed quote", () => {
    expect(parseFeedbackCsv(bytes(""))).toMatchObject({ ok: false, message: expect.stringMatching(/empty/) });
    expect(parseFeedbackCsv(bytes(`${HEADER}a@example.org,Conf,"open,4,5,\n`))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/line 2: quoted field is never closed/),
    });
  });
});

describe("heldAtFromEventName", () => {
  it("takes the last year in the name", () => {
    expect(heldAtFromEventName("KubeCon EU 2024")?.getUTCFullYear()).toBe(2024);
    expect(heldAtFromEventName("Meetup #12")).toBeNull();
  });
});
