// One PGlite instance per data folder per process, guarded by an owner file so that a second
// process (a CLI while the server runs) stops with a clear message instead of corrupting data.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

type Holder = { instances: Map<string, PGlite> };
const holder = ((globalThis as unknown as { __podiumPglite?: Holder }).__podiumPglite ??= {
  instances: new Map(),
});

export class DatabaseBusyError extends Error {
  code = "database_busy" as const;
}

function ownerFile(dir: string): string {
  return `${dir}.owner.pid`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function claimFolder(dir: string): void {
  const file = ownerFile(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(fs.readFileSync(file, "utf8"));
      if (owner === process.pid) return;
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new DatabaseBusyError(
          `The embedded database in ${dir} is in use by another Podium process (pid ${owner}), ` +
            `probably the running server. Stop it first (Ctrl+C in its terminal), or point both at ` +
            `PostgreSQL with DATABASE_URL=postgres://... to run them side by side.`,
        );
      }
      fs.unlinkSync(file); // stale: its process is gone
    }
  }
  throw new DatabaseBusyError(`Could not claim the embedded database in ${dir}`);
}

/** The PGlite instance for a folder, created (with parent folders) on first use in this process. */
export function openPglite(dir: string): PGlite {
  let pg = holder.instances.get(dir);
  if (!pg || pg.closed) {
    claimFolder(dir);
    fs.mkdirSync(dir, { recursive: true });
    pg = new PGlite(dir);
    holder.instances.set(dir, pg);
  }
  return pg;
}

export async function closePglite(dir: string): Promise<void> {
  const pg = holder.instances.get(dir);
  if (!pg) return;
  holder.instances.delete(dir);
  if (!pg.closed) await pg.close();
  try {
    if (fs.readFileSync(ownerFile(dir), "utf8") === String(process.pid)) fs.unlinkSync(ownerFile(dir));
  } catch {
    /* not ours or gone */
  }
}
