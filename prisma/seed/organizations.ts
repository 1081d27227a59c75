// Demo organizations: two big vendors with many proposals, mid-size and small companies,
// universities. Independents (public mail domains) have no organization.
export type SeedOrganization = { key: string; name: string; domain: string; aliases?: string[] };

export const SEED_ORGANIZATIONS: SeedOrganization[] = [
  { key: "nimbus", name: "NimbusWorks, Inc.", domain: "nimbusworks.example", aliases: ["Nimbus Works"] },
  { key: "hyperscale", name: "Hyperscale Inc.", domain: "hyperscale.example", aliases: ["HyperScale Cloud"] },
  { key: "kubeforge", name: "Kubeforge", domain: "kubeforge.example" },
  { key: "fintrail", name: "FinTrail Ltd.", domain: "fintrail.example" },
  { key: "datadrift", name: "Datadrift SAS", domain: "datadrift.example" },
  { key: "polaris", name: "Polaris Security GmbH", domain: "polaris-security.example" },
  { key: "northbridge", name: "Northbridge University", domain: "northbridge.example" },
  { key: "thr", name: "Technische Hochschule Rheinland", domain: "th-rheinland.example", aliases: ["TH Rheinland"] },
  { key: "lumen", name: "Lumen Analytics", domain: "lumen-analytics.example" },
  { key: "otter", name: "Otter Logistics", domain: "otterlogistics.example" },
  { key: "quillstack", name: "Quillstack", domain: "quillstack.example" },
  { key: "podium", name: "Open Cloud Foundation", domain: "podium.example" },
];
