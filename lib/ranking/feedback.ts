// Past-feedback folding: a separate, weighted component next to the community score.
//
// A proposal's component is feedbackWeight x the mean reputation of its speakers *who have one*.
// Newcomers (undefined) contribute exactly nothing: an all-newcomer proposal gets exactly 0, and
// adding or dropping a newcomer co-speaker never changes a proposal's component (it neither
// dilutes a veteran's good reputation nor hides a poor one), so the rule gives no reason to add
// or drop newcomers. Reputations are already standardized and shrunk by their rating counts
// (lib/feedback/reputation.ts).

export function feedbackComponent(
  speakerReputations: readonly (number | undefined)[] | undefined,
  feedbackWeight: number,
): number {
  if (!speakerReputations || feedbackWeight === 0) return 0;
  let sum = 0;
  let known = 0;
  for (const r of speakerReputations) {
    if (r === undefined || !Number.isFinite(r)) continue;
    sum += r;
    known++;
  }
  return known === 0 ? 0 : (feedbackWeight * sum) / known;
}
