// Stored event -> the strings the settings form shows (dates in the event's own time zone).
import type { Event } from "@/lib/db/generated/client";
import { toLocalInputValue } from "@/components/events/format-date";
import type { EventFormValues } from "./event-form";

export const NEW_EVENT_VALUES: EventFormValues = {
  slug: "",
  name: "",
  description: "",
  location: "",
  timezone: "UTC",
  cfpOpensAt: "",
  cfpClosesAt: "",
  votingOpensAt: "",
  votingClosesAt: "",
  reviewEndsAt: "",
  eventStartsAt: "",
  eventEndsAt: "",
  maxProposalsPerSpeaker: "3",
  maxProposalsPerOrg: "10",
  maxAcceptedPerOrg: "0",
  newcomerTarget: "",
  ballotSize: "30",
  scale: "0..3",
  scaleLabels: "",
  feedbackWeight: "1",
  acceptanceShare: "0.25",
  feedbackWindowDays: "14",
  eligibility: "VERIFIED_EMAIL",
  eligibleDomains: "",
  coSpeakersCountTowardCap: true,
};

export function eventFormValues(e: Event): EventFormValues {
  const d = (x: Date | null) => toLocalInputValue(x, e.timezone);
  return {
    slug: e.slug,
    name: e.name,
    description: e.description ?? "",
    location: e.location ?? "",
    timezone: e.timezone,
    cfpOpensAt: d(e.cfpOpensAt),
    cfpClosesAt: d(e.cfpClosesAt),
    votingOpensAt: d(e.votingOpensAt),
    votingClosesAt: d(e.votingClosesAt),
    reviewEndsAt: d(e.reviewEndsAt),
    eventStartsAt: d(e.eventStartsAt),
    eventEndsAt: d(e.eventEndsAt),
    maxProposalsPerSpeaker: String(e.maxProposalsPerSpeaker),
    maxProposalsPerOrg: String(e.maxProposalsPerOrg),
    maxAcceptedPerOrg: String(e.maxAcceptedPerOrg),
    newcomerTarget: e.newcomerTarget === null ? "" : String(e.newcomerTarget),
    ballotSize: String(e.ballotSize),
    scale: `${e.scaleMin}..${e.scaleMax}`,
    scaleLabels: e.scaleLabels.join("\n"),
    feedbackWeight: String(e.feedbackWeight),
    acceptanceShare: String(e.acceptanceShare),
    feedbackWindowDays: String(e.feedbackWindowDays),
    eligibility: e.eligibility,
    eligibleDomains: e.eligibleDomains.join(", "),
    coSpeakersCountTowardCap: e.coSpeakersCountTowardCap,
  };
}
