import type { Metadata } from "next";
import Link from "next/link";
import { ChangeRoleButton, GrantRoleForm } from "@/components/admin/role-forms";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requirePageRole } from "@/lib/auth/page-guards";
import { ROLE_LABELS } from "@/lib/users/role-labels";
import { listStaff } from "@/lib/users/staff";

export const metadata: Metadata = { title: "Organizers and admins" };

export default async function RolesPage() {
  const me = await requirePageRole("ADMIN", "/admin/roles");
  const staff = await listStaff();
  const admins = staff.filter((s) => s.role === "ADMIN").length;
  return (
    <div className="space-y-6">
      <div>
        <PageHeader
          back={{ href: "/admin", label: "All events" }}
          title="Organizers and admins"
          subtitle={
            <>
              Organizers create and run events, tracks, chairs, imports and e-mails; admins can also grant and revoke
              these roles. Every change is in the{" "}
              <Link href="/admin/audit?kind=user.role" className="text-brand-700 underline">
                audit log
              </Link>
              .
            </>
          }
        />
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-slate-900">Grant a role</h2>
        <p className="mb-4 text-sm text-slate-600">
          Someone who has never signed in gets the role when they first sign in with this address.
        </p>
        <GrantRoleForm />
      </Card>
      <Card className="p-0 sm:p-0">
        <ul className="divide-y divide-slate-100" data-testid="staff-list">
          {staff.map((s) => (
            <li
              key={s.id}
              className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between"
              data-testid={`staff-${s.email}`}
            >
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-900">
                  {s.name ?? s.email}
                  {s.id === me.id ? <span className="text-slate-500"> (you)</span> : null}
                </p>
                {s.name ? <p className="truncate text-sm text-slate-500">{s.email}</p> : null}
                <p className="mt-1 flex flex-wrap gap-2">
                  <Badge tone={s.role === "ADMIN" ? "brand" : "slate"}>{ROLE_LABELS[s.role].name}</Badge>
                  {s.hasSignedIn ? null : <Badge tone="amber">Has not signed in yet</Badge>}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                {s.role === "ORGANIZER" ? (
                  <ChangeRoleButton email={s.email} role="ADMIN" label="Make admin" />
                ) : admins > 1 ? (
                  <ChangeRoleButton email={s.email} role="ORGANIZER" label="Make organizer" />
                ) : null}
                {s.role === "ADMIN" && admins <= 1 ? (
                  <p className="text-sm text-slate-500">The last admin cannot be removed.</p>
                ) : (
                  <ChangeRoleButton email={s.email} role="MEMBER" label="Revoke" danger />
                )}
              </div>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
