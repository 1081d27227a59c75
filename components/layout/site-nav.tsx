import Link from "next/link";
import type { CurrentUser } from "@/lib/auth/roles";
import { isAnyChair, isOrganizer } from "@/lib/auth/roles";
import { SignOutButton } from "./sign-out-button";

export type NavLink = { href: string; label: string; testId: string };

/** Links shown to a user; each target page still checks access itself. */
export function navLinksFor(user: CurrentUser | null, showMailbox: boolean): NavLink[] {
  const links: NavLink[] = [{ href: "/", label: "Events", testId: "nav-events" }];
  if (user) {
    links.push({ href: "/speaker", label: "My proposals", testId: "nav-speaker" });
    links.push({ href: "/vote", label: "Vote", testId: "nav-vote" });
    if (isAnyChair(user)) links.push({ href: "/chair", label: "Review", testId: "nav-chair" });
    if (isOrganizer(user)) links.push({ href: "/admin", label: "Admin", testId: "nav-admin" });
    // The demo mailbox holds everyone's sign-in links: organizers only (the page checks too).
    if (showMailbox && isOrganizer(user)) links.push({ href: "/dev/mailbox", label: "Mailbox", testId: "nav-mailbox" });
  }
  return links;
}

export function SiteNav({ user, showMailbox }: { user: CurrentUser | null; showMailbox: boolean }) {
  const links = navLinksFor(user, showMailbox);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-700">
          Podium
        </Link>
        <nav aria-label="Main" className="order-3 -mx-2 flex w-full gap-1 overflow-x-auto sm:order-none sm:w-auto">
          {links.map((l) => (
            <Link
              key={l.href}
              href={l.href}
              data-testid={l.testId}
              className="whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900"
            >
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <Link
                href="/profile"
                className="hidden text-slate-700 hover:text-slate-900 sm:inline"
                data-testid="nav-profile"
              >
                {user.name ?? user.email}
              </Link>
              <SignOutButton />
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
        </div>
      </div>
    </header>
  );
}
