"use client";
import { useActionState, useState } from "react";
import { saveProfileAction } from "@/app/profile/actions";
import { FormMessage } from "@/components/admin/form-message";
import { errorFor, valueOf, type FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/admin/submit-button";
import { Button } from "@/components/ui/button";
import { Field, TextArea, TextInput, inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";

export type ProfileFormValues = {
  name: string;
  organization: string;
  bio: string;
  links: { label: string; url: string }[];
  handles: string;
};

function submittedList(state: FormState, key: string): string[] | null {
  if (!state || state.ok) return null;
  const v = state.values?.[key];
  return Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : null;
}

export function ProfileForm({ values }: { values: ProfileFormValues }) {
  const [state, action] = useActionState<FormState, FormData>(saveProfileAction, null);
  const hydrated = useHydrated();
  const labels = submittedList(state, "linkLabel[]");
  const urls = submittedList(state, "linkUrl[]");
  const rows =
    labels && urls
      ? labels.map((label, i) => ({ label, url: urls[i] ?? "" }))
      : values.links.length
        ? values.links
        : [{ label: "", url: "" }];
  const [extra, setExtra] = useState(0);
  const allRows = [...rows, ...Array.from({ length: extra }, () => ({ label: "", url: "" }))];
  const err = (name: string) => errorFor(state, name);

  return (
    <form action={action} className="space-y-5" noValidate data-testid="profile-form">
      <FormMessage state={state} testId="profile-message" />
      <Field label="Name" name="name" hint="Shown to chairs after review, never to voters." error={err("name")}>
        <TextInput
          name="name"
          autoComplete="name"
          defaultValue={valueOf(state, "name", values.name)}
          invalid={!!err("name")}
        />
      </Field>
      <Field
        label="Organization"
        name="organization"
        hint="Your employer or affiliation, as you write it. Podium matches spellings like “Acme Inc.” and “ACME”."
        error={err("organization")}
      >
        <TextInput
          name="organization"
          autoComplete="organization"
          defaultValue={valueOf(state, "organization", values.organization)}
          invalid={!!err("organization")}
        />
      </Field>
      <Field label="Bio" name="bio" hint="A few sentences; at most 2000 characters." error={err("bio")}>
        <TextArea name="bio" rows={5} defaultValue={valueOf(state, "bio", values.bio)} invalid={!!err("bio")} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-800">Links</legend>
        {err("links") ? (
          <p className="text-sm text-red-700" role="alert">
            {err("links")}
          </p>
        ) : null}
        {allRows.map((row, i) => {
          const labelErr = err(`links.${i}.label`);
          const urlErr = err(`links.${i}.url`);
          return (
            <div
              key={`${i}-${row.url}`}
              className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]"
              data-testid={`link-row-${i + 1}`}
            >
              <div>
                <label htmlFor={`link-label-${i}`} className="sr-only">
                  Link {i + 1} label
                </label>
                <input
                  id={`link-label-${i}`}
                  name="linkLabel[]"
                  placeholder="Label (e.g. Blog)"
                  defaultValue={row.label}
                  aria-invalid={!!labelErr || undefined}
                  className={inputClass}
                />
              </div>
              <div>
                <label htmlFor={`link-url-${i}`} className="sr-only">
                  Link {i + 1} URL
                </label>
                <input
                  id={`link-url-${i}`}
                  name="linkUrl[]"
                  type="url"
                  inputMode="url"
                  placeholder="https://…"
                  defaultValue={row.url}
                  aria-invalid={!!urlErr || undefined}
                  aria-describedby={urlErr ? `link-url-${i}-error` : undefined}
                  className={inputClass}
                />
              </div>
              {labelErr || urlErr ? (
                <p id={`link-url-${i}-error`} className="text-sm text-red-700 sm:col-span-2" role="alert">
                  {urlErr ?? labelErr}
                </p>
              ) : null}
            </div>
          );
        })}
        <Button
          type="button"
          variant="secondary"
          onClick={() => setExtra((n) => n + 1)}
          disabled={allRows.length >= 10 || !hydrated}
        >
          Add a link
        </Button>
      </fieldset>

      <Field
        label="Social handles"
        name="handles"
        hint="E.g. @alex, alex@mastodon.social — separated by spaces or commas."
        error={err("handles")}
      >
        <TextInput name="handles" defaultValue={valueOf(state, "handles", values.handles)} invalid={!!err("handles")} />
      </Field>

      <p className="text-xs text-slate-500">
        None of this is shown to voters. Podium uses your name, organization, links and handles to find and hide
        identity mentions in your proposals.
      </p>
      <SubmitButton data-testid="profile-save">Save profile</SubmitButton>
    </form>
  );
}
