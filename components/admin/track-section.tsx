"use client";
import { useActionState } from "react";
import {
  assignChairAction,
  createTrackAction,
  deleteTrackAction,
  removeChairAction,
  updateTrackAction,
} from "@/app/(admin)/admin/actions";
import { Card } from "@/components/ui/card";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { DeleteForm } from "./delete-form";
import { FormMessage } from "./form-message";
import { errorFor, valueOf, type FormState } from "./form-state";
import { SubmitButton } from "./submit-button";

export type TrackRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  slotCount: number;
  proposals: number;
  chairs: { email: string; name: string | null }[];
};

function TrackFields({ state, track }: { state: FormState; track?: TrackRow }) {
  const v = (name: string, stored: string) => valueOf(state, name, stored);
  const err = (name: string) => errorFor(state, name);
  const id = (name: string) => (track ? `${name}-${track.id}` : `${name}-new`);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label="Name" name={id("name")} error={err("name")}>
        <TextInput
          id={id("name")}
          aria-describedby={`${id("name")}-error`}
          name="name"
          defaultValue={v("name", track?.name ?? "")}
          invalid={!!err("name")}
        />
      </Field>
      <Field label="Slug" name={id("slug")} hint="Lower-case letters, digits and dashes." error={err("slug")}>
        <TextInput
          id={id("slug")}
          aria-describedby={`${id("slug")}-error`}
          name="slug"
          defaultValue={v("slug", track?.slug ?? "")}
          invalid={!!err("slug")}
        />
      </Field>
      <Field
        label="Slots"
        name={id("slotCount")}
        hint="How many proposals it can accept; 0 = not set."
        error={err("slotCount")}
      >
        <TextInput
          id={id("slotCount")}
          aria-describedby={`${id("slotCount")}-error`}
          name="slotCount"
          inputMode="numeric"
          defaultValue={v("slotCount", String(track?.slotCount ?? 0))}
          invalid={!!err("slotCount")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Description" name={id("description")} error={err("description")}>
          <TextArea
            id={id("description")}
            aria-describedby={`${id("description")}-error`}
            name="description"
            rows={2}
            defaultValue={v("description", track?.description ?? "")}
            invalid={!!err("description")}
          />
        </Field>
      </div>
    </div>
  );
}

function TrackEditor({ eventId, track }: { eventId: string; track: TrackRow }) {
  const [state, save] = useActionState<FormState, FormData>(updateTrackAction, null);
  const [chairState, assign] = useActionState<FormState, FormData>(assignChairAction, null);
  const [removeState, remove] = useActionState<FormState, FormData>(removeChairAction, null);
  return (
    <li className="space-y-4 py-5 first:pt-0 last:pb-0" data-testid={`track-${track.slug}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{track.name}</h3>
        <p className="text-sm text-slate-600">
          {track.proposals} proposal{track.proposals === 1 ? "" : "s"} · {track.slotCount || "no"} slot
          {track.slotCount === 1 ? "" : "s"}
        </p>
      </div>
      <form action={save} noValidate className="space-y-3">
        <input type="hidden" name="eventId" value={eventId} />
        <input type="hidden" name="trackId" value={track.id} />
        <FormMessage state={state} />
        <TrackFields state={state} track={track} />
        <SubmitButton variant="secondary">Save track</SubmitButton>
      </form>

      <div className="rounded-lg bg-slate-50 p-4">
        <h4 className="text-sm font-semibold text-slate-800">Chairs</h4>
        <FormMessage state={removeState} />
        {track.chairs.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">No chairs yet.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {track.chairs.map((c) => (
              <li key={c.email} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span className="min-w-0 break-all">
                  {c.name ? `${c.name} · ` : ""}
                  {c.email}
                </span>
                <form action={remove} noValidate>
                  <input type="hidden" name="eventId" value={eventId} />
                  <input type="hidden" name="trackId" value={track.id} />
                  <input type="hidden" name="email" value={c.email} />
                  <SubmitButton variant="ghost" pendingText="Removing…">
                    Remove
                  </SubmitButton>
                </form>
              </li>
            ))}
          </ul>
        )}
        <form action={assign} noValidate className="mt-3 space-y-2">
          <input type="hidden" name="eventId" value={eventId} />
          <input type="hidden" name="trackId" value={track.id} />
          <FormMessage state={chairState} />
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <div className="flex-1">
              <Field label="Add chair by e-mail" name={`email-${track.id}`} error={errorFor(chairState, "email")}>
                <TextInput
                  id={`email-${track.id}`}
                  aria-describedby={`email-${track.id}-error`}
                  name="email"
                  type="email"
                  placeholder="chair@example.org"
                  invalid={!!errorFor(chairState, "email")}
                />
              </Field>
            </div>
            <div className="sm:pt-6">
              <SubmitButton variant="secondary" pendingText="Adding…">
                Add chair
              </SubmitButton>
            </div>
          </div>
        </form>
      </div>

      <DeleteForm
        action={deleteTrackAction}
        fields={{ eventId, trackId: track.id }}
        label="Delete track"
        what={`the track “${track.name}” and its chair assignments`}
        variant="danger"
      />
    </li>
  );
}

function NewTrack({ eventId }: { eventId: string }) {
  const [state, create] = useActionState<FormState, FormData>(createTrackAction, null);
  return (
    <form action={create} noValidate className="space-y-3 border-t border-slate-200 pt-5" data-testid="new-track-form">
      <h3 className="font-semibold text-slate-900">Add a track</h3>
      <input type="hidden" name="eventId" value={eventId} />
      <FormMessage state={state} />
      <TrackFields state={state} />
      <SubmitButton>Add track</SubmitButton>
    </form>
  );
}

export function TrackSection({ eventId, tracks }: { eventId: string; tracks: TrackRow[] }) {
  return (
    <Card>
      <h2 className="text-lg font-semibold">Tracks</h2>
      <p className="mt-1 text-sm text-slate-600">Chairs see the ranking and identities of their own tracks only.</p>
      {tracks.length === 0 ? <p className="mt-4 text-sm text-slate-600">No tracks yet.</p> : null}
      <ul className="mt-4 divide-y divide-slate-200">
        {tracks.map((t) => (
          <TrackEditor key={t.id} eventId={eventId} track={t} />
        ))}
      </ul>
      <div className="mt-5">
        <NewTrack eventId={eventId} />
      </div>
    </Card>
  );
}
