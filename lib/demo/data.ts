import "server-only";
import { db } from "../db/client";
import { DEMO_PERSONAS } from "./personas";

/** Personas that exist in this database, in catalog order. */
export async function listDemoPersonas() {
  const users = await db.user.findMany({
    where: { demoPersona: { not: null } },
    select: { demoPersona: true, name: true, email: true },
  });
  const byKey = new Map(users.map((u) => [u.demoPersona, u]));
  return DEMO_PERSONAS.filter((p) => byKey.has(p.key)).map((p) => {
    const u = byKey.get(p.key)!;
    return { key: p.key, name: u.name ?? p.name, email: u.email, description: p.description };
  });
}
