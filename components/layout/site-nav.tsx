import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/roles";
import { hasRole, isAnyChair, isOrganizer } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

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

const linkClass =
  "whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";

export function SiteNav({ user, showMailbox }: { user: CurrentUser | null; showMailbox: boolean }) {
  const links = navLinksFor(user, showMailbox);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-x-6 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          Podium
        </Link>
        {/* Wider screens: the main links in a row; the rest sit on the pages they belong to. */}
        <nav aria-label="Main" className="hidden gap-1 md:flex">
          {links
            .filter((l) => !l.menuOnly)
            .map((l) => (
              <Link key={l.href} href={l.href} data-testid={l.testId} className={linkClass}>
                {l.label}
              </Link>
            ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <Link
                href="/profile"
                className="hidden text-slate-700 hover:text-slate-900 md:inline"
                data-testid="nav-profile"
              >
                {user.name ?? user.email}
              </Link>
              <span className="hidden md:inline">
                <SignOutButton />
              </span>
            </>
          ) : (
            <Link
              href="/signin"
              className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700"
              data-testid="nav-signin"
            >
              Sign in
            </Link>
          )}
          {/* Phones and narrow windows: one menu with every page the role can use. No JS needed. */}
          <details className="group relative md:hidden" data-testid="phone-menu">
            <summary
              className="flex cursor-pointer list-none items-center gap-1 rounded-md px-3 py-1.5 font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 [&::-webkit-details-marker]:hidden"
              data-testid="phone-menu-button"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
                <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" />
              </svg>
              Menu
            </summary>
            <nav
              aria-label="Menu"
              className="absolute right-0 z-50 mt-2 w-64 rounded-lg bg-white p-2 shadow-lg ring-1 ring-slate-200"
            >
              {user ? (
                <p className="truncate px-2 pb-2 text-xs text-slate-500" data-testid="menu-user">
                  Signed in as {user.name ?? user.email}
                </p>
              ) : null}
              <ul className="flex flex-col">
                {links.map((l) => (
                  <li key={l.href}>
                    <Link
                      href={l.href}
                      data-testid={`menu-${l.testId.replace(/^nav-/, "")}`}
                      className={`block ${linkClass} py-2`}
                    >
                      {l.label}
                    </Link>
                  </li>
                ))}
              </ul>
              {user ? (
                <div className="mt-1 border-t border-slate-100 pt-1">
                  <SignOutButton />
                </div>
              ) : null}
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}
