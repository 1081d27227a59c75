import type { Command } from "commander";
import { setUserRole } from "../../lib/users/set-role";
import { CliError } from "../cli-error";

export function registerUserCommands(program: Command): void {
  program
    .command("user:role")
    .description(
      "grant a global role (also the first admin on an empty database). An unknown address gets a placeholder " +
        "user that the person takes over when they first sign in with it. The last admin cannot be demoted. Audit-logged.",
    )
    .requiredOption("--email <email>", "the person's e-mail address")
    .requiredOption("--role <role>", "ADMIN, ORGANIZER or MEMBER")
    .option("--json", "print the result as JSON")
    .action(async (opts: { email: string; role: string; json?: boolean }) => {
      const r = await setUserRole({ email: opts.email, role: opts.role }, { source: "cli" });
      if (!r.ok) throw new CliError(r.field ? `--${r.field}: ${r.message}` : r.message);
      if (opts.json) {
        const { ok: _ok, ...rest } = r;
        console.log(JSON.stringify(rest, null, 2));
        return;
      }
      const who = r.createdUser ? `${r.email} (new; takes effect when they first sign in)` : r.email;
      console.log(
        r.previous === r.role ? `${r.email} already has the role ${r.role}.` : `${who} now has the role ${r.role}.`,
      );
    });
}
