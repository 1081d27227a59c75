import { describe, expect, it } from "vitest";
import { applyFindings, redactProposal, redactText, summarizeFindings, type IdentityContext } from "./index";

const ctx: IdentityContext = {
  speakers: [
    {
      name: "José Núñez",
      email: "jose@nimbusworks.io",
      handles: ["@jnunez"],
      links: ["https://github.com/jnunez-dev", "https://josenunez.dev"],
    },
    { name: "Siobhán O'Brien" },
    { name: "Jean-Luc Moreau" },
    { name: "Ana María López García" },
    { name: "Tom Jones" },
  ],
  organizations: [{ name: "NimbusWorks Inc.", aliases: ["NWX"], domains: ["nimbusworks.io"] }],
};

const willRust: IdentityContext = { speakers: [{ name: "Will Rust" }], organizations: [{ name: "Red Hat" }] };

const abstract = (text: string, c: IdentityContext = ctx) => redactText(text, c, "ABSTRACT").text;
const title = (text: string, c: IdentityContext = ctx) => redactText(text, c, "TITLE").text;

describe("speaker names", () => {
  it.each([
    ["full name", "José Núñez built it.", "[speaker] built it."],
    ["full name without accents", "Jose Nunez built it.", "[speaker] built it."],
    ["full name in any case", "by JOSE NUNEZ and jose núñez", "by [speaker] and [speaker]"],
    ["accents in text, not in context", "Renée Dupont spoke.", "[speaker] spoke."],
    ["first name alone, capitalized", "In this talk Siobhán explains it.", "In this talk [speaker] explains it."],
    ["last name alone", "Ask Núñez about it.", "Ask [speaker] about it."],
    ["possessive", "Núñez's team and Ana's demo", "[speaker]'s team and [speaker]'s demo"],
    ["curly possessive keeps its apostrophe", "Siobhán’s story", "[speaker]’s story"],
    ["bare possessive after s", "Tom Jones' talk", "[speaker]'s talk"],
    ["apostrophe names", "O'Brien and O’Brien and OBrien", "[speaker] and [speaker] and [speaker]"],
    ["hyphenated first name", "Jean-Luc and Jean Luc Moreau", "[speaker] and [speaker]"],
    ["first and last of a long name", "Ana López will demo; López García too.", "[speaker] will demo; [speaker] too."],
    ["co-speaker", "Joint work with Tom Jones.", "Joint work with [speaker]."],
    ["lower-case part alone is a word", "the ana-lysis of jones", "the ana-lysis of jones"],
    ["name inside another word is kept", "Anagrams and Tomcat", "Anagrams and Tomcat"],
  ])("%s", (_label, input, expected) => {
    const c: IdentityContext = _label.startsWith("accents in text")
      ? { speakers: [{ name: "Renee Dupont" }], organizations: [] }
      : ctx;
    expect(abstract(input, c)).toBe(expected);
  });
});

describe("name parts that are ordinary words or technologies", () => {
  it.each([
    ["the modal verb", "This will change how you deploy.", "This will change how you deploy."],
    ["sentence-initial common word", "Will this scale? We think so.", "Will this scale? We think so."],
    ["the language", "Written in Rust, deployed on Go services.", "Written in Rust, deployed on Go services."],
    ["capitalized mid-sentence is the person", "Then Will shows the demo.", "Then [speaker] shows the demo."],
    ["full name is redacted", "Will Rust maintains the crate.", "[speaker] maintains the crate."],
    ["full name of common words needs capitals", "the bolts will rust quickly", "the bolts will rust quickly"],
    ["list item start is sentence-initial", "- Will it blend?\n- yes", "- Will it blend?\n- yes"],
    ["organization of common words needs capitals", "wear a red hat at Red Hat", "wear a red hat at [organization]"],
  ])("%s", (_label, input, expected) => {
    expect(abstract(input, willRust)).toBe(expected);
  });

  it("titles are Title Cased, so a common name part alone never matches there", () => {
    expect(title("How We Will Rewrite It in Rust", willRust)).toBe("How We Will Rewrite It in Rust");
    expect(title("Will Rust on Rust", willRust)).toBe("[speaker] on Rust");
  });

  it("headings in the abstract are treated like titles", () => {
    expect(abstract("## What Will Break\nThen Will explains.", willRust)).toBe(
      "## What Will Break\nThen [speaker] explains.",
    );
  });
});

