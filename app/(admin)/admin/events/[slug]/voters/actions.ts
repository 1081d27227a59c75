"use server";
// Organizer actions for an event's voters: import or clear the member list. Each checks the
// organizer role itself through runAction.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { FormState } from "@/components/admin/form-state";
import { runAction } from "@/lib/auth/action";
import { assertRole } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { fail } from "@/lib/errors";
import { clearMemberList, importMemberList } from "@/lib/eligibility/member-list";

const organizer = (u: Parameters<typeof assertRole>[0]) => assertRole(u, "ORGANIZER");
const MAX_BYTES = 5 * 1024 * 1024;

const importSchema = z.object({
  slug: z.string().min(1).max(80),
  text: z.string().max(MAX_BYTES, { error: "The list is too long (at most 5 MB)." }).optional(),
  replace: z.enum(["on"]).optional(),
});

export async function importMemberListAction(_prev: FormState, form: FormData): Promise<FormState> {
  const file = form.get("file");
  let fileText = "";
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_BYTES)
      return fail("invalid_input", "The file is too large (at most 5 MB).", { file: "At most 5 MB" });
    fileText = await file.text();
  }
  const input = {
    slug: form.get("slug"),
    text: `${fileText}\n${String(form.get("text") ?? "")}`,
    replace: form.get("replace") ?? undefined,
  };
  const r = await runAction(
    organizer,
    importSchema,
    input,
    async (_user, data) => {
      const event = await db.event.findUnique({ where: { slug: data.slug }, select: { id: true } });
      if (!event) return fail("not_found", "No such event.");
      if (!data.text?.trim())
        return fail("invalid_input", "Choose a CSV file or paste e-mail addresses.", { text: "Nothing to import" });
      const res = await importMemberList(event.id, data.text, { replace: data.replace === "on" });
      const bad = res.errors.length
        ? ` ${res.errors.length} line(s) skipped: ${res.errors
            .slice(0, 5)
            .map((e) => `line ${e.line}: ${e.message}`)
            .join("; ")}${res.errors.length > 5 ? "; …" : ""}.`
        : "";
      return {
        ok: true as const,
        message: `Added ${res.added}, already listed ${res.alreadyListed}${res.removed ? `, removed ${res.removed}` : ""}; the list now has ${res.total} addresses.${bad}`,
      };
    },
    { rateLimit: "webImport" },
  );
  revalidatePath(`/admin/events/${String(form.get("slug"))}/voters`);
  return r.ok ? { ok: true, message: r.message } : r;
}

export async function clearMemberListAction(_prev: FormState, form: FormData): Promise<FormState> {
  const r = await runAction(organizer, z.object({ slug: z.string().min(1).max(80) }), form, async (_user, data) => {
    const event = await db.event.findUnique({ where: { slug: data.slug }, select: { id: true } });
    if (!event) return fail("not_found", "No such event.");
    const n = await clearMemberList(event.id);
    return { ok: true as const, message: `Removed ${n} addresses from the member list.` };
  });
  revalidatePath(`/admin/events/${String(form.get("slug"))}/voters`);
  return r.ok ? { ok: true, message: r.message } : r;
}
