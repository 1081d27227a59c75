// The authorization matrix: every page, route handler and server action of app/, with what each
// role gets. test/authz-matrix.test.ts fails when a route or action has no row here (it walks
// app/ and the "use server" files); e2e/authz-matrix.spec.ts requests every cell as that role
// against the production build and compares.
//
// Roles are demo personas (lib/demo/personas.ts): voter = Vera; speaker = Samira (NimbusWorks);
// otherChair = Sol, chair of Security only; chair = Chen, chair of Cloud Native; organizer =
// Olivia; admin = Ada. The review event platform-days-2027 has both tracks.
//
// Page outcomes: ok (200), signin (sent to /signin?callbackUrl=...), forbidden (403), notfound (404).
// API outcomes: the HTTP status. Action outcomes: the code of the returned refusal, or "ok".

export const ROLES = ["anonymous", "voter", "speaker", "otherChair", "chair", "organizer", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_PERSONA: Record<Exclude<Role, "anonymous">, string> = {
  voter: "voter",
  speaker: "speaker",
  otherChair: "security-chair",
  chair: "chair",
  organizer: "organizer",
  admin: "admin",
};

export type PageOutcome = "ok" | "signin" | "forbidden" | "notfound";
type PerRole<T> = Record<Role, T>;

/** Placeholders filled at test time: {speakerProposal} Samira's proposal, {voterHandle} an item of Vera's ballot, {cnProposal} a Cloud Native proposal of the review event. */
export type PageRow = { route: string; url: string; expect: PerRole<PageOutcome> };
export type ApiRow = {
  route: string;
  method: "GET" | "POST";
  url: string;
  /** Sent as a same-origin JSON body (content-type and Origin as the app's own pages send them). */
  body?: unknown;
  expect: PerRole<number>;
};
export type ActionRow = {
  file: string;
  name: string;
  /** Arguments: "form" = (prevState, FormData of `fields`); "value" = (value). */
  call: { kind: "form"; fields?: Record<string, string> } | { kind: "value"; value: unknown };
  expect: PerRole<string>;
  /** Rows not executed by the e2e spec, with the reason and where it is tested instead. */
  skip?: string;
};

const all = <T>(v: T): PerRole<T> => Object.fromEntries(ROLES.map((r) => [r, v])) as PerRole<T>;
const signedIn = <T>(anon: T, rest: T): PerRole<T> => ({ ...all(rest), anonymous: anon });
/** Organizers and admins get `yes`, everyone else signed in `no`. */
const organizerOnly = <T>(anon: T, no: T, yes: T): PerRole<T> => ({
  anonymous: anon,
  voter: no,
  speaker: no,
  otherChair: no,
  chair: no,
  organizer: yes,
  admin: yes,
});

const ORG_PAGE = organizerOnly<PageOutcome>("signin", "forbidden", "ok");
const USER_PAGE = signedIn<PageOutcome>("signin", "ok");
const REVIEW = "platform-days-2027";

export const PAGES: PageRow[] = [
  { route: "/", url: "/", expect: all("ok") },
  { route: "/signin", url: "/signin", expect: all("ok") },
  { route: "/signin/check-email", url: "/signin/check-email", expect: all("ok") },
  { route: "/events/[slug]", url: "/events/summit-2027", expect: all("ok") },
  { route: "/dev/mailbox", url: "/dev/mailbox", expect: organizerOnly("notfound", "notfound", "ok") },
  { route: "/profile", url: "/profile", expect: USER_PAGE },
  { route: "/speaker", url: "/speaker", expect: USER_PAGE },
  { route: "/speaker/feedback", url: "/speaker/feedback", expect: USER_PAGE },
  { route: "/speaker/events/[slug]/new", url: "/speaker/events/summit-eu-2027/new", expect: USER_PAGE },
  {
    route: "/speaker/proposals/[id]",
    url: "/speaker/proposals/{speakerProposal}",
    expect: { ...signedIn<PageOutcome>("signin", "notfound"), speaker: "ok" },
  },
  { route: "/vote", url: "/vote", expect: USER_PAGE },
  { route: "/vote/[slug]", url: "/vote/summit-2027", expect: USER_PAGE },
  {
    route: "/vote/[slug]/b/[handle]",
    url: "/vote/summit-2027/b/{voterHandle}",
    expect: { ...signedIn<PageOutcome>("signin", "notfound"), voter: "ok" },
  },
  { route: "/feedback", url: "/feedback", expect: USER_PAGE },
  { route: "/feedback/[eventSlug]", url: "/feedback/cloud-day-2026", expect: USER_PAGE },
  {
    route: "/chair",
    url: "/chair",
    expect: { ...organizerOnly<PageOutcome>("signin", "forbidden", "ok"), otherChair: "ok", chair: "ok" },
  },
  {
    route: "/chair/[eventSlug]/[trackSlug]",
    url: `/chair/${REVIEW}/cloud-native`,
    expect: { ...organizerOnly<PageOutcome>("signin", "forbidden", "ok"), chair: "ok" },
  },
  {
    route: "/chair/[eventSlug]/[trackSlug]/[proposalId]",
    url: `/chair/${REVIEW}/cloud-native/{cnProposal}`,
    expect: { ...organizerOnly<PageOutcome>("signin", "forbidden", "ok"), chair: "ok" },
  },
  { route: "/events/[slug]/report", url: "/events/cloud-day-2026/report", expect: all("ok") },
  {
    route: "/admin/outbox/[id]",
    url: `/admin/outbox/${"cl_no_such_id_000000000"}`,
    expect: organizerOnly<PageOutcome>("signin", "forbidden", "notfound"),
  },
  { route: "/admin", url: "/admin", expect: ORG_PAGE },
  { route: "/admin/events/new", url: "/admin/events/new", expect: ORG_PAGE },
  { route: "/admin/feedback", url: "/admin/feedback", expect: ORG_PAGE },
  { route: "/admin/outbox", url: "/admin/outbox", expect: ORG_PAGE },
  { route: "/admin/audit", url: "/admin/audit", expect: ORG_PAGE },
  { route: "/admin/roles", url: "/admin/roles", expect: { ...ORG_PAGE, organizer: "forbidden" } },
  { route: "/admin/events/[slug]", url: `/admin/events/${REVIEW}`, expect: ORG_PAGE },
  { route: "/admin/events/[slug]/caps", url: `/admin/events/${REVIEW}/caps`, expect: ORG_PAGE },
  { route: "/admin/events/[slug]/notifications", url: `/admin/events/${REVIEW}/notifications`, expect: ORG_PAGE },
  { route: "/admin/events/[slug]/voters", url: `/admin/events/${REVIEW}/voters`, expect: ORG_PAGE },
  {
    route: "/admin/events/[slug]/proposals",
    url: `/admin/events/${REVIEW}/proposals`,
    expect: { ...ORG_PAGE, otherChair: "ok", chair: "ok" },
  },
  {
    route: "/admin/events/[slug]/proposals/[id]",
    url: `/admin/events/${REVIEW}/proposals/{cnProposal}`,
    expect: { ...ORG_PAGE, chair: "ok" },
  },
];

export const API: ApiRow[] = [
  { route: "/api/auth/[...nextauth]", method: "GET", url: "/api/auth/session", expect: all(200) },
  {
    route: "/api/v1/events/[slug]/ranking",
    method: "GET",
    url: `/api/v1/events/${REVIEW}/ranking?track=cloud-native`,
    expect: { ...organizerOnly(401, 403, 200), chair: 200 },
  },
  {
    route: "/api/v1/events/[slug]/export",
    method: "GET",
    url: `/api/v1/events/${REVIEW}/export`,
    expect: organizerOnly(401, 403, 200),
  },
  // The live voter-version preview: signed-in users only; an empty body is refused as bad input.
  { route: "/speaker/preview", method: "POST", url: "/speaker/preview", expect: signedIn(401, 400) },
  // The vote (the ballot item page's one write): signed-in users; a handle on no one's ballot is a 404.
  {
    route: "/api/v1/events/[slug]/votes",
    method: "POST",
    url: "/api/v1/events/summit-2027/votes",
    body: { handle: "AAAAAAAAAAAAAAAA", score: 1, revision: null },
    expect: signedIn(401, 404),
  },
  { route: "/admin/audit/export", method: "GET", url: "/admin/audit/export", expect: organizerOnly(401, 403, 200) },
  // bench/http.ts's bare baseline: exists only with PODIUM_BENCH_ROUTES (never in a deployment).
  { route: "/api/bench/baseline", method: "GET", url: "/api/bench/baseline", expect: all(404) },
];

const NOPE = "cl_no_such_id_000000000";
const ORG_ACTION = organizerOnly("unauthenticated", "forbidden", "invalid_input");
const USER_ACTION = (code: string) => signedIn("unauthenticated", code);
const CHAIR_ACTION = (onTrack: string) => ({
  ...organizerOnly("unauthenticated", "forbidden", onTrack),
  chair: onTrack,
});

const admin = "app/(admin)/admin/actions.ts";
export const ACTIONS: ActionRow[] = [
  ...[
    "createEventAction",
    "updateEventAction",
    "changePhaseAction",
    "createTrackAction",
    "updateTrackAction",
    "deleteTrackAction",
    "assignChairAction",
    "removeChairAction",
    "createFormatAction",
    "updateFormatAction",
    "deleteFormatAction",
  ].map((name): ActionRow => ({ file: admin, name, call: { kind: "form" }, expect: ORG_ACTION })),
  {
    file: "app/(admin)/admin/roles/actions.ts",
    name: "setRoleAction",
    call: { kind: "form" },
    expect: { ...ORG_ACTION, organizer: "forbidden" },
  },
  {
    file: "app/(admin)/admin/events/[slug]/proposals/actions.ts",
    name: "bulkStatusAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/caps/actions.ts",
    name: "grantCapExceptionAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/notifications/actions.ts",
    name: "saveTemplateAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/notifications/actions.ts",
    name: "sendDecisionEmailsAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/proposals/actions.ts",
    name: "editAnonymizedAction",
    call: { kind: "form", fields: { proposalId: NOPE, anonymizedTitle: "x", anonymizedAbstract: "y" } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/(admin)/admin/events/[slug]/proposals/actions.ts",
    name: "setCfpOverrideAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/voters/actions.ts",
    name: "importMemberListAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/voters/actions.ts",
    name: "clearMemberListAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/feedback/actions.ts",
    name: "importFeedbackAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/feedback/actions.ts",
    name: "createSessionsAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/feedback/actions.ts",
    name: "foldFeedbackAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/chair/[eventSlug]/[trackSlug]/actions.ts",
    name: "markDecisionAction",
    call: { kind: "form", fields: { eventSlug: REVIEW, trackSlug: "cloud-native", proposalId: NOPE, mark: "ACCEPT" } },
    expect: CHAIR_ACTION("not_found"),
  },
  {
    file: "app/chair/[eventSlug]/[trackSlug]/actions.ts",
    name: "revealAction",
    call: {
      kind: "form",
      fields: { eventSlug: REVIEW, trackSlug: "cloud-native", proposalId: NOPE, scope: "proposal" },
    },
    expect: CHAIR_ACTION("not_found"),
  },
  {
    file: "app/chair/[eventSlug]/[trackSlug]/actions.ts",
    name: "applyDecisionsAction",
    // An over-long reason: refused by validation after the caller check, so nothing is applied.
    call: { kind: "form", fields: { eventSlug: REVIEW, trackSlug: "cloud-native", overrideReason: "x".repeat(1001) } },
    expect: USER_ACTION("invalid_input"),
  },
  {
    file: "app/feedback/actions.ts",
    name: "rateSessionAction",
    call: { kind: "form", fields: { sessionId: NOPE, rating: "5" } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/profile/actions.ts",
    name: "saveProfileAction",
    call: { kind: "form", fields: { name: "x".repeat(500) } },
    expect: USER_ACTION("invalid_input"),
  },
  {
    file: "app/profile/actions.ts",
    name: "signOutEverywhereAction",
    call: { kind: "form" },
    expect: { ...USER_ACTION("redirect"), anonymous: "redirect" },
    skip: "would revoke the personas' sessions for every other spec; e2e/hardening.spec.ts signs a fresh user out everywhere",
  },
  {
    file: "app/speaker/actions.ts",
    name: "saveProposalAction",
    // The proposal's fields are validated before it is looked up (no abstract: refused as input).
    call: { kind: "form", fields: { proposalId: NOPE, title: "x" } },
    expect: USER_ACTION("invalid_input"),
  },
  {
    file: "app/speaker/actions.ts",
    name: "withdrawProposalAction",
    call: { kind: "form", fields: { proposalId: NOPE } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/speaker/actions.ts",
    name: "respondToInvitationAction",
    call: { kind: "form", fields: { proposalId: NOPE, answer: "accept" } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/speaker/actions.ts",
    name: "submitProposalAction",
    call: { kind: "form", fields: { proposalId: NOPE } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/(admin)/admin/events/[slug]/notifications/actions.ts",
    name: "sendTestEmailAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/events/[slug]/notifications/actions.ts",
    name: "deleteTemplateAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/outbox/actions.ts",
    name: "resendEmailAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/(admin)/admin/outbox/actions.ts",
    name: "cancelEmailAction",
    call: { kind: "form" },
    expect: ORG_ACTION,
  },
  {
    file: "app/chair/[eventSlug]/[trackSlug]/actions.ts",
    name: "saveChairReviewAction",
    // No fields: refused by validation after the caller check, so nothing is written.
    call: { kind: "form" },
    expect: USER_ACTION("invalid_input"),
  },
  {
    file: "app/chair/[eventSlug]/[trackSlug]/actions.ts",
    name: "saveSpeakerFeedbackAction",
    call: { kind: "form" },
    expect: USER_ACTION("invalid_input"),
  },
  {
    file: "app/vote/actions.ts",
    name: "startBallotAction",
    call: { kind: "form", fields: { eventSlug: "no-such-event" } },
    expect: USER_ACTION("not_found"),
  },
  {
    file: "app/vote/actions.ts",
    name: "moreItemsAction",
    call: { kind: "form", fields: { eventSlug: "no-such-event", expectedBatch: "1" } },
    expect: USER_ACTION("not_found"),
  },
];

/** Number of (route or action) x role cells. */
export function matrixCellCount(): number {
  return (PAGES.length + API.length + ACTIONS.length) * ROLES.length;
}
