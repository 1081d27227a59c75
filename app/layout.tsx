import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteNav } from "@/components/layout/site-nav";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isDevMailboxEnabled } from "@/lib/notifications/outbox";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Podium", template: "%s · Podium" },
  description: "Fair, anonymized talk selection for conferences.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <SiteNav user={user} showMailbox={isDevMailboxEnabled()} />
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-10 pt-4 text-xs text-slate-500 sm:px-6">
          Podium — voters see proposals without speaker names or companies.
        </footer>
      </body>
    </html>
  );
}
