import "server-only";
import { redactProposal, type Finding } from "../anonymize";
import type { Tx } from "../db/client";
import { loadProposalIdentityContext } from "./identity";

/** Redacts a proposal's title and abstract against its (non-declined) speakers and stores the result and findings. */
export async function applyRedaction(tx: Tx, proposalId: string, title: string, abstract: string): Promise<Finding[]> {
  const ctx = await loadProposalIdentityContext(tx, proposalId);
  const redacted = redactProposal({ title, abstract }, ctx);
  await tx.redactionFinding.deleteMany({ where: { proposalId } });
  if (redacted.findings.length > 0) {
    await tx.redactionFinding.createMany({ data: redacted.findings.map((f) => ({ proposalId, ...f })) });
  }
  await tx.proposal.update({
    where: { id: proposalId },
    // A new original replaces any hand-edited anonymized text: it described the old original.
    data: {
      anonymizedTitle: redacted.anonymizedTitle,
      anonymizedAbstract: redacted.anonymizedAbstract,
      anonymizedEditedAt: null,
    },
  });
  return redacted.findings;
}
