import { formatEventDate } from "@/components/events/format-date";
import { Badge } from "@/components/ui/badge";
import type { RatingWindow } from "@/lib/feedback/window";

export function WindowBadge({ window, timeZone }: { window: RatingWindow; timeZone: string }) {
  switch (window.state) {
    case "open":
      return (
        <Badge tone="green">
          {window.closesAt ? `Open until ${formatEventDate(window.closesAt, timeZone)}` : "Open"}
        </Badge>
      );
    case "not_yet":
      return <Badge tone="amber">{`Opens ${formatEventDate(window.opensAt, timeZone)}`}</Badge>;
    case "closed":
      return <Badge>Feedback closed</Badge>;
    default:
      return <Badge>Not published</Badge>;
  }
}
