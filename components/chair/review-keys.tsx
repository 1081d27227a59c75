"use client";
// Keyboard flow of the proposal review page: J / → next, K / ← previous, U back to the ranking.
// Ignored while typing in a field, and with modifier keys (browser shortcuts keep working).
import { useRouter } from "next/navigation";
import { useEffect } from "react";

export function ReviewKeys({ previous, next, up }: { previous: string | null; next: string | null; up: string }) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      if (document.querySelector("dialog[open]")) return;
      const key = e.key.toLowerCase();
      const to =
        key === "j" || key === "arrowright"
          ? next
          : key === "k" || key === "arrowleft"
            ? previous
            : key === "u"
              ? up
              : null;
      if (!to) return;
      e.preventDefault();
      router.push(to);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, previous, next, up]);
  return null;
}