describe("organizations", () => {
  it.each([
    ["name", "We run NimbusWorks on Kafka.", "We run [organization] on Kafka."],
    ["legal suffix in text", "NimbusWorks Inc. builds tools.", "[organization] builds tools."],
    [
      "legal suffix ending a sentence keeps the period",
      "I work at NimbusWorks Inc. We build tools.",
      "I work at [organization]. We build tools.",
    ],
    [
      "spacing and case variants",
      "Nimbus Works, nimbus-works and NIMBUSWORKS",
      "[organization], [organization] and [organization]",
    ],
    ["possessive", "NimbusWorks' platform and NimbusWorks’s API", "[organization]'s platform and [organization]’s API"],
    ["alias", "At NWX we use Go.", "At [organization] we use Go."],
    ["short alias only as written", "nwx is not it, but NWX is", "nwx is not it, but [organization] is"],
    [
      "e-mail domain as a bare word",
      "Docs at nimbusworks.io and docs.nimbusworks.io.",
      "Docs at [organization] and [organization].",
    ],
  ])("%s", (_label, input, expected) => {
    expect(abstract(input)).toBe(expected);
  });

  it("a declared name with a suffix matches the bare name", () => {
    const c: IdentityContext = { speakers: [], organizations: [{ name: "Müller Datentechnik GmbH" }] };
    expect(abstract("Bei Muller Datentechnik und Müller Datentechnik GmbH.", c)).toBe(
      "Bei [organization] und [organization].",
    );
  });

  it("a short organization name matches only as written, so the word survives", () => {
    const c: IdentityContext = {
      speakers: [{ name: "Dr. Anna Weiss (she/her)" }],
      organizations: [{ name: "SAP SE" }],
    };
    expect(abstract("Dr. Anna Weiss at SAP SE; sap is tree juice; SAP's ERP", c)).toBe(
      "[speaker] at [organization]; sap is tree juice; [organization]'s ERP",
    );
  });

  it("reports the domain as DOMAIN", () => {
    const { findings } = redactText("see nimbusworks.io", ctx, "ABSTRACT");
    expect(findings).toMatchObject([{ kind: "DOMAIN", text: "nimbusworks.io", replacement: "[organization]" }]);
  });
});

describe("other companies and technologies survive", () => {
  it.each([
    "We migrated from AWS to Google Cloud and run PostgreSQL on Kubernetes.",
    "Kafka, Flink and Spark pipelines; Confluent and Databricks are partners.",
    "Compared with HashiCorp Vault and Microsoft Azure Key Vault.",
    "The CNCF landscape: Prometheus, Grafana, OpenTelemetry, Envoy.",
    "Released in 2023, version 1.2.3, between 2019-2023, on 2024-05-01, 99.9% uptime.",
    "Use `@Override` and `npm i @types/node`; packages like @nestjs/core stay.",
    "Decorators such as `@dataclass` are Python's, see kubernetes.io for docs.",
    "Our index.js/main.rs layout and 10.0.0.1 with port 8080.",
  ])("%s", (input) => {
    expect(redactText(input, ctx, "ABSTRACT").findings).toEqual([]);
  });
});

describe("e-mails, links, handles, phones", () => {
  it.each([
    ["any e-mail", "Write to someone@example.com today.", "Write to [email] today."],
    ["https URL", "Slides: https://example.com/talks/2024?x=1.", "Slides: [link]."],
    ["www URL", "See www.example.org/about, then ask.", "See [link], then ask."],
    ["bare host with a path", "Code at github.com/foo/bar (MIT).", "Code at [link] (MIT)."],
    ["URL with parentheses", "(see https://en.wikipedia.org/wiki/Foo_(bar))", "(see [link])"],
    ["@handle", "Follow @jane_doe and @acme.", "Follow [handle] and [handle]."],
    ["fediverse handle", "Toot @jane@hachyderm.io now", "Toot [handle] now"],
    ["speaker handle without @", "I am jnunez on most sites", "I am [handle] on most sites"],
    ["account name from a shared-host link", "Find jnunez-dev everywhere", "Find [handle] everywhere"],
    ["personal site host", "Blog: josenunez.dev and blog.josenunez.dev", "Blog: [link] and [link]"],
    ["international phone", "Call +49 30 1234567 now", "Call [phone] now"],
    ["US phone with parentheses", "Call (555) 123-4567.", "Call [phone]."],
    ["US phone with dashes", "or 555-123-4567", "or [phone]"],
    ["national trunk number", "Tel. 030 1234567", "Tel. [phone]"],
  ])("%s", (_label, input, expected) => {
    expect(abstract(input)).toBe(expected);
  });
});

describe("markdown", () => {
  it.each([
    ["link becomes anchor text + [link]", "See [our repo](https://github.com/x/y).", "See our repo [link]."],
    ["link with a title", '[docs](https://x.io/docs "Docs") here', "docs [link] here"],
    ["image", "![diagram](https://cdn.example.com/a.png)", "diagram [link]"],
    ["autolink", "<https://example.com/x>", "[link]"],
    ["mailto link", "[mail me](mailto:jose@nimbusworks.io)", "mail me [email]"],
    ["identity in the anchor text", "[José's blog](https://josenunez.dev/posts)", "[speaker]'s blog [link]"],
    ["anchor is the URL itself", "[https://a.io/b](https://a.io/b)", "[link]"],
    ["emphasis around a URL", "**https://example.com/x**", "**[link]**"],
    ["relative link is not identity", "[below](#details)", "[below](#details)"],
    [
      "structure around redactions is kept",
      "# Title\n\n- **NimbusWorks** in *prod*\n",
      "# Title\n\n- **[organization]** in *prod*\n",
    ],
  ])("%s", (_label, input, expected) => {
    expect(abstract(input)).toBe(expected);
  });
});

