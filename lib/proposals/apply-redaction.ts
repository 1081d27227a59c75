import "server-only";
import { redactProposal, type Finding } from "../anonymize";
import type { Tx } from "../db/client";
import { loadIdentityContext } from "./identity";

/** Redacts a proposal's title and abstract against its (non-declined) speakers and stores the result and findings. */
export async function applyRedaction(tx: Tx, proposalId: string, title: string, abstract: string): Promise<Finding[]> {
  const speakers = await tx.proposalSpeaker.findMany({
    where: { proposalId, status: { not: "DECLINED" } },
    select: { userId: true },
  });
  const ctx = await loadIdentityContext(
    tx,
    speakers.map((s) => s.userId),
  );
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
