// The e-mail a newly assigned track chair receives (through the outbox, so it is retried, never
// doubled, and visible in the dev mailbox without SMTP).
import "server-only";
import { env } from "../env";
import { deliverEmail, enqueueEmail } from "../notifications/outbox";

export async function sendChairInvitation(args: {
  trackId: string;
  userId: string;
  email: string;
  trackName: string;
  eventName: string;
}): Promise<{ id: string; created: boolean }> {
  const site = (env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  const signIn = `${site}/signin?callbackUrl=${encodeURIComponent("/chair")}`;
  const text =
    `You have been made a chair of the track "${args.trackName}" at ${args.eventName}.\n\n` +
    `Sign in with this e-mail address (${args.email}) to review the track's proposals when voting has closed:\n` +
    `${signIn}\n\nIf you did not expect this, reply to the organizers.`;
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const mail = await enqueueEmail({
    to: args.email,
    kind: "chair_invitation",
    subject: `You are a track chair at ${args.eventName}`,
    text,
    html:
      `<p>You have been made a chair of the track <strong>${escape(args.trackName)}</strong> at ${escape(args.eventName)}.</p>` +
      `<p>Sign in with this e-mail address (${escape(args.email)}) to review the track's proposals when voting has closed:</p>` +
      `<p><a href="${escape(signIn)}">Sign in to Podium</a></p><p>If you did not expect this, reply to the organizers.</p>`,
    dedupeKey: `chair-invitation:${args.trackId}:${args.userId}`,
  });
  if (mail.created) await deliverEmail(mail.id);
  return mail;
}