describe("findings", () => {
  it("index the original text and are sorted", () => {
    const input = "Þór and José Núñez (jose@nimbusworks.io) at NimbusWorks";
    const { findings } = redactText(input, ctx, "ABSTRACT");
    expect(findings.map((f) => f.kind)).toEqual(["NAME", "EMAIL", "ORGANIZATION"]);
    for (const f of findings) expect(input.slice(f.start, f.end)).toBe(f.text);
  });

  it("spans include decomposed accents (NFD text)", () => {
    const input = "José Núñez".normalize("NFD") + " spoke";
    const { findings, text } = redactText(input, ctx, "ABSTRACT");
    expect(text).toBe("[speaker] spoke");
    expect(findings[0].text).toBe(input.slice(0, -" spoke".length));
  });

  it("overlaps go to the longest match", () => {
    const { findings } = redactText("mail jose@nimbusworks.io or https://nimbusworks.io/jose", ctx, "ABSTRACT");
    expect(findings.map((f) => [f.kind, f.text])).toEqual([
      ["EMAIL", "jose@nimbusworks.io"],
      ["URL", "https://nimbusworks.io/jose"],
    ]);
  });

  it("applyFindings reproduces the anonymized text, and honours a corrected list", () => {
    const input = "José at NimbusWorks, see [repo](https://github.com/a/b)";
    const { findings, text } = redactText(input, ctx, "ABSTRACT");
    expect(applyFindings(input, findings)).toBe(text);
    const withoutOrg = findings.filter((f) => f.kind !== "ORGANIZATION");
    expect(applyFindings(input, withoutOrg)).toBe("[speaker] at NimbusWorks, see repo [link]");
  });

  it("placeholders are left alone", () => {
    expect(redactText("[speaker]'s talk at [organization], [link]", ctx, "ABSTRACT").findings).toEqual([]);
  });
});

describe("redactProposal and summarizeFindings", () => {
  it("redacts both fields and labels findings by field", () => {
    const r = redactProposal(
      {
        title: "Scaling NimbusWorks",
        abstract: "José shows NimbusWorks, nimbusworks.io and NimbusWorks' API. Mail jose@nimbusworks.io.",
      },
      ctx,
    );
    expect(r.anonymizedTitle).toBe("Scaling [organization]");
    expect(r.anonymizedAbstract).toBe(
      "[speaker] shows [organization], [organization] and [organization]'s API. Mail [email].",
    );
    expect(summarizeFindings(r.findings)).toEqual([
      "Your title mentions your organization once: voters will see [organization].",
      "Your abstract mentions a speaker's name once: voters will see [speaker].",
      "Your abstract mentions your organization 3 times: voters will see [organization].",
      "Your abstract contains an e-mail address: voters will see [email].",
    ]);
  });

  it("says nothing when there is nothing to say", () => {
    expect(
      summarizeFindings(redactProposal({ title: "Kafka at scale", abstract: "Lessons from Kafka." }, ctx).findings),
    ).toEqual([]);
  });
});

describe("derived organization forms (issue 9)", () => {
  const ctxOf = (org: string, name = "Kwame Osei", email?: string): IdentityContext => ({
    speakers: [{ name, email }],
    organizations: [{ name: org }],
  });
  const abs = (text: string, c: IdentityContext) => redactText(text, c, "ABSTRACT").text;

  it("drops legal forms and descriptive words, keeps a distinctive first word, builds acronyms", () => {
    const c = ctxOf("Jade Peak Technologies Co., Ltd.");
    expect(abs("Jade Peak's pipeline, JPT's team and #JadePeakEng; jade is a stone.", c)).toBe(
      "[organization]'s pipeline, [organization]'s team and [handle]; jade is a stone.",
    );
    expect(abs("Borealis runs it; BorealisDB too; ask #borealiscon.", ctxOf("Borealis Cloud Ltd"))).toBe(
      "[organization] runs it; [organization] too; ask [handle].",
    );
  });

  it("leaves ordinary words of an organization's name alone unless written as the name", () => {
    const c = ctxOf("Open Source Labs");
    expect(abs("We love open source. Open Source Labs hosts it.", c)).toBe(
      "We love open source. [organization] hosts it.",
    );
  });

  it("knows a co-speaker by e-mail and honorifics with initials", () => {
    const c: IdentityContext = {
      speakers: [{ name: "Ana Pérez" }, { name: "", email: "kwame.osei@borealis.example" }],
      organizations: [],
    };
    expect(abs("With Dr. K. Osei and kwame osei's team.", c)).toBe("With [speaker] and [speaker]'s team.");
  });
});
