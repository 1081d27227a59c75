import type { Metadata } from "next";
import Link from "next/link";
import { ProfileForm } from "@/components/profile/profile-form";
import { SignOutEverywhereForm } from "@/components/profile/sign-out-everywhere-form";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageUser } from "@/lib/auth/page-guards";
import { getOwnProfile } from "@/lib/profile/data";

export const metadata: Metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requirePageUser("/profile");
  const profile = await getOwnProfile(user.id);
  if (!profile) throw new Error("Signed-in user has no record");

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Your profile" subtitle={profile.email} />
      <div className="grid gap-6">
        <Card>
          <dl className="grid gap-4 sm:grid-cols-2">
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Organization on record</dt>
              <dd className="mt-1 text-slate-900" data-testid="profile-organization">
                {profile.organizationName ?? "None"}
              </dd>
            </div>
            <div>
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">Speaker history</dt>
              <dd className="mt-1" data-testid="profile-newcomer">
                {profile.isNewcomer ? (
                  <Badge tone="green">First-time speaker</Badge>
                ) : (
                  <span className="text-slate-900">
                    {profile.pastSessions} past session{profile.pastSessions === 1 ? "" : "s"} with feedback
                  </span>
                )}
              </dd>
            </div>
          </dl>
          <p className="mt-3 text-xs text-slate-500">
            {profile.isNewcomer
              ? "No feedback from past sessions is on record for you, so your reputation is neutral: it neither helps nor hurts your proposals."
              : "Feedback from your past sessions feeds a reputation score that chairs see as its own column."}{" "}
            <Link
              href="/speaker/feedback"
              className="font-medium text-brand-700 hover:underline"
              data-testid="profile-feedback-link"
            >
              Your feedback history
            </Link>
          </p>
        </Card>
        <Card>
          <ProfileForm
            values={{
              name: profile.name,
              organization: profile.organizationText,
              bio: profile.bio,
              links: profile.links,
              handles: profile.handles.join(", "),
            }}
          />
        </Card>
        <Card>
          <SignOutEverywhereForm />
        </Card>
      </div>
    </div>
  );
}
