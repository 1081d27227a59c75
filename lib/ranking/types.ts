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
  /** Sort key that survives export and restore (the e-mail); the id when absent. */
  orderKey?: string;
  accountCreatedAt: Date;
  organizationId: string | null;
};

export type RankingProposal = {
  id: string;
  /** Sort key that survives export and restore (the external id); the id when absent. */
  orderKey?: string;
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
  /**
   * How far past feedback may move the quality prior, 0..1: 0 = off, 1 = as far as this event's
   * data supports (lib/ranking/feedback.ts).
   */
  feedbackWeight: number;
  /**
   * Share of a track's proposals that will be accepted when the track has no slot count, in (0, 1]
   * (the event's acceptanceShare setting; default 0.25).
   */
  acceptanceShare?: number;
};

export type RankingInput = {
  event: RankingEvent;
  proposals: RankingProposal[];
  voters: RankingVoter[];
  votes: RankingVote[];
  /** Accepted-set size per track id (slot count); tracks without one use event.acceptanceShare. */
  trackSlots?: Record<string, number>;
};

/** Why a voter's weight was lowered; each signal is 0..1 except partisanZ (a multiplicity-corrected z, signed). */
export type VoterSignals = {
  newAccount: number;
  burst: number;
  extreme: number;
  partisanZ: number;
  /** The same lean before the multiplicity correction (signed). */
  leanZ: number;
  /** Organization the voter's scores favour or disfavour most (by |z|), if any. */
  partisanOrganizationId: string | null;
  bloc: number;
  /** 0..1: how little the voter's other scores agree with consensus beyond their own mean (1 = nothing). */
  lowInformation: number;
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
  /** combinedScore - communityScore: the shift past feedback caused (exactly 0 for newcomers). */
  feedbackComponent: number;
  combinedScore: number;
  /** Probability (0..1) that the proposal belongs in its track's accepted set. */
  pAccept: number;
  flags: string[];
};

export type ModelDiagnostics = {
  mean: number;
  residualSd: number;
  qualitySd: number;
  biasSd: number;
  iterations: number;
  /** Feedback prior: quality SDs per reputation SD as used (after the organizer's dial), and proposals behind the estimate. */
  feedbackBeta: number;
  feedbackReturning: number;
};

export type RankingResult = {
  method: string;
  /** Sorted by id (the caller orders and ranks). */
  proposals: ProposalResult[];
  voters: { total: number; downweighted: number; assessments: VoterAssessment[] };
  /** Expected share of the top set that rankings from two random halves of the voters agree on. */
  reliability: { splitHalfTopAgreement: number };
  diagnostics: ModelDiagnostics;
};
