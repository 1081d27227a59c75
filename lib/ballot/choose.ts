// Pure ballot assignment: which proposals a voter gets. Lowest coverage first (times assigned,
// then votes received), random tie-break, never a proposal the voter has a conflict with, and
// optionally only the voter's preferred tracks. The order shown to the voter is shuffled, so the
// position of an item says nothing about its coverage.

export type Candidate = {
  /** Opaque key (the proposal id in practice; never leaves the server). */
  key: string;
  trackId: string;
  /** How many ballots already hold it. */
  assigned: number;
  /** How many scores it has received. */
  votes: number;
  /** Conflict keys of its speakers (see conflictKeys). */
  conflicts: readonly string[];
};

export type ChooseBallotInput = {
  candidates: readonly Candidate[];
  /** The voter's conflict keys: a candidate sharing any of them is never chosen. */
  voterConflicts: readonly string[];
  size: number;
  /** Track ids; empty or absent = every track. */
  trackPreferences?: readonly string[];
  /** Keys already on the voter's ballot ("give me more" never repeats them). */
  alreadyAssigned?: ReadonlySet<string>;
  random: () => number;
};

/**
 * Conflict keys of a person or of a proposal's speakers: the users themselves, their normalized
 * organizations and their organizations' and own (non-public) e-mail domains. A voter and a
 * proposal conflict when they share a key.
 */
export function conflictKeys(parts: {
  userIds?: readonly string[];
  organizationIds?: readonly (string | null)[];
  domains?: readonly (string | null)[];
}): string[] {
  const keys = new Set<string>();
  for (const id of parts.userIds ?? []) keys.add(`user:${id}`);
  for (const id of parts.organizationIds ?? []) if (id) keys.add(`org:${id}`);
  for (const d of parts.domains ?? []) if (d) keys.add(`domain:${d.toLowerCase()}`);
  return [...keys];
}

export function hasConflict(voterConflicts: ReadonlySet<string>, candidate: Pick<Candidate, "conflicts">): boolean {
  return candidate.conflicts.some((k) => voterConflicts.has(k));
}

/** Fisher-Yates with the given random source. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The keys to assign, at most `size`, in the order the voter will see them. */
export function chooseBallot(input: ChooseBallotInput): string[] {
  const voter = new Set(input.voterConflicts);
  const tracks = input.trackPreferences?.length ? new Set(input.trackPreferences) : null;
  const already = input.alreadyAssigned ?? new Set<string>();
  const pool = input.candidates
    .filter((c) => !already.has(c.key) && (!tracks || tracks.has(c.trackId)) && !hasConflict(voter, c))
    .map((c) => ({ c, tie: input.random() }));
  pool.sort((a, b) => a.c.assigned - b.c.assigned || a.c.votes - b.c.votes || a.tie - b.tie);
  const chosen = pool.slice(0, Math.max(0, input.size)).map((p) => p.c.key);
  return shuffle(chosen, input.random);
}
