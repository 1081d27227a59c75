"use client";
// Keyboard flow of the proposal review page: J / → next, K / ← previous, U back to the ranking.
// Ignored while typing in a field, and with modifier keys (browser shortcuts keep working).
// The listener is bound once; the targets live in a ref updated before paint, so a key pressed
// right after a client navigation already goes to the new page's neighbours. `data-review-keys`
// on <html> says the listener is live (the page works without it; tests wait for it).
import { useRouter } from "next/navigation";
import { useEffect, useLayoutEffect, useRef } from "react";

type Targets = { previous: string | null; next: string | null; up: string };

export function ReviewKeys(props: Targets) {
  const router = useRouter();
  const targets = useRef<Targets>(props);
  useLayoutEffect(() => {
    targets.current = props;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName))) return;
      if (document.querySelector("dialog[open]")) return;
      const { previous, next, up } = targets.current;
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
    document.documentElement.setAttribute("data-review-keys", "1");
    return () => {
      window.removeEventListener("keydown", onKey);
      document.documentElement.removeAttribute("data-review-keys");
    };
  }, [router]);
  return null;
}
