import { describe, expect, it } from "vitest";
import { proposalInputSchema } from "../proposals/schema";
import { profileInputSchema } from "../profile/schema";
import { rateSessionSchema } from "../feedback/schema";
import { createEventSchema, trackInputSchema } from "../events/schema";
import { normalizeText, textField } from "./hygiene";

const proposal = (title: string, abstract = "A real abstract about Kafka.") =>
  proposalInputSchema.safeParse({ title, abstract, track: "t", format: "f" });
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("textField", () => {
  it("refuses NUL, C0/C1 controls and bidi controls with a message naming the field", () => {
    expect(messages(proposal("Kafka\u0000 at scale"))).toEqual([
      "title: Title contains a NUL character (U+0000), which is not allowed",
    ]);
    expect(messages(proposal("Kafka \u0007 bell"))[0]).toContain("control character (U+0007)");
    expect(messages(proposal("Kafka \u0085 next line"))[0]).toContain("control character (U+0085)");
    expect(messages(proposal("Harmless \u202Egnp.exe"))[0]).toBe(
      "title: Title contains a text-direction control (U+202E) that changes how it displays; remove it",
    );
    expect(messages(proposal("Fine title", "Body with an isolate \u2066x\u2069"))[0]).toContain(
      "abstract: Abstract contains a text-direction control (U+2066)",
    );
  });

  it("refuses a title or abstract with nothing visible", () => {
    expect(messages(proposal("\u200b"))).toEqual(["title: Title is required"]);
    expect(messages(proposal("\u2800\u115f ..."))).toEqual(["title: Title must contain visible letters or digits"]);
    expect(messages(proposal("Fine", "** __ **"))).toEqual([
      "abstract: Abstract must contain visible letters or digits",
    ]);
  });

  it("normalizes invisible characters inside words instead of refusing them", () => {
    const r = proposal("Ma\u200brta's K\u00adafka\ufeff talk", "Line one\r\nline two\u2028three");
    expect(r.success).toBe(true);
    if (r.success) {
      expect(r.data.title).toBe("Marta's Kafka talk");
      expect(r.data.abstract).toBe("Line one\nline two\nthree");
    }
    // Joiners stay where scripts and emoji need them.
    expect(normalizeText("می\u200cخواهم 👩\u200d💻")).toBe("می\u200cخواهم 👩\u200d💻");
    expect(normalizeText("Mar\u200dta")).toBe("Marta");
  });

  it("keeps tabs and newlines only in multi-line fields", () => {
    expect(textField("Bio", { multiline: true }).parse("a\tb\nc")).toBe("a\tb\nc");
    expect(textField("Name").parse("a\tb\nc")).toBe("a b c");
  });

  it("is used by profile, feedback, event and track schemas", () => {
    expect(messages(profileInputSchema.safeParse({ name: "Ana\u0000", handles: "" }))[0]).toContain(
      "Name contains a NUL character",
    );
    expect(
      messages(rateSessionSchema.safeParse({ sessionId: "s", rating: 4, comment: "great\u202Etalk" }))[0],
    ).toContain("Comment contains a text-direction control");
    expect(messages(createEventSchema.safeParse({ slug: "ev-one", name: "\u200b\u200b" }))).toContain(
      "name: Name is required",
    );
    expect(messages(trackInputSchema.safeParse({ slug: "tr", name: "Web\u0001" }))[0]).toContain(
      "Track name contains a control character (U+0001)",
    );
  });
});
