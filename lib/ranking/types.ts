// Input and output shapes of the ranking model (pure; no Prisma, no Next). lib/ranking/data.ts maps
// database rows onto the inputs; lib/ranking/compute.ts maps the output onto DESIGN.md's rank JSON.

export type RankingVote = {
  voterId: string;
  proposalId: string;
  /** null = skipped. Skips are not scores: they never enter the fit. */
  score: number | null;
  votedAt: Date;
};

export type RankingVoter = {
  id: string;
  accountCreatedAt: Date;
  organizationId: string | null;
};

export type RankingProposal = {
  id: string;
  trackId: string;
  /** Organizations of the proposal's confirmed speakers. */
  organizationIds: string[];
  /**
   * One entry per speaker: the speaker's reputation (standardized, already shrunk by rating
   * count, 0 = average speaker), or undefined for a newcomer without past feedback.
   */
  speakerReputations?: (number | undefined)[];
};

export type RankingEvent = {
  scaleMin: number;
  scaleMax: number;
  votingOpensAt: Date | null;
  votingClosesAt: Date | null;
  /** Weight of the past-feedback component (0 = ignore feedback). */
  feedbackWeight: number;
};

export type RankingInput = {
  event: RankingEvent;
  proposals: RankingProposal[];
  voters: RankingVoter[];
  votes: RankingVote[];
};

/** Why a voter's weight was lowered; each signal is 0..1 except partisanZ (a multiplicity-corrected z, signed). */
export type VoterSignals = {
  newAccount: number;
  burst: number;
  extreme: number;
  partisanZ: number;
  /** Organization the voter's scores favour or disfavour most (by |z|), if any. */
  partisanOrganizationId: string | null;
  bloc: number;
};

export type VoterAssessment = {
  id: string;
  /** Multiplies each of the voter's votes in the fit: 1 = full weight, near 0 = ignored. */
  weight: number;
  suspicion: number;
  signals: VoterSignals;
  scoredVotes: number;
};

export type ProposalResult = {
  id: string;
  trackId: string;
  /** Posterior mean quality in event quality-SD units (0 = an average proposal). */
  communityScore: number;
  /** 95% interval of communityScore. */
  ciLow: number;
  ciHigh: number;
  /** Scored votes (skips excluded). */
  votes: number;
  skips: number;
  feedbackComponent: number;
  combinedScore: number;
  flags: string[];
};

export type ModelDiagnostics = {
  mean: number;
  residualSd: number;
  qualitySd: number;
  biasSd: number;
  iterations: number;
};

export type RankingResult = {
  method: string;
  /** Sorted by id (the caller orders and ranks). */
  proposals: ProposalResult[];
  voters: { total: number; downweighted: number; assessments: VoterAssessment[] };
  diagnostics: ModelDiagnostics;
};
