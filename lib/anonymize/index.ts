// Assisted redaction: pure, deterministic, no I/O. See docs/decisions/004-anonymization.md.
export type { Finding, IdentityContext, RedactionField, RedactionKind } from "./types";
export { PLACEHOLDER } from "./types";
export { redactProposal, redactText } from "./redact";
export { applyFindings } from "./apply-findings";
export { summarizeFindings } from "./summarize";
export { assignSpeakerLabels, proposalSpeakerLabel } from "./speaker-label";
export { evasionLabels } from "./evasion-labels";
export { describeWarning, findUndeclaredIdentity, type SecondNetWarning } from "./second-net";
