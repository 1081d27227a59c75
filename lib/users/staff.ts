// Reads for the roles page: everyone with a role above MEMBER.
import "server-only";
import { db } from "../db/client";

export type StaffMember = {
  id: string;
  email: string;
  name: string | null;
  role: "ADMIN" | "ORGANIZER";
  /** False for a placeholder nobody has signed in with yet. */
  hasSignedIn: boolean;
};

export async function listStaff(): Promise<StaffMember[]> {
  const users = await db.user.findMany({
    where: { role: { in: ["ADMIN", "ORGANIZER"] } },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      emailVerified: true,
      _count: { select: { accounts: true } },
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as StaffMember["role"],
    hasSignedIn: Boolean(u.emailVerified) || u._count.accounts > 0,
  }));
}
