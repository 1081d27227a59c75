import { z } from "zod";
import { textField } from "../text/hygiene";

export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const COMMENT_MAX = 2000;

export const rateSessionSchema = z.object({
  sessionId: z.string({ error: "Session is missing" }).min(1, { error: "Session is missing" }),
  rating: z.coerce
    .number({ error: "Choose a rating from 1 to 5" })
    .int({ error: "Choose a rating from 1 to 5" })
    .min(RATING_MIN, { error: "Choose a rating from 1 to 5" })
    .max(RATING_MAX, { error: "Choose a rating from 1 to 5" }),
  comment: textField("Comment", { multiline: true })
    .trim()
    .max(COMMENT_MAX, { error: `Comments are at most ${COMMENT_MAX} characters` })
    .optional()
    .transform((c) => (c ? c : null)),
});

export type RateSessionInput = z.input<typeof rateSessionSchema>;
