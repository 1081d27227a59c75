// Labelled corpus for bench/redaction.ts. Markup inside a case's text:
//   {{KIND:text}}  an identity mention that must be redacted (KIND = NAME, ORGANIZATION, EMAIL, ...)
//   <<text>>       a term that must survive unchanged (technologies, other companies, numbers)
// Everything else is neutral prose; redacting it counts as a false positive.

import type { IdentityContext } from "../lib/anonymize";

export type Persona = {
  ctx: IdentityContext;
  first: string;
  last: string;
  org: string;
  handle: string;
  domain: string;
};

export const PERSONAS: Persona[] = [
  p("José Núñez", "NimbusWorks Inc.", ["Nimbus"], "nimbusworks.io", "jnunez"),
  p("Siobhán O'Brien", "Datadrift GmbH", [], "datadrift.de", "siobhanob"),
  p("Will Rust", "Red Hat", ["RH"], "redhat.example", "wrust"),
  p("Jean-Luc Moreau", "Société Logicielle S.A.", ["SocLog"], "soclog.fr", "jlmoreau"),
  p("Ana María López García", "FinTrail Ltd.", [], "fintrail.example", "analopez"),
  p("Grace Park", "Kaas B.V.", [], "kaas.nl", "gpark"),
  p("Zoë Müller-Schmidt", "Hyperscale AG", ["HyperScale Labs"], "hyperscale.ch", "zoems"),
  p("Tom Jones", "Outback Tech Pty Ltd", [], "outback.tech", "tomj"),
  p("Mark Long", "Acme Cloud LLC", ["Acme"], "acme-cloud.com", "mlong"),
  p("Priya Raghunathan", "Tesselate Inc.", [], "tesselate.ai", "priyar"),
];

function p(name: string, org: string, aliases: string[], domain: string, handle: string): Persona {
  const parts = name.split(" ");
  return {
    ctx: {
      speakers: [
        { name, email: `${handle}@${domain}`, handles: [`@${handle}`], links: [`https://github.com/${handle}`] },
      ],
      organizations: [{ name: org, aliases, domains: [domain] }],
    },
    first: parts[0],
    last: parts[parts.length - 1],
    org: org.replace(/,? (Inc\.|GmbH|S\.A\.|Ltd\.|B\.V\.|AG|Pty Ltd|LLC)$/, ""),
    handle,
    domain,
  };
}

type Template = (x: Persona, full: string) => string;

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const spaced = (org: string) => org.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2");

/** Templates of realistic abstracts; each is instantiated for every persona. */
export const TEMPLATES: Template[] = [
  (x, n) =>
    `In this talk, {{NAME:${n}}} shares how {{ORGANIZATION:${x.org}}} moved 400 services from <<Heroku>> to <<Kubernetes>> without downtime. We cover <<Helm>>, <<Argo CD>> and the mistakes we made along the way.`,
  (x, n) =>
    `## Why we rewrote our scheduler\n\nAt {{ORGANIZATION:${x.org}}} our batch jobs ran on <<Hadoop>>. {{NAME:${fold(n)}}} led the migration to <<Apache Spark>> on <<AWS>>; this session explains the cost model. Slides will be at {{URL:https://${x.domain}/talks/scheduler}}.`,
  (x) =>
    `We compare <<PostgreSQL>>, <<MySQL>> and <<CockroachDB>> for multi-region writes. {{ORGANIZATION:${x.org}}}'s benchmark suite is open source: [the suite]({{URL:https://github.com/${x.handle}/bench}}). Questions: {{EMAIL:${x.handle}@${x.domain}}}.`,
  (x, n) =>
    `**Speaker note:** this abstract was written by {{NAME:${n}}}. Follow {{HANDLE:@${x.handle}}} for updates. It will cover <<Rust>>, <<Go>> and why we still run <<Java>> in 2024.`,
  (x) =>
    `Observability at {{ORGANIZATION:${spaced(x.org)}}} scale: <<Prometheus>>, <<Grafana>> and <<OpenTelemetry>> in a 3-region setup. Read more on {{DOMAIN:${x.domain}}} or call us at {{PHONE:+49 30 1234567}}.`,
  (x, n) =>
    `{{NAME:${n}}} and a co-speaker from <<Google>> walk through incident reviews. Versions <<1.2.3>> to <<2.0.1>> of our operator, deployed between <<2019-2023>>, taught us that <<Terraform>> drift will hurt.`,
  (x) =>
    `Our team at {{ORGANIZATION:${x.org.toUpperCase()}}} builds developer platforms with <<Backstage>>. See {{URL:www.${x.domain}/platform}} and our docs at {{URL:docs.${x.domain}/guide}}.`,
  (x) =>
    `- Lessons from {{NAME:${x.first}}}'s team are not the point; the point is <<Kafka>> backpressure.\n- Contact: {{EMAIL:${x.handle}.talks@${x.domain}}}\n- <<Confluent>> and <<Redpanda>> compared.`,
  (x, n) =>
    `A case study from {{ORGANIZATION:${x.org} Inc.}} and <<Microsoft>>: securing supply chains with <<Sigstore>>, <<SLSA>> and <<in-toto>>. Presented by {{NAME:${n.toUpperCase()}}}.`,
  (x) =>
    `Performance engineering with <<eBPF>>. {{NAME:${x.last}}} will show flame graphs from production at {{ORGANIZATION:${x.org}}}, and how <<Cilium>> changed our network stack. Ping {{HANDLE:@${x.handle}@hachyderm.io}}.`,
];

/** Hard cases: realistic mentions that a rule-based redactor is expected to miss or over-redact. */
export const HARD_CASES: { persona: number; text: string }[] = [
  // Sentence-initial first name that is also a common word: kept on purpose (can't tell from "Will this scale?").
  {
    persona: 2,
    text: `{{NAME:Will}} has maintained the <<Rust>> crate since 2018. Will this scale? <<Rust>> says yes.`,
  },
  // A nickname is not in the context.
  { persona: 0, text: `Everyone calls him {{NAME:Pepe}}; he built <<Kafka>> tooling at {{ORGANIZATION:NimbusWorks}}.` },
  // Lower-case first name alone.
  { persona: 1, text: `ask {{NAME:siobhán}} about <<Kubernetes>> operators, she wrote half of them.` },
  // Product name of the organization (not declared as an alias).
  { persona: 9, text: `We built {{ORGANIZATION:TesselateDB}} on top of <<RocksDB>> and <<Raft>>.` },
  // Surname that is an ordinary word used as an ordinary word: must survive.
  { persona: 8, text: `A <<long>> story about <<Mark>>down parsers and a <<long>> tail of bugs in <<CommonMark>>.` },
  // Another vendor with a similar name must survive.
  // A capitalized ordinary word equal to a surname, mid-sentence: over-redacted (known false positive).
  { persona: 5, text: `We met in <<Central Park>> to sketch the <<Kubernetes>> operator with {{NAME:Grace}}.` },
  // Sentence-initial ordinary words equal to a name part survive.
  { persona: 8, text: `<<Long>>-running jobs on <<Kubernetes>>. <<Mark>> them as <<long>> as you like.` },
  // Co-speaker's organization of common words, in lower case, is prose.
  { persona: 2, text: `Wear a <<red hat>> to the {{ORGANIZATION:Red Hat}} booth; {{NAME:Will Rust}} will be there.` },
  {
    persona: 0,
    text: `Unlike <<Nimble Storage>> and <<NimbusData>>, {{ORGANIZATION:NimbusWorks}} keeps state in <<etcd>>.`,
  },
];
