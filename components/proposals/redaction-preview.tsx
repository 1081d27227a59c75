import { Alert } from "@/components/ui/alert";
import {
  describeWarning,
  evasionLabels,
  findUndeclaredIdentity,
  summarizeFindings,
  type Finding,
} from "@/lib/anonymize";
import { HighlightedText } from "./highlighted-text";
import { WarningList } from "./warning-list";
import { Markdown } from "./markdown";

export type RedactionPreviewProps = {
  title: string;
  abstract: string;
  anonymizedTitle: string;
  anonymizedAbstract: string;
  findings: Finding[];
  /** Set when a chair or organizer edited the anonymized text by hand. */
  editedAt?: Date | null;
  audience: "speaker" | "moderator";
};

/** Original (findings highlighted) next to what voters read (anonymized, rendered). Stacks on phones. */
export function RedactionPreview(p: RedactionPreviewProps) {
  const warnings = summarizeFindings(p.findings);
  // The second net: undeclared names, organizations, affiliations and disguised contacts left in
  // the voter version. Warnings only; the speaker rewrites or the chair edits the voter version.
  const unsure = findUndeclaredIdentity({ title: p.anonymizedTitle, abstract: p.anonymizedAbstract }).map(
    describeWarning,
  );
  const inField = (field: Finding["field"]) => p.findings.filter((f) => f.field === field);
  return (
    <section className="space-y-4" data-testid="redaction-preview" aria-labelledby="redaction-heading">
      <div>
        <h2 id="redaction-heading" className="text-lg font-semibold">
          What voters will see
        </h2>
        <p className="text-sm text-slate-600">
          Voters never see names, organizations, e-mails or links.{" "}
          {p.audience === "speaker"
            ? "If the voter version reads badly, rewrite your text and save again."
            : "Correct the voter version below if the automatic redaction missed or over-reached."}
        </p>
      </div>
      {warnings.length > 0 ? (
        <WarningList testId="redaction-warnings" title="Identity mentions found" items={warnings} />
      ) : (
        <div data-testid="redaction-clean">
          <Alert tone="success">
            No names, organizations, e-mails or links found: voters see your text as written.
          </Alert>
        </div>
      )}
      {unsure.length > 0 ? (
        <WarningList
          testId="second-net-warnings"
          title="Possibly identifying (not redacted automatically)"
          items={unsure}
        />
      ) : null}
      {p.editedAt ? (
        <p className="text-sm text-slate-600" data-testid="anonymized-edited-note">
          The voter version was edited by a chair or organizer on {p.editedAt.toISOString().slice(0, 10)}.
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <article className="min-w-0 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200" data-testid="redaction-original">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">
            Original{p.findings.length ? " (mentions highlighted)" : ""}
          </p>
          <h3 className="mt-2 font-semibold text-slate-900">
            <HighlightedText text={p.title} findings={inField("TITLE")} />
          </h3>
          <p className="mt-2 text-sm text-slate-800">
            <HighlightedText text={p.abstract} findings={inField("ABSTRACT")} />
          </p>
        </article>
        <article className="min-w-0 rounded-lg bg-white p-4 ring-2 ring-brand-500" data-testid="redaction-anonymized">
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">Voter version</p>
          <h3 className="mt-2 break-words font-semibold text-slate-900" data-testid="anonymized-title">
            {p.anonymizedTitle}
          </h3>
          <Markdown source={p.anonymizedAbstract} className="mt-2" testId="anonymized-abstract" />
        </article>
      </div>
      {p.findings.length > 0 ? (
        <details className="text-sm" data-testid="findings-list">
          <summary className="cursor-pointer font-medium text-slate-700">All {p.findings.length} findings</summary>
          <ul className="mt-2 space-y-1">
            {p.findings.map((f, i) => (
              <li key={i} className="flex flex-wrap gap-2">
                <span className="text-slate-500">{f.field === "TITLE" ? "Title" : "Abstract"}</span>
                <span className="font-mono text-slate-900">{f.text}</span>
                <span className="text-slate-500">→ {f.replacement}</span>
                <span className="text-xs uppercase text-slate-500">{f.kind.toLowerCase()}</span>
                {evasionLabels(f.text).length > 0 ? (
                  <span className="text-xs font-medium text-amber-800" data-testid="finding-evasion">
                    disguised with {evasionLabels(f.text).join(", ")}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
