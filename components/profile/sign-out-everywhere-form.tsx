import { signOutEverywhereAction } from "@/app/profile/actions";
import { Button } from "@/components/ui/button";

/** Ends every session of this account: other browsers and devices, and any copied cookie. */
export function SignOutEverywhereForm() {
  return (
    <form action={signOutEverywhereAction} className="space-y-3">
      <h2 className="text-lg font-semibold">Sessions</h2>
      <p className="text-sm text-slate-700">
        Signed in on a shared computer, or lost a device? This signs you out on every browser and device, this one
        included.
      </p>
      <Button type="submit" variant="secondary" data-testid="sign-out-everywhere">
        Sign out everywhere
      </Button>
    </form>
  );
}
