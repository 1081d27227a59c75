import type { ReactNode } from "react";
import { Card } from "./card";

/** A full-width table inside a card, scrolling sideways on narrow screens. */
export function CardTable({
  head,
  children,
  testId,
  className = "",
}: {
  head: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <Card className={`overflow-x-auto p-0 sm:p-0 ${className}`}>
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid={testId}>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>{head}</tr>
        </thead>
        {children}
      </table>
    </Card>
  );
}

/** A column header; `numeric` right-aligns it over numbers, `hidden` keeps it for screen readers only. */
export function Th({
  children,
  numeric = false,
  hidden = false,
}: {
  children: ReactNode;
  numeric?: boolean;
  hidden?: boolean;
}) {
  return (
    <th scope="col" className={`px-4 py-3 font-medium ${numeric ? "text-right" : ""}`}>
      {hidden ? <span className="sr-only">{children}</span> : children}
    </th>
  );
}
