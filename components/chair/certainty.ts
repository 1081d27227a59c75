// pAccept in words: how sure the model is that a proposal
// belongs in the track's accepted set. Plain module: used by server and client components.
export type Certainty = { label: "sure in" | "coin flip" | "sure out"; tone: "green" | "amber" | "slate" };

export function certaintyOf(pAccept: number | null | undefined): Certainty | null {
  if (pAccept === null || pAccept === undefined || Number.isNaN(pAccept)) return null;
  if (pAccept >= 0.8) return { label: "sure in", tone: "green" };
  if (pAccept <= 0.2) return { label: "sure out", tone: "slate" };
  return { label: "coin flip", tone: "amber" };
}
