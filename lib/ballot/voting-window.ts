// Pure: is voting open for this event at this instant? The server checks this on every write;
// votingClosesAt wins over the phase (voting closes exactly on time even if nobody moves the phase).
export type VotingWindowEvent = { phase: string; votingOpensAt: Date | null; votingClosesAt: Date | null };

export type VotingWindow = { open: true } | { open: false; reason: string };

export function votingWindow(event: VotingWindowEvent, now: Date): VotingWindow {
  if (event.votingClosesAt && now.getTime() >= event.votingClosesAt.getTime()) {
    return {
      open: false,
      reason: `Voting closed at ${event.votingClosesAt.toISOString().replace(".000Z", "Z")}; votes can no longer be cast or changed.`,
    };
  }
  if (event.phase !== "VOTING") return { open: false, reason: "Voting is not open for this event." };
  if (event.votingOpensAt && now.getTime() < event.votingOpensAt.getTime()) {
    return { open: false, reason: `Voting opens at ${event.votingOpensAt.toISOString().replace(".000Z", "Z")}.` };
  }
  return { open: true };
}
