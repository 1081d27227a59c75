import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { DemoPersonaPicker, EmailSignInForm, OidcSignInButton } from "@/components/auth/sign-in-forms";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listDemoPersonas } from "@/lib/demo/data";
import { safeReturnPath } from "@/lib/auth/safe-redirect";
import { env } from "@/lib/env";
import { rateLimitMessage } from "@/lib/rate-limit/enforce";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  EmailSignin:
    "We could not send the sign-in e-mail. Check the address, or ask the organizer whether e-mail is set up.",
  Verification: "That sign-in link has expired or was already used. Ask for a new one.",
  CredentialsSignin: "That demo persona does not exist. Pick one from the list.",
  OAuthAccountNotLinked: "This e-mail is already linked to another sign-in method.",
  OAuthSignin: "Single sign-on failed. Try again.",
  OAuthCallback: "Single sign-on failed. Try again.",
  SessionRequired: "Sign in to continue.",
};

function errorMessage(params: Record<string, string | undefined>): string | undefined {
  if (!params.error) return undefined;
  if (params.error === "EmailRateLimited") {
    const seconds = Number(params.retryAfter);
    const wait = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 86_400) * 1000 : 60_000;
    return rateLimitMessage(params.limit === "client" ? "signInEmailPerClient" : "signInEmailPerAddress", wait);
  }
  return ERRORS[params.error] ?? "Sign-in failed. Try again.";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const params = await searchParams;
  // Only same-site paths: never send someone to another site after signing in.
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const e = env();
  const personas = e.DEMO_MODE ? await listDemoPersonas() : [];
  const error = errorMessage(params);

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader title="Sign in" subtitle="Speakers, voters, chairs and organizers all sign in here." />
      {error ? <Alert tone="error">{error}</Alert> : null}
      {params.signedOut === "everywhere" ? (
        <Alert tone="success">You are signed out on every browser and device.</Alert>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <h2 className="mb-4 text-lg font-semibold">With your e-mail</h2>
          <EmailSignInForm callbackUrl={callbackUrl} />
        </Card>
        {e.oidcConfigured ? (
          <Card>
            <h2 className="mb-4 text-lg font-semibold">With your organization</h2>
            <OidcSignInButton name={e.OIDC_NAME} callbackUrl={callbackUrl} />
          </Card>
        ) : null}
      </div>
      {e.DEMO_MODE ? (
        <Card>
          <h2 className="text-lg font-semibold">Demo: sign in as a persona</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">
            This demo runs with DEMO_MODE=true. Real deployments have no such shortcut.
          </p>
          {personas.length > 0 ? (
            <DemoPersonaPicker personas={personas} callbackUrl={callbackUrl} />
          ) : (
            <Alert tone="warning">
              No demo personas in this database. Run <code>npx podium seed --demo</code>.
            </Alert>
          )}
        </Card>
      ) : null}
    </div>
  );
}
