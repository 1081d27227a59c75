import { Alert } from "@/components/ui/alert";
import { formMessage, type FormState } from "./form-state";

export function FormMessage({ state, testId }: { state: FormState; testId?: string }) {
  const m = formMessage(state);
  if (!m) return null;
  return (
    <div data-testid={testId ?? "form-message"} data-ok={m.tone === "success"}>
      <Alert tone={m.tone}>{m.text}</Alert>
    </div>
  );
}
