"use client";
import { useEffect, type RefObject } from "react";
import type { FormState } from "./form-state";

/** After a failed submit, moves focus to the first invalid field, so the person starts there. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (!state || state.ok || !state.fieldErrors) return;
    const first = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [form, state]);
}
