"use client";

import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/ui/use-hydrated";

export function SignOutButton() {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      disabled={!hydrated}
      onClick={() => signOut({ callbackUrl: "/" })}
      className="rounded-md px-2 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900"
      data-testid="sign-out"
    >
      Sign out
    </button>
  );
}
