// HELD-OUT corpus for bench/redaction.ts. Frozen: written before the detector was generalized
// (issue 9) and never used to tune it. A rule may not be changed to fix a failure here unless a
// NEW case is added here at the same time (and the old one stays).
//
// Each case is what `podium import:proposals` receives: the speaker's name, e-mail and typed
// organization, and co-speakers by e-mail only (the import knows nothing else about them).
// Markup inside title and abstract, as in bench/redaction-cases.ts:
//   {{KIND:text}}  an identity mention that must not reach voters
//   <<text>>       an ordinary term that must survive unchanged

export type HeldoutCase = {
  id: string;
  speaker: { name: string; email: string; organization: string };
  coSpeakers?: string[];
  title: string;
  abstract: string;
};

export const HELDOUT: HeldoutCase[] = [
  {
    id: "h01",
    speaker: { name: "Kwame Osei", email: "kwame.osei@borealis.cloud", organization: "Borealis Cloud Ltd" },
    title: "Zero-downtime <<Postgres>> upgrades at {{ORGANIZATION:Borealis}}",
    abstract:
      "At {{ORGANIZATION:Borealis}} we run 2,000 <<PostgreSQL>> clusters. {{NAME:Dr. K. Osei}} explains how logical replication and <<pgBouncer>> let us upgrade major versions without a maintenance window, and why we stopped trusting <<pg_upgrade>> alone.",
  },
  {
    id: "h02",
    speaker: { name: "Marta Lindqvist", email: "marta@fenwickanddaughters.co.uk", organization: "Fenwick & Daughters" },
    title: "Accessibility audits for a 150-year-old retailer",
    abstract:
      "{{ORGANIZATION:Fenwick & Daughters}} sells everything from buttons to beds. {{NAME:Marta}}'s team rebuilt the checkout with <<React>> and <<axe-core>> in CI, cutting WCAG failures by 80%. We share the checklist we give to every <<Shopify>> agency we hire.",
  },
  {
    id: "h03",
    speaker: { name: "Aiko Tanaka", email: "aiko.tanaka@zephyr-systems.jp", organization: "Zephyr Systems K.K." },
    title: "Building {{ORGANIZATION:ZephyrOS}}: a tiny RTOS for sensors",
    abstract:
      "{{ORGANIZATION:ZephyrOS}} is the in-house real-time kernel behind our soil sensors. {{NAME:Tanaka}} walks through the scheduler, the <<Rust>> HAL and how we test on real hardware with <<QEMU>> first. Join the discussion at {{HANDLE:#ZephyrCon}} or follow {{HANDLE:@aiko_tanaka}}.",
  },
  {
    id: "h04",
    speaker: { name: "Chidi Okonkwo", email: "chidi@lagosfintech.ng", organization: "Lagos Fintech Group" },
    title: "Mobile money at the edge",
    abstract:
      "Most of our users are on 2G. I'm {{NAME:Chidi Okonkwo}}, and at {{ORGANIZATION:Lagos Fintech}} we moved fraud scoring onto the phone with <<TensorFlow Lite>>. The talk covers model size budgets, <<SQLite>> sync, and what <<M-Pesa>> taught the whole region about USSD.",
  },
  {
    id: "h05",
    speaker: { name: "Wei Zhang", email: "wei.zhang@jadepeak.com", organization: "Jade Peak Technologies Co., Ltd." },
    coSpeakers: ["li.na@jadepeak.com"],
    title: "Scaling <<Kafka>> consumers without rebalancing storms",
    abstract:
      "{{ORGANIZATION:Jade Peak}}'s order pipeline handles 3M events per second. {{NAME:Wei}} and {{NAME:Li Na}} show cooperative rebalancing, static membership and the <<Kafka>> settings nobody documents. Code is on {{URL:github.com/jadepeak/consumer-lab}}.",
  },
  {
    id: "h06",
    speaker: { name: "Priyanka Venkataraman", email: "priyanka@saffronhealth.in", organization: "Saffron Health" },
    title: "Privacy-preserving analytics for rural clinics",
    abstract:
      "{{NAME:Priyanka Venkataraman}} leads data engineering at {{ORGANIZATION:Saffron Health}}, which serves 400 clinics. We explain differential privacy budgets in <<Apache Beam>> pipelines and why <<k-anonymity>> failed our audit. Slides: {{URL:https://saffronhealth.in/talks/dp}}.",
  },
  {
    id: "h07",
    speaker: { name: "João Pereira", email: "joao.pereira@verdemar.com.br", organization: "VerdeMar Software S.A." },
    title: "Event sourcing in a logistics company",
    abstract:
      "{{NAME:joão pereira}} tells the story of {{ORGANIZATION:verdemar}}'s move from a shared <<Oracle>> schema to event sourcing on <<EventStoreDB>>. Expect honest numbers, a failed first attempt, and a pattern for projections that the <<Axon>> community helped us refine.",
  },
  {
    id: "h08",
    speaker: { name: "Agnieszka Wójcik", email: "a.wojcik@kolibri.pl", organization: "Kolibri Labs sp. z o.o." },
    title: "Type-safe SQL in <<TypeScript>> without an ORM",
    abstract:
      "We compare <<Kysely>>, <<Drizzle>> and hand-written queries. At {{ORGANIZATION:Kolibri}} we settled on generated types from the live schema. {{NAME:Agnieszka}} shows the migration tooling and the <<Vitest>> setup that runs every query against a real <<Postgres>>.",
  },
  {
    id: "h09",
    speaker: { name: "Nguyễn Thị Lan", email: "lan.nguyen@lotusbyte.vn", organization: "LotusByte" },
    title: "Vietnamese text search that works",
    abstract:
      "Tokenizing Vietnamese is not splitting on spaces. {{NAME:Nguyễn Thị Lan}} from {{ORGANIZATION:LotusByte}} shows how we built diacritic-aware search on <<OpenSearch>> with a custom analyzer, and how we measure relevance with real queries. Our analyzer is at {{URL:https://github.com/lotusbyte/vi-analyzer}}.",
  },
  {
    id: "h10",
    speaker: { name: "Omar Al-Farsi", email: "omar@dunenetworks.ae", organization: "Dune Networks LLC" },
    title: "BGP incidents we caused, and what we changed",
    abstract:
      "{{NAME:Omar Al-Farsi}} runs the backbone at {{ORGANIZATION:Dune Networks}}. Three outages, three postmortems: a route leak, an RPKI misconfiguration, and a <<FRRouting>> upgrade gone wrong. We now test every change in <<containerlab>> before it touches a router. Contact {{EMAIL:omar@dunenetworks.ae}}.",
  },
  {
    id: "h11",
    speaker: { name: "Elif Yılmaz", email: "elif@anatolia.dev", organization: "Anatolia Digital" },
    title: "Feature flags for regulated banking apps",
    abstract:
      "Banks want audit trails for every flag flip. {{NAME:Elif Yılmaz}} built a flag service at {{ORGANIZATION:Anatolia Digital}} on <<OpenFeature>> with signed change logs. We compare it with <<LaunchDarkly>> and <<Unleash>> and explain what the auditors asked for.",
  },
  {
    id: "h12",
    speaker: { name: "Seo-yeon Park", email: "seoyeon@hanbit-ai.kr", organization: "Hanbit AI Inc." },
    title: "Serving <<LLM>> inference on a budget",
    abstract:
      "{{ORGANIZATION:Hanbit AI}} serves a Korean-language assistant to 2M users. {{NAME:Seo-yeon Park}} covers quantization with <<vLLM>>, batching strategies and GPU scheduling on <<Kubernetes>>. We also share why we left <<Triton>> for our smaller models.",
  },
  {
    id: "h13",
    speaker: { name: "Alejandro Ruiz", email: "aruiz@mezcaldata.mx", organization: "Mezcal Data Group" },
    coSpeakers: ["sofia.herrera@tulum-analytics.com"],
    title: "Data contracts between teams that do not talk",
    abstract:
      "{{NAME:Alejandro Ruiz}} ({{ORGANIZATION:Mezcal Data}}) and {{NAME:Sofía Herrera}} ({{ORGANIZATION:Tulum Analytics}}) have run data contracts at two very different companies. We show schemas in <<Protobuf>>, checks in <<dbt>>, and the social side: who gets paged when a contract breaks.",
  },
  {
    id: "h14",
    speaker: { name: "Siobhan Gallagher", email: "siobhan@cliffsedge.ie", organization: "Cliffs Edge Security" },
    title: "Phishing-resistant MFA rollout for 6,000 staff",
    abstract:
      "Passkeys sound easy until you meet shared kiosks. {{NAME:Ms. S. Gallagher}} led the rollout at {{ORGANIZATION:Cliffs Edge}}: <<WebAuthn>>, <<FIDO2>> keys for admins, and a fallback that does not reintroduce SMS. Our playbook is free at {{URL:cliffsedge.ie/mfa-playbook}}.",
  },
  {
    id: "h15",
    speaker: { name: "Dimitris Papadopoulos", email: "dpapadopoulos@aegeanlabs.gr", organization: "Aegean Labs" },
    title: "Observability for <<IoT>> fleets at sea",
    abstract:
      "Ships have satellite links that cost a euro per megabyte. {{NAME:Dimitris}} explains how {{ORGANIZATION:Aegean Labs}} samples <<OpenTelemetry>> traces on board, ships only aggregates, and still debugs engine telemetry from shore with <<Grafana>>.",
  },
  {
    id: "h16",
    speaker: {
      name: "Ekaterina Volkova",
      email: "e.volkova@severstal-it.eu",
      organization: "Polar Star Software GmbH",
    },
    title: "Compilers for data scientists",
    abstract:
      "{{NAME:Ekaterina Volkova}} of {{ORGANIZATION:Polar Star Software}} shows how a small expression compiler turned slow <<pandas>> notebooks into <<Arrow>> kernels. No prior compiler knowledge needed; we build it live in <<Python>>.",
  },
  {
    id: "h17",
    speaker: { name: "Bálint Horváth", email: "balint@danubeworks.hu", organization: "DanubeWorks Kft." },
    title: "Terraform at 400 modules",
    abstract:
      "{{ORGANIZATION:DanubeWorks}}' platform team maintains 400 <<Terraform>> modules. {{NAME:Bálint Horváth}} presents our versioning rules, drift detection with <<driftctl>>, and why we moved state to per-team backends. Follow {{HANDLE:@balint_h}} for the scripts.",
  },
  {
    id: "h18",
    speaker: { name: "Somchai Chaiyaporn", email: "somchai@orchid-pay.co.th", organization: "Orchid Pay" },
    title: "QR payments and idempotency",
    abstract:
      "Every retry is a possible double charge. At {{ORGANIZATION:OrchidPay}} we learned idempotency keys the hard way. {{NAME:Somchai}} shows the ledger design on <<CockroachDB>>, the outbox pattern, and how <<PromptPay>> rules shaped our API.",
  },
  {
    id: "h19",
    speaker: { name: "Putri Wulandari", email: "putri@nusantara.tech", organization: "Nusantara Technologies" },
    title: "Offline-first apps for island logistics",
    abstract:
      "{{NAME:Putri Wulandari}} and the {{ORGANIZATION:Nusantara}} mobile team built a delivery app that syncs over flaky ferries' Wi-Fi. We use <<CRDTs>>, <<Automerge>> and a conflict UI that drivers actually understand.",
  },
  {
    id: "h20",
    speaker: { name: "Yael Ben-David", email: "yael@cedarsec.co.il", organization: "Cedar Security Ltd" },
    title: "Supply-chain attacks on <<npm>>: a year of incidents",
    abstract:
      "{{NAME:Yael Ben-David}} catalogued 140 malicious packages. This talk groups them by technique and shows the detection rules {{ORGANIZATION:Cedar Security}} contributed to <<OpenSSF>> scorecards. Bring a laptop: we try <<Socket>> and <<Sigstore>> on your own lockfile.",
  },
  {
    id: "h21",
    speaker: { name: "Darius Rahimi", email: "darius.rahimi@persepolis.io", organization: "Persepolis Games" },
    title: "Netcode for a mobile fighting game",
    abstract:
      "Rollback netcode on phones is hard. {{NAME:Darius Rahimi}}'s studio, {{ORGANIZATION:Persepolis Games}}, ships a fighting game with 60 fps rollback over mobile networks. We cover <<GGPO>>-style prediction, <<Unity>> determinism traps and input delay tuning.",
  },
  {
    id: "h22",
    speaker: { name: "Sanne de Vries", email: "sanne@tulpdata.nl", organization: "Tulp Data B.V." },
    title: "Dutch open data, cleaned",
    abstract:
      "Government datasets are open but messy. {{NAME:Sanne de Vries}} explains how {{ORGANIZATION:Tulp Data}} cleans municipal data with <<DuckDB>> and publishes it with <<Datasette>>. All pipelines are public: {{URL:https://tulpdata.nl/pipelines}}.",
  },
  {
    id: "h23",
    speaker: { name: "Aino Virtanen", email: "aino.virtanen@revontuli.fi", organization: "Revontuli Oy" },
    title: "Green software: measuring watts per request",
    abstract:
      "{{NAME:Aino Virtanen}} measured the energy of every endpoint at {{ORGANIZATION:Revontuli}}. We show <<Scaphandre>> and <<Kepler>> on <<Kubernetes>>, the surprising cost of JSON logging, and the dashboard our CFO now checks weekly.",
  },
  {
    id: "h24",
    speaker: { name: "Rhys Llewellyn", email: "rhys@dragonforge.wales", organization: "Dragon Forge Studios" },
    title: "Welsh-language voice assistants",
    abstract:
      "Minority languages need tiny models. {{NAME:Rhys}} and {{ORGANIZATION:Dragon Forge}} trained a Welsh speech recognizer with <<Whisper>> fine-tuning on 200 hours of audio. We share the data-collection app, the consent model and the <<ONNX>> runtime we ship.",
  },
  {
    id: "h25",
    speaker: { name: "Aroha Ngata", email: "aroha@kauri.co.nz", organization: "Kauri Health" },
    title: "Indigenous data sovereignty in practice",
    abstract:
      "{{NAME:Aroha Ngata}} works with iwi on health data. At {{ORGANIZATION:Kauri Health}} we built consent and access rules into the warehouse itself, using <<Snowflake>> row policies and <<OPA>>. This talk is about governance as code, not slides about principles.",
  },
  {
    id: "h26",
    speaker: { name: "Maria Clara Santos", email: "mclara@bayanihan.ph", organization: "Bayanihan Cloud Inc." },
    coSpeakers: ["jose.reyes@bayanihan.ph"],
    title: "Disaster-ready infrastructure for typhoon season",
    abstract:
      "{{NAME:Maria Clara Santos}} and {{NAME:José Reyes}} run {{ORGANIZATION:Bayanihan}}'s two data centres. We show multi-region failover with <<Ceph>>, generator tests, and how we keep <<Keycloak>> sessions alive when a region drops.",
  },
  {
    id: "h27",
    speaker: { name: "Tsion Bekele", email: "tsion@abyssinia-soft.et", organization: "Abyssinia Software PLC" },
    title: "Amharic OCR for land records",
    abstract:
      "Millions of land records exist only on paper. {{NAME:Tsion Bekele}}'s team at {{ORGANIZATION:Abyssinia Software}} trained <<Tesseract>> on Ge'ez script and built a review tool in <<Svelte>>. Accuracy went from 61% to 94%.",
  },
  {
    id: "h28",
    speaker: { name: "Tomáš Novák", email: "tomas.novak@vltava.cz", organization: "Vltava Systems s.r.o." },
    title: "Rewriting a billing engine in <<Kotlin>>",
    abstract:
      "Our billing engine was 20 years of <<PL/SQL>>. {{NAME:T. Novák}} describes the strangler-fig migration at {{ORGANIZATION:Vltava Systems}}, property-based tests that compared old and new invoices, and the <<Spring Boot>> service that replaced it.",
  },
  {
    id: "h29",
    speaker: { name: "Inês Carvalho", email: "ines@marinhaverde.pt", organization: "Marinha Verde Lda" },
    title: "Ocean sensors and time-series storage",
    abstract:
      "{{NAME:Inês Carvalho}} from {{ORGANIZATION:Marinha Verde}} compares <<TimescaleDB>>, <<InfluxDB>> and <<ClickHouse>> for buoy data: compression, late-arriving points, and queries oceanographers actually run. Dataset and notebooks: {{URL:https://marinhaverde.pt/buoys}}.",
  },
  {
    id: "h30",
    speaker: { name: "Luca Bianchi", email: "luca.bianchi@vesuvio.it", organization: "Vesuvio Technologies S.p.A." },
    title: "Chaos engineering for a ticketing platform",
    abstract:
      "When concert tickets drop, traffic grows 300x in a second. {{NAME:Luca Bianchi}} shows how {{ORGANIZATION:Vesuvio}} runs game days with <<Chaos Mesh>>, and why our best finding came from a simple <<Redis>> failover drill. Questions to {{EMAIL:luca.bianchi@vesuvio.it}}.",
  },
  {
    id: "h31",
    speaker: {
      name: "Friederike Hoffmann",
      email: "f.hoffmann@lindenbaum.de",
      organization: "Lindenbaum Software GmbH",
    },
    title: "Accessible data visualization",
    abstract:
      "Charts are often invisible to screen readers. {{NAME:Friederike Hoffmann}} ({{ORGANIZATION:Lindenbaum}}) shows patterns for accessible charts with <<D3>> and <<Vega-Lite>>: sonification, table fallbacks and keyboard navigation, tested with blind users.",
  },
  {
    id: "h32",
    speaker: { name: "Camille Dubois", email: "camille.dubois@lumiere-labs.fr", organization: "Lumière Labs SAS" },
    title: "From monolith to modules in <<Elixir>>",
    abstract:
      "{{NAME:Camille Dubois}} explains how {{ORGANIZATION:Lumière Labs}} split a 400k-line <<Phoenix>> monolith into bounded contexts without microservices. We use <<Boundary>> to enforce module rules and show the metrics that convinced management.",
  },
  {
    id: "h33",
    speaker: { name: "Javier Morales", email: "javier@sierranevada.es", organization: "Sierra Nevada Robotics" },
    title: "ROS 2 in agricultural robots",
    abstract:
      "Our olive-picking robots run <<ROS 2>> on <<Jetson>> boards. {{NAME:Javier Morales}} of {{ORGANIZATION:Sierra Nevada Robotics}} covers real-time control, field updates over LTE, and simulation in <<Gazebo>>. The <<sierra>> in our valley is beautiful, and the dust is brutal.",
  },
  {
    id: "h34",
    speaker: { name: "Wanjiru Kamau", email: "wanjiru@savannahbits.co.ke", organization: "Savannah Bits" },
    title: "Teaching <<Git>> to 10,000 students",
    abstract:
      "{{NAME:Wanjiru Kamau}} runs {{ORGANIZATION:Savannah Bits}}, a coding school in Nairobi. We built an autograder on <<GitHub Actions>> and a <<VS Code>> extension that explains merge conflicts. Follow {{HANDLE:@savannahbits}} for the course material.",
  },
  {
    id: "h35",
    speaker: { name: "Hiroshi Yamamoto", email: "h.yamamoto@sakura-networks.jp", organization: "Sakura Networks" },
    title: "IPv6-only data centres",
    abstract:
      "{{ORGANIZATION:Sakura Networks}} turned off IPv4 inside its data centres in 2023. {{NAME:Mr. Yamamoto}} explains NAT64, DNS64 and the legacy apps that fought back. The <<cherry>> on top: our <<Ansible>> roles are open source.",
  },
  {
    id: "h36",
    speaker: { name: "Olamide Adeyemi", email: "olamide@brightpath.africa", organization: "BrightPath Learning" },
    title: "Low-bandwidth video for classrooms",
    abstract:
      "{{NAME:Olamide Adeyemi}} built {{ORGANIZATION:BrightPath}}'s video pipeline for schools with 256 kbit/s links. <<AV1>> encoding, <<HLS>> with tiny segments, and a peer-to-peer cache in the school's own server. See the demo at {{URL:https://brightpath.africa/demo}}.",
  },
  {
    id: "h37",
    speaker: { name: "Sigrid Halvorsen", email: "sigrid@fjordtech.no", organization: "Fjord Tech AS" },
    coSpeakers: ["erik.lund@nordlys.no"],
    title: "Electric ferries and the software behind them",
    abstract:
      "{{NAME:Sigrid Halvorsen}} ({{ORGANIZATION:Fjord Tech}}) and {{NAME:Erik Lund}} from {{ORGANIZATION:Nordlys}} explain charging schedules for electric ferries: constraint solving with <<OR-Tools>>, grid limits, and the dashboard captains use. The <<fjord>> does not care about your SLA.",
  },
  {
    id: "h38",
    speaker: { name: "Mateus Oliveira", email: "mateus@ipe-cloud.com.br", organization: "Ipê Cloud" },
    title: "Multi-tenant <<Postgres>> with row-level security",
    abstract:
      "{{NAME:MATEUS OLIVEIRA}} shows {{ORGANIZATION:IPÊ CLOUD}}'s approach to tenant isolation: <<RLS>> policies, connection pooling per tenant with <<PgCat>>, and the noisy-neighbour problem. Includes a load test you can run on your laptop.",
  },
  {
    id: "h39",
    speaker: { name: "Karolina Nowak", email: "karolina@bursztyn.pl", organization: "Bursztyn Analytics" },
    title: "Forecasting energy demand with gradient boosting",
    abstract:
      "{{NAME:Karolina Nowak}} and the {{ORGANIZATION:Bursztyn}} data team forecast regional energy demand with <<LightGBM>> and <<XGBoost>>. We compare against <<Prophet>> and explain how holidays and heat waves break every model.",
  },
  {
    id: "h40",
    speaker: { name: "Ravi Shankar", email: "ravi@monsoonlabs.io", organization: "Monsoon Labs Pvt Ltd" },
    title: "{{ORGANIZATION:MonsoonDB}}: an embedded vector store",
    abstract:
      "We needed vector search inside a mobile app, so we built {{ORGANIZATION:MonsoonDB}} on <<SQLite>> with HNSW indexes. {{NAME:Ravi Shankar}} compares it with <<FAISS>> and <<pgvector>> on recall and battery use. Repo: {{URL:https://github.com/monsoonlabs/monsoondb}}.",
  },
  {
    id: "h41",
    speaker: { name: "Ana Lucía Quispe", email: "analucia@andesdev.pe", organization: "Andes Dev" },
    title: "Quechua localization for government services",
    abstract:
      "{{NAME:Ana Lucía Quispe}} led the Quechua translation of Peru's tax portal at {{ORGANIZATION:Andes Dev}}. We cover <<ICU MessageFormat>>, plural rules, and how we recruited native-speaker reviewers. Contact us: {{EMAIL:analucia@andesdev.pe}}.",
  },
  {
    id: "h42",
    speaker: { name: "Mehmet Demir", email: "mehmet@bosphorus.io", organization: "Bosphorus Engineering" },
    title: "Load testing with production traffic replay",
    abstract:
      "{{NAME:Mehmet Demir}} describes {{ORGANIZATION:Bosphorus}}'s replay rig: <<GoReplay>> captures, scrubbed PII, and a diffing proxy that compares old and new service versions. Hashtag for questions: {{HANDLE:#BosphorusEng}}.",
  },
  {
    id: "h43",
    speaker: { name: "Hana Kobayashi", email: "hana@kitsune.studio", organization: "Kitsune Studio" },
    title: "Design tokens across web and native",
    abstract:
      "{{NAME:Hana Kobayashi}} maintains {{ORGANIZATION:Kitsune Studio}}'s design system. One token source feeds <<CSS>> variables, <<SwiftUI>> and <<Jetpack Compose>>. We show <<Style Dictionary>> and our visual regression tests with <<Playwright>>.",
  },
  {
    id: "h44",
    speaker: { name: "Emeka Nwosu", email: "emeka@baobab.health", organization: "Baobab Health Network" },
    title: "Interoperable health records with <<FHIR>>",
    abstract:
      "{{NAME:Emeka Nwosu}} led {{ORGANIZATION:Baobab Health}}'s FHIR rollout across 30 hospitals. We cover <<HAPI FHIR>>, terminology mapping with <<SNOMED>>, and what clinicians wanted from the APIs. Our implementation guide: {{URL:https://baobab.health/fhir-guide}}.",
  },
  {
    id: "h45",
    speaker: { name: "Lucía Fernández", email: "lucia@pampa.com.ar", organization: "Pampa Agrotech" },
    title: "Satellite imagery for crop insurance",
    abstract:
      "{{NAME:lucía fernández}}'s team at {{ORGANIZATION:pampa agrotech}} estimates crop damage from <<Sentinel-2>> images. We show the <<PyTorch>> segmentation model, cloud masking, and how insurers in the <<pampas>> now settle claims in days.",
  },
  {
    id: "h46",
    speaker: { name: "Georg Brandt", email: "georg.brandt@nordwind.de", organization: "Nordwind Energie AG" },
    title: "Wind farm telemetry with <<MQTT>>",
    abstract:
      "{{NAME:Georg Brandt}} presents {{ORGANIZATION:Nordwind}}'s telemetry stack: <<EMQX>> brokers at every farm, <<Kafka>> in the core, and anomaly detection on turbine vibration. The wind blowing off the <<North Sea>> is our biggest test.",
  },
];
