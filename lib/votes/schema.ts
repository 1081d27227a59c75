import { z } from "zod";

/** Ballot item handles: 16 base64url characters (12 random bytes). */
export const handleSchema = z.string().regex(/^[A-Za-z0-9_-]{16}$/, { error: "Not a ballot item." });

export const castVoteSchema = z.object({
  eventSlug: z.string().min(1).max(80),
  handle: handleSchema,
  /** null = skip. The range is the event's scale, checked by castVote. */
  score: z.union([
    z.number({ error: "Score must be a number" }).int({ error: "Score must be a whole number" }),
    z.null(),
  ]),
  /** The revision of the vote the voter's page showed; null = the page showed no vote yet. */
  revision: z.number().int().min(0).nullable(),
});
export type CastVoteInput = z.infer<typeof castVoteSchema>;
