"use client";
// The site header as one client component fed plain data (the links the role may use, the
// signed-in name): every page's RSC payload then carries a few strings instead of the header's
// element tree twice over (desktop row and phone menu). Which links a role sees is decided on the
// server (navLinksFor in site-nav.tsx); each target page checks access itself.
import Link from "next/link";
import type { NavLink } from "./site-nav";
import { SignOutButton } from "./sign-out-button";

const linkClass =
  "whitespace-nowrap rounded-md px-2 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900";

export function SiteNavBar({ links, userLabel }: { links: NavLink[]; userLabel: string | null }) {
  const signedIn = userLabel !== null;
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
          {signedIn ? (
            <>
              <Link
                href="/profile"
                className="hidden text-slate-700 hover:text-slate-900 md:inline"
                data-testid="nav-profile"
              >
                {userLabel}
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
              {signedIn ? (
                <p className="truncate px-2 pb-2 text-xs text-slate-500" data-testid="menu-user">
                  Signed in as {userLabel}
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
              {signedIn ? (
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
