import { renderMarkdown } from "@/lib/markdown/render";
import { markdownClass } from "./markdown-class";

/** Speaker markdown, always through the sanitizing renderer. */
export function Markdown({ source, className = "", testId }: { source: string; className?: string; testId?: string }) {
  return (
    <div
      className={`${markdownClass} ${className}`}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
