"use server";
// Organizer feedback actions: CSV upload, sessions from accepted proposals, folding ratings.
// Each checks the organizer role itself through runAction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { runAction } from "@/lib/auth/action";
import { assertRole, type CurrentUser } from "@/lib/auth/roles";
import { fail } from "@/lib/errors";
import { foldSessionFeedback } from "@/lib/feedback/fold";
import { formatImportSummary, importFeedback } from "@/lib/feedback/import-feedback";
import { createSessionsFromAccepted } from "@/lib/feedback/sessions";
import type { LineError } from "@/lib/feedback/parse-feedback";

const organizer = (u: CurrentUser | null) => assertRole(u, "ORGANIZER");
const MAX_BYTES = 900 * 1024; // under the server action body limit (1 MB); larger files: the CLI

export type ImportFormState = (NonNullable<FormState> & { lineErrors?: LineError[] }) | null;

export async function importFeedbackAction(_prev: ImportFormState, form: FormData): Promise<ImportFormState> {
  const file = form.get("file");
  const dryRun = form.get("dryRun") === "on";
  let lineErrors: LineError[] | undefined;
  const result = await runAction(
    organizer,
    z.looseObject({}),
    {},
    async (user) => {
      if (!(file instanceof File) || file.size === 0)
        return fail("invalid_input", "Choose a CSV file to upload.", { file: "Choose a CSV file to upload." });
      if (file.size > MAX_BYTES)
        return fail("invalid_input", "The file is over 900 KB; import it with `podium import:feedback FILE.csv`.", {
          file: "File too large for the upload; use the CLI.",
        });
      const r = await importFeedback(new Uint8Array(await file.arrayBuffer()), {
        actorId: user.id,
        dryRun,
        fileName: file.name,
      });
      if (!r.ok) return fail("invalid_input", `${r.message}. Nothing was imported.`);
      lineErrors = r.summary.errors;
      return { ok: true as const, message: `${file.name}: ${formatImportSummary(r.summary)}` };
    },
    { rateLimit: "webImport" },
  );
  if (result.ok) {
    revalidatePath("/admin/feedback");
    return { ok: true, message: result.message, lineErrors };
  }
  return result;
}

const eventForm = z.object({ eventId: z.string().min(1, { error: "Event is missing" }) });

export async function createSessionsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(organizer, eventForm, form, async (user, { eventId }) => {
    const r = await createSessionsFromAccepted(eventId, { actorId: user.id });
    if (!r.ok) return r;
    return { ok: true as const, message: `${r.created} session(s) created, ${r.existing} already existed.` };
  });
  if (result.ok) revalidatePath("/admin/feedback");
  return result.ok ? { ok: true, message: result.message } : result;
}

export async function foldFeedbackAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await runAction(organizer, eventForm, form, async (user, { eventId }) => {
    const r = await foldSessionFeedback({ eventId, includeOpen: true, actorId: user.id });
    return {
      ok: true as const,
      message: `Folded ${r.sessions} rated session(s) into past feedback: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged.`,
    };
  });
  if (result.ok) revalidatePath("/admin/feedback");
  return result.ok ? { ok: true, message: result.message } : result;
}
