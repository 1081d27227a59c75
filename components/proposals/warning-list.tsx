import { Alert } from "@/components/ui/alert";

/** A titled warning with one line per item (redaction notes, second-net warnings). */
export function WarningList({ testId, title, items }: { testId: string; title: string; items: string[] }) {
  return (
    <div data-testid={testId}>
      <Alert tone="warning" title={title}>
        <ul className="list-disc space-y-1 pl-5">
          {items.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
