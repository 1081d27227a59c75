// Demo voters (besides the voter persona): attendees across organizations and independents.
export type SeedVoter = { name: string; email: string; org: string | null };

const VOTER_NAMES = [
  "Alex Turner",
  "Beatriz Costa",
  "Carlos Mendes",
  "Dana Whitaker",
  "Emil Novak",
  "Farah Siddiqui",
  "Georg Huber",
  "Helena Sousa",
  "Isaac Levi",
  "Julia Brenner",
  "Kofi Asante",
  "Lena Möller",
  "Mohammed Saleh",
  "Nina Ivanova",
  "Oskar Nilsson",
  "Paula Jiménez",
  "Quentin Dubois",
  "Rosa Bianchi",
  "Sven Eriksen",
  "Tara Singh",
  "Umar Bello",
  "Valentina Greco",
  "Wiktor Zieliński",
  "Xenia Popescu",
  "Yara Haddad",
  "Zane Mitchell",
  "Amira Benali",
  "Bruno Keller",
  "Clara Jensen",
];
// Organization keys (see organizations.ts) or null for a public mail address.
const VOTER_ORGS = [
  "fintrail",
  "nimbus",
  "hyperscale",
  "kubeforge",
  "datadrift",
  null,
  "polaris",
  "northbridge",
  "thr",
  "lumen",
  "otter",
  "quillstack",
  null,
  "fintrail",
  "nimbus",
];
const PUBLIC = ["gmail.example", "outlook.example", "proton.example"];
const DOMAINS: Record<string, string> = {
  nimbus: "nimbusworks.example",
  hyperscale: "hyperscale.example",
  kubeforge: "kubeforge.example",
  fintrail: "fintrail.example",
  datadrift: "datadrift.example",
  polaris: "polaris-security.example",
  northbridge: "northbridge.example",
  thr: "th-rheinland.example",
  lumen: "lumen-analytics.example",
  otter: "otterlogistics.example",
  quillstack: "quillstack.example",
};

function local(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/[^a-z]+/g, ".");
}

export const SEED_VOTERS: SeedVoter[] = VOTER_NAMES.map((name, i) => {
  const org = VOTER_ORGS[i % VOTER_ORGS.length];
  const domain = org ? DOMAINS[org] : PUBLIC[i % PUBLIC.length];
  return { name, email: `${local(name)}@${domain}`, org };
});

/** Past-session feedback for returning speakers (ratings on 1..5). */
export const SEED_PAST_FEEDBACK = [
  {
    speaker: "samira",
    eventName: "Open Cloud Summit 2026",
    sessionTitle: "Kubernetes Multi-Tenancy in Practice",
    ratingAverage: 4.6,
    ratingCount: 212,
  },
  {
    speaker: "daniel",
    eventName: "Open Cloud Summit 2026",
    sessionTitle: "Control Plane Performance Deep Dive",
    ratingAverage: 4.1,
    ratingCount: 340,
  },
  {
    speaker: "katrin",
    eventName: "Open Cloud Summit 2025",
    sessionTitle: "Breaking Clusters for Fun and Profit",
    ratingAverage: 4.8,
    ratingCount: 95,
  },
  {
    speaker: "mateo",
    eventName: "Open Cloud Summit 2026",
    sessionTitle: "Helm Chart Maintenance at Scale",
    ratingAverage: 3.4,
    ratingCount: 41,
  },
  {
    speaker: "rachel",
    eventName: "Open Cloud Summit 2025",
    sessionTitle: "Cloud Migrations That Worked",
    ratingAverage: 3.9,
    ratingCount: 18,
  },
];
