// What a speaker may send for a proposal. Messages start with the field's label so forms and the
// CSV import can show them as they are.
import { z } from "zod";
import { findDangerousMarkup } from "../markdown/render";
import { textField } from "../text/hygiene";

export const LIMITS = { title: 150, abstract: 3000, description: 10000, tags: 8, tag: 30, coSpeakers: 4 } as const;
export const LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const;

const markdown = (label: string, max: number, required: boolean) =>
  textField(label, { multiline: true, error: `${label} is required`, visible: required })
    .transform((s) => s.trim())
    .superRefine((s, ctx) => {
      if (required && s.length === 0) ctx.addIssue({ code: "custom", message: `${label} is required` });
      if (s.length > max) {
        ctx.addIssue({
          code: "custom",
          message: `${label} is too long: ${s.length.toLocaleString("en")} characters, at most ${max.toLocaleString("en")}`,
        });
      }
      const bad = findDangerousMarkup(s);
      if (bad)
        ctx.addIssue({
          code: "custom",
          message: `${label} contains markup that is not allowed (${bad}); use plain Markdown`,
        });
    });

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: (i) => `Co-speaker e-mail "${String(i.input)}" is not a valid address` }));

export const proposalInputSchema = z.object({
  title: textField("Title", { visible: true, error: "Title is required" })
    .transform((s) => s.replace(/\s+/g, " ").trim())
    .pipe(
      z.string().min(1, "Title is required").max(LIMITS.title, `Title is too long: at most ${LIMITS.title} characters`),
    ),
  abstract: markdown("Abstract", LIMITS.abstract, true),
  description: markdown("Description for chairs", LIMITS.description, false).optional(),
  track: z.string({ error: "Track is required" }).trim().min(1, "Track is required"),
  format: z.string({ error: "Format is required" }).trim().min(1, "Format is required"),
  level: z.enum(LEVELS, { error: "Level must be beginner, intermediate or advanced" }).default("INTERMEDIATE"),
  tags: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z.array(textField("Tag").trim().toLowerCase()).transform((a) => [...new Set(a.filter((t) => t !== ""))]),
    )
    .pipe(
      z
        .array(z.string().max(LIMITS.tag, `Each tag is at most ${LIMITS.tag} characters`))
        .max(LIMITS.tags, `At most ${LIMITS.tags} tags`),
    )
    .default([]),
  coSpeakers: z
    .preprocess(
      (v) => (typeof v === "string" ? v.split(/[;,\s]+/).filter((s) => s !== "") : v),
      z.array(email).max(LIMITS.coSpeakers, `At most ${LIMITS.coSpeakers} co-speakers`),
    )
    .transform((a) => [...new Set(a)])
    .default([]),
});

export type ProposalInput = z.infer<typeof proposalInputSchema>;
