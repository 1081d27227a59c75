// State of an admin form driven by useActionState: the action's result plus, after a failure,
// the submitted values so the form shows what was typed next to the field errors.

export type FormResult =
  { ok: true; message: string } | { ok: false; code: string; message: string; fieldErrors?: Record<string, string> };

export type FormState = (FormResult & { values?: Record<string, unknown> }) | null;

export function errorFor(state: FormState, name: string): string | undefined {
  return state && !state.ok ? state.fieldErrors?.[name] : undefined;
}

/** The value to show: what was submitted if the last attempt failed, else the stored value. */
export function valueOf(state: FormState, name: string, stored: string): string {
  const v = state && !state.ok ? state.values?.[name] : undefined;
  return typeof v === "string" ? v : stored;
}

/** Message for the top of the form; field errors already shown next to their field are not repeated. */
export function formMessage(state: FormState): { tone: "success" | "error"; text: string } | null {
  if (!state) return null;
  if (state.ok) return { tone: "success", text: state.message };
  const fields = Object.keys(state.fieldErrors ?? {});
  return { tone: "error", text: fields.length ? "Please correct the highlighted fields." : state.message };
}
