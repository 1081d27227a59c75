// A small demo event already in REVIEW (voting closed), so the chair dashboard, decisions, the
// organization cap and decision e-mails can be tried (and e2e-tested) without moving summit-2027
// out of VOTING. NimbusWorks sends six proposals and Hyperscale four while at most two per
// organization may be accepted, so the selection-time cap matters. Some abstracts name the speaker
// or company; the seed redacts them like the submission form does.
import type { SeedProposal } from "./proposals";

export const REVIEW_EVENT = {
  slug: "platform-days-2027",
  name: "Platform Days 2027",
  description:
    "A one-day community event on platforms and security. Voting has closed; the track chairs are reviewing.",
  maxAcceptedPerOrg: 2,
  newcomerTarget: 0.3,
  tracks: [
    { slug: "cloud-native", name: "Cloud Native", description: "Platforms, Kubernetes and operations.", slotCount: 5 },
    { slug: "security", name: "Security", description: "Supply chain, runtime and incident response.", slotCount: 3 },
  ],
  /** Demo voters (prisma/seed/voters.ts) who voted in this event. */
  voterCount: 25,
};

/** quality: the hidden "true" quality (0..3) the seeded votes scatter around. */
export type ReviewSeedProposal = SeedProposal & { quality: number };

const p = (
  speaker: string,
  track: string,
  format: SeedProposal["format"],
  quality: number,
  title: string,
  abstract: string,
): ReviewSeedProposal => ({ speaker, track, format, level: "INTERMEDIATE", tags: [], title, abstract, quality });

export const REVIEW_PROPOSALS: ReviewSeedProposal[] = [
  // Cloud Native: NimbusWorks x5 (strong), Hyperscale x2, others
  p(
    "marcus",
    "cloud-native",
    "talk",
    2.6,
    "Paging Less: SLOs That Survived a Reorg",
    "How the NimbusWorks SRE team rewrote its alerting around error budgets, deleted two thirds of its pages and kept them deleted.",
  ),
  p(
    "tomasz",
    "cloud-native",
    "talk",
    2.5,
    "Developer Portals Nobody Asked For",
    "We built an internal developer portal, watched adoption stall at 12%, and rebuilt it around three golden paths. What changed and what we measured.",
  ),
  p(
    "jonas",
    "cloud-native",
    "panel",
    2.3,
    "Platform Teams as Product Teams",
    "A panel on roadmaps, customer interviews and saying no, moderated by Jonas Berg.",
  ),
  p(
    "aisha",
    "cloud-native",
    "talk",
    2.4,
    "Stateful Workloads on Spot Capacity",
    "Running databases on interruptible nodes sounds reckless. With the right disruption budgets and storage classes it cut our bill by 40%.",
  ),
  p(
    "elena",
    "cloud-native",
    "lightning",
    2.2,
    "GPU Scheduling in Five Minutes",
    "Bin packing, time slicing and MIG: which one to pick for which workload, in five slides.",
  ),
  p(
    "laura",
    "cloud-native",
    "talk",
    2.0,
    "eBPF Networking Without the Magic",
    "What actually happens to a packet in an eBPF-based CNI, traced hop by hop on a live cluster.",
  ),
  p(
    "daniel",
    "cloud-native",
    "talk",
    1.9,
    "Control Planes at Ten Thousand Nodes",
    "Lessons from scaling API servers and etcd at Hyperscale, with the graphs we wish we had looked at sooner.",
  ),
  p(
    "sofia",
    "cloud-native",
    "workshop",
    2.1,
    "Contributing to Kubernetes: Your First Pull Request",
    "A hands-on path from finding a good first issue to a merged change, with the review etiquette nobody writes down.",
  ),
  p(
    "ibrahim",
    "cloud-native",
    "talk",
    1.8,
    "Formal Models of Rolling Updates",
    "We model-checked the deployment controller and found two surprising interleavings. A research talk for practitioners.",
  ),
  p(
    "zoe",
    "cloud-native",
    "talk",
    1.6,
    "The Boring Cluster Upgrade",
    "A checklist-driven approach to upgrades for small teams without a platform department.",
  ),
  p(
    "mateo",
    "cloud-native",
    "talk",
    1.3,
    "Helm Charts Are Software Too",
    "Testing, versioning and deprecating charts like the libraries they are.",
  ),
  p(
    "pedro",
    "cloud-native",
    "lightning",
    1.2,
    "Chaos Days on a Budget",
    "Game days with a whiteboard, a timer and one broken node pool.",
  ),
  // Security
  p(
    "priya",
    "security",
    "talk",
    2.4,
    "Signing Everything: A Year of Sigstore in Production",
    "What broke, what we automated and what auditors asked once every artifact at NimbusWorks carried a signature.",
  ),
  p(
    "kenji",
    "security",
    "talk",
    2.2,
    "Container Escapes We Found in 2026",
    "Three escapes, their root causes and the one-line mitigations that would have stopped them.",
  ),
  p(
    "katrin",
    "security",
    "workshop",
    2.0,
    "Attacking Your Own Cluster",
    "A guided red-team exercise against a deliberately weak cluster, ending with the fixes.",
  ),
  p(
    "stefan",
    "security",
    "talk",
    1.7,
    "Incident Response for Platform Teams",
    "Runbooks, roles and the first thirty minutes of a cluster compromise.",
  ),
  p(
    "omar",
    "security",
    "talk",
    1.5,
    "Secrets Rotation Without Downtime",
    "Rotating database credentials every hour across two hundred services, and the outage that taught us how.",
  ),
  p(
    "fatima",
    "security",
    "lightning",
    1.9,
    "Threat Modelling in Ten Minutes",
    "A lightweight template that gets product teams to write their first threat model.",
  ),
  p(
    "rachel",
    "security",
    "talk",
    1.4,
    "Compliance as Code, Honestly",
    "Where policy engines help auditors and where they only produce green dashboards.",
  ),
  p(
    "lukas",
    "security",
    "talk",
    1.6,
    "Measuring Supply-Chain Risk in Open Source",
    "A study of dependency update lag across five thousand repositories and what predicts a slow patch.",
  ),
];
