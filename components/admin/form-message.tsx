"use client";
import { useEffect, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { formMessage, type FormState } from "./form-state";

/**
 * The result of the form's last submit. It clears on the person's next action, so an old
 * "Saved." never sits next to a later change: a success message on any typing or submit, an
 * error message when another form is submitted (its own form's fields keep their errors).
 */
export function FormMessage({ state, testId }: { state: FormState; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hiddenFor, setHiddenFor] = useState<FormState>(null);
  useEffect(() => {
    if (!state) return;
    const own = ref.current?.closest("form") ?? null;
    const hide = () => setHiddenFor(state);
    const onInput = () => {
      if (state.ok) hide();
    };
    const onSubmit = (e: Event) => {
      if (state.ok || e.target !== own) hide();
    };
    document.addEventListener("input", onInput, true);
    document.addEventListener("submit", onSubmit, true);
    return () => {
      document.removeEventListener("input", onInput, true);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [state]);
  const m = formMessage(state);
  if (!m || hiddenFor === state) return <div ref={ref} hidden />;
  return (
    <div ref={ref} data-testid={testId ?? "form-message"} data-ok={m.tone === "success"}>
      <Alert tone={m.tone}>{m.text}</Alert>
    </div>
  );
}
