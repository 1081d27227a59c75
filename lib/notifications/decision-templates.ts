// Decision e-mail templates: one per kind, editable per event (EmailTemplate), with defaults.
// Placeholders are {{name}}; only the known ones are allowed, so a typo is refused on save
// instead of reaching a speaker as "Dear {{speakerNme}}".
import type { DecisionMark } from "../db/generated/enums";

export const DECISION_KINDS = ["decision_accept", "decision_waitlist", "decision_reject"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export const KIND_OF_MARK: Partial<Record<DecisionMark, DecisionKind>> = {
  ACCEPT: "decision_accept",
  WAITLIST: "decision_waitlist",
  REJECT: "decision_reject",
};

export const KIND_LABELS: Record<DecisionKind, string> = {
  decision_accept: "Accepted",
  decision_waitlist: "Waitlisted",
  decision_reject: "Not accepted",
};

export const PLACEHOLDERS = ["speakerName", "proposalTitle", "eventName", "trackName", "feedback"] as const;
export type TemplateVars = Record<(typeof PLACEHOLDERS)[number], string>;

/** The chairs' feedback block ({{feedback}}): empty when they wrote none. */
export function feedbackBlock(feedback: string | null | undefined): string {
  const text = feedback?.trim();
  return text ? `Feedback from the program committee:\n\n${text}` : "";
}

/**
 * A decision e-mail from its template. The chairs' feedback goes where the template has
 * {{feedback}}; a template without it still gets the feedback, after its text.
 */
export function renderDecisionEmail(
  template: Template,
  vars: Omit<TemplateVars, "feedback"> & { feedback?: string | null },
): Template {
  const block = feedbackBlock(vars.feedback);
  const all: TemplateVars = { ...vars, feedback: block };
  let body = renderTemplate(template.body, all);
  if (block && !/\{\{\s*feedback\s*\}\}/.test(template.body)) body = `${body.trimEnd()}\n\n${block}`;
  return {
    subject: renderTemplate(template.subject, { ...all, feedback: "" })
      .replace(/\s+/g, " ")
      .trim(),
    body: body.replace(/\n{3,}/g, "\n\n").trim(),
  };
}

export type Template = { subject: string; body: string };

export const DEFAULT_TEMPLATES: Record<DecisionKind, Template> = {
  decision_accept: {
    subject: "Your talk was accepted at {{eventName}}",
    body: [
      "Dear {{speakerName}},",
      "",
      'congratulations: "{{proposalTitle}}" has been accepted for the {{trackName}} track of {{eventName}}.',
      "We will be in touch with scheduling details soon.",
      "",
      "{{feedback}}",
      "",
      "Thank you for submitting,",
      "The {{eventName}} program committee",
    ].join("\n"),
  },
  decision_waitlist: {
    subject: "Your proposal is on the waitlist for {{eventName}}",
    body: [
      "Dear {{speakerName}},",
      "",
      '"{{proposalTitle}}" is on the waitlist for the {{trackName}} track of {{eventName}}.',
      "If a slot opens up, we will contact you.",
      "",
      "{{feedback}}",
      "",
      "The {{eventName}} program committee",
    ].join("\n"),
  },
  decision_reject: {
    subject: "Your proposal for {{eventName}}",
    body: [
      "Dear {{speakerName}},",
      "",
      'thank you for submitting "{{proposalTitle}}" to {{eventName}}. We received many strong proposals and',
      "could not accept yours this time.",
      "",
      "{{feedback}}",
      "",
      "We hope to see you at the event,",
      "The {{eventName}} program committee",
    ].join("\n"),
  },
};

const PLACEHOLDER = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

export function renderTemplate(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? vars[name as keyof TemplateVars] : whole));
}

/** Placeholders in the text that Podium does not know. */
export function unknownPlaceholders(text: string): string[] {
  const known = new Set<string>(PLACEHOLDERS);
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !known.has(n)))];
}
