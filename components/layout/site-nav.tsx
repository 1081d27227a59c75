import type { CurrentUser } from "@/lib/auth/roles";
import { hasRole, isAnyChair, isOrganizer } from "@/lib/auth/roles";
import { SiteNavBar } from "./site-nav-bar";

export type NavLink = {
  href: string;
  label: string;
  testId: string;
  /** only in the full (phone) menu */ menuOnly?: boolean;
};

/** Links shown to a user; each target page still checks access itself. */
export function navLinksFor(user: CurrentUser | null, showMailbox: boolean): NavLink[] {
  const links: NavLink[] = [{ href: "/", label: "Events", testId: "nav-events" }];
  if (user) {
    links.push({ href: "/speaker", label: "My proposals", testId: "nav-speaker" });
    links.push({ href: "/speaker/feedback", label: "My feedback", testId: "nav-feedback", menuOnly: true });
    links.push({ href: "/vote", label: "Vote", testId: "nav-vote" });
    if (isAnyChair(user)) links.push({ href: "/chair", label: "Review", testId: "nav-chair" });
    if (isOrganizer(user)) {
      links.push({ href: "/admin", label: "Admin", testId: "nav-admin" });
      links.push({ href: "/admin/audit", label: "Audit log", testId: "nav-audit", menuOnly: true });
      links.push({ href: "/admin/outbox", label: "Outbox", testId: "nav-outbox", menuOnly: true });
    }
    if (hasRole(user, "ADMIN"))
      links.push({ href: "/admin/roles", label: "Organizers and admins", testId: "nav-roles", menuOnly: true });
    links.push({ href: "/profile", label: "Profile", testId: "nav-profile-link", menuOnly: true });
    // The demo mailbox holds everyone's sign-in links: organizers only (the page checks too).
    if (showMailbox && isOrganizer(user)) links.push({ href: "/dev/mailbox", label: "Mailbox", testId: "nav-mailbox" });
  }
  return links;
}

export function SiteNav({ user, showMailbox }: { user: CurrentUser | null; showMailbox: boolean }) {
  return <SiteNavBar links={navLinksFor(user, showMailbox)} userLabel={user ? (user.name ?? user.email) : null} />;
}
