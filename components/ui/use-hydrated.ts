"use client";
// True once React has hydrated the page in the browser (false in the server render and during
// hydration). Buttons that work only through JavaScript (they open a dialog, sort a table, call
// next-auth's signIn) stay disabled until then, so an early click on a slow device is visibly not
// yet possible instead of silently lost.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
