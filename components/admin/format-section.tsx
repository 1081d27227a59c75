"use client";
import { useActionState } from "react";
import { createFormatAction, deleteFormatAction, updateFormatAction } from "@/app/(admin)/admin/actions";
import { Card } from "@/components/ui/card";
import { Field, TextInput } from "@/components/ui/field";
import { DeleteForm } from "./delete-form";
import { FormMessage } from "./form-message";
import { errorFor, valueOf, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export type FormatRow = { id: string; slug: string; name: string; durationMinutes: number; proposals: number };

function FormatFields({ state, format }: { state: FormState; format?: FormatRow }) {
  const key = format?.id ?? "new";
  const err = (name: string) => errorFor(state, name);
  const field = (
    name: "name" | "slug" | "durationMinutes",
    label: string,
    stored: string,
    extra: React.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <Field label={label} name={`format-${name}-${key}`} error={err(name)}>
      <TextInput
        id={`format-${name}-${key}`}
        aria-describedby={`format-${name}-${key}-error`}
        name={name}
        defaultValue={valueOf(state, name, stored)}
        invalid={!!err(name)}
        {...extra}
      />
    </Field>
  );
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      {field("name", "Name", format?.name ?? "")}
      {field("slug", "Slug", format?.slug ?? "")}
      {field("durationMinutes", "Minutes", String(format?.durationMinutes ?? 30), { inputMode: "numeric" })}
    </div>
  );
}

function FormatEditor({ eventId, format }: { eventId: string; format: FormatRow }) {
  const [state, save] = useActionState<FormState, FormData>(updateFormatAction, null);
  return (
    <li className="space-y-3 py-4 first:pt-0" data-testid={`format-${format.slug}`}>
      <form action={save} noValidate className="space-y-3">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="formatId" value={format.id} />
        <FormMessage state={state} />
        <FormatFields state={state} format={format} />
        <div className="flex flex-wrap items-center gap-2">
          <SubmitButton variant="secondary">Save format</SubmitButton>
          <span className="text-sm text-slate-600">
            {format.proposals} proposal{format.proposals === 1 ? "" : "s"}
          </span>
        </div>
      </form>
      <DeleteForm
        action={deleteFormatAction}
        fields={{ eventId, formatId: format.id }}
        label="Delete format"
        what={`the format “${format.name}”`}
      />
    </li>
  );
}

export function FormatSection({ eventId, formats }: { eventId: string; formats: FormatRow[] }) {
  const [state, create] = useActionState<FormState, FormData>(createFormatAction, null);
  return (
    <Card>
      <h2 className="text-lg font-semibold">Formats</h2>
      <ul className="mt-4 divide-y divide-slate-200">
        {formats.map((f) => (
          <FormatEditor key={f.id} eventId={eventId} format={f} />
        ))}
      </ul>
      <form
        action={create}
        noValidate
        className="mt-4 space-y-3 border-t border-slate-200 pt-5"
        data-testid="new-format-form"
      >
        <h3 className="font-semibold text-slate-900">Add a format</h3>
        <input type="hidden" name="eventId" value={eventId} />
        <FormMessage state={state} />
        <FormatFields state={state} />
        <SubmitButton>Add format</SubmitButton>
      </form>
    </Card>
  );
}
