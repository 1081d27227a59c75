"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";

export function EmailSignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const value = email.trim();
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      setError("Enter an e-mail address like name@example.org.");
      return;
    }
    setError(undefined);
    setPending(true);
    await signIn("email", { email: value, callbackUrl });
    setPending(false);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label="E-mail address" name="email" error={error} hint="We send you a one-time sign-in link.">
        <TextInput
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          invalid={Boolean(error)}
          placeholder="you@example.org"
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending link…" : "Send sign-in link"}
      </Button>
    </form>
  );
}

export function OidcSignInButton({ name, callbackUrl }: { name: string; callbackUrl: string }) {
  const hydrated = useHydrated();
  return (
    <Button
      type="button"
      variant="secondary"
      className="w-full"
      disabled={!hydrated}
      onClick={() => signIn("oidc", { callbackUrl })}
    >
      Continue with {name}
    </Button>
  );
}

export type PersonaChoice = { key: string; name: string; email: string; description: string };

export function DemoPersonaPicker({ personas, callbackUrl }: { personas: PersonaChoice[]; callbackUrl: string }) {
  const [pending, setPending] = useState<string>();
  const hydrated = useHydrated();
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {personas.map((p) => (
        <li key={p.key}>
          <button
            type="button"
            data-persona={p.key}
            disabled={pending !== undefined || !hydrated}
            onClick={async () => {
              setPending(p.key);
              await signIn("demo", { persona: p.key, callbackUrl });
            }}
            className="h-full w-full rounded-lg bg-white p-4 text-left ring-1 ring-slate-200 transition hover:ring-brand-500 disabled:opacity-60"
          >
            <span className="block font-semibold text-slate-900">{pending === p.key ? "Signing in…" : p.name}</span>
            <span className="block text-xs text-slate-500">{p.email}</span>
            <span className="mt-1 block text-sm text-slate-700">{p.description}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
