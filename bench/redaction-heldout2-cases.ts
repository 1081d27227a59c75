// SECOND HELD-OUT corpus for bench/redaction.ts and bench/redaction-cli.ts. Frozen.
//
// Written in session 2 of issue 9 BEFORE reading lib/anonymize's code (only its public
// interface and the import CSV format were read), by an engineer who had not written the
// detector, to estimate what an unseen corpus will measure. Never tune a rule to a failure here
// without adding a NEW case to a later corpus (bench/redaction-heldout3-cases.ts) at the same time.
//
// Each case is one `podium import:proposals` row: the speaker's name, e-mail and typed
// organization, co-speakers by e-mail only (the import knows nothing else about them).
// Markup inside title and abstract:
//   {{KIND:text}}     an identity mention that must not reach voters (KIND as in lib/anonymize)
//   {{STRETCH:text}}  an encoding that does not RENDER the identity (reversed letters, base64):
//                     reported on its own, not counted in recall (a voter must decode it on purpose)
//   <<text>>          an ordinary term that must survive unchanged
//
// What counts as identity: anything that, as displayed to a voter, names the speaker, a
// co-speaker or their organization: full names, surnames, given names used alone, honorific
// forms, short and distinctive forms of organizations, initialisms, products and hashtags built
// on the organization's name, e-mails, personal URLs and handles, and the same written with
// look-alike letters, digits for letters (leetspeak), inserted separators or markup.
// Deliberately ordinary: competitors, open-source projects, cities and regions, and common words
// that happen to equal part of a name when used in their ordinary sense.

import type { HeldoutCase } from "./redaction-heldout-cases";

export const HELDOUT2: HeldoutCase[] = [
  {
    id: "n01",
    speaker: {
      name: "Nguyễn Thị Minh Anh",
      email: "minhanh.nguyen@lotusrobotics.vn",
      organization: "Lotus Robotics JSC",
    },
    title: "Teaching warehouse robots to share aisles with people",
    abstract:
      "At {{ORGANIZATION:Lotus Robotics}} our fleet of 300 mobile robots runs on <<ROS 2>> in two warehouses near <<Hanoi>>. {{NAME:Minh Anh}} shows the costmap layer we wrote for human-aware navigation, why we replaced the default planner of <<Nav2>>, and the safety case we built with <<ISO 3691-4>> auditors. Our simulator, {{ORGANIZATION:LotusBot Sim}}, is open source.",
  },
  {
    id: "n02",
    speaker: { name: "Nguyễn Văn Hùng", email: "hung.nv@saigonpay.vn", organization: "SaigonPay Joint Stock Company" },
    title: "QR payments at 40,000 requests per second",
    abstract:
      "When <<VietQR>> went national, the ledger at {{ORGANIZATION:SaigonPay}} had to absorb a tenfold spike in a quarter. {{NAME:Mr. Nguyen}} explains the move from <<Oracle>> to <<CockroachDB>>, the idempotency keys that saved Lunar New Year, and what we would do differently. {{NAME:Hùng}} will share the runbooks; slides at {{URL:https://saigonpay.vn/eng-blog/qr-scale}}.",
  },
  {
    id: "n03",
    speaker: {
      name: "Oluwaseun Adeyemi",
      email: "seun.adeyemi@ayobapay.com",
      organization: "Ayoba Payments Limited",
    },
    title: "Reconciling settlement files from 14 banks without losing your mind",
    abstract:
      "Every night {{ORGANIZATION:Ayoba}} receives settlement files from 14 Nigerian banks in nine formats. {{NAME:Seun}} walks through the <<Apache Beam>> pipeline that matches them, the fuzzy-matching rules that catch reversed transactions, and {{NAME:Adeyemi}}'s rule of thumb for when to page a human. Built and run from <<Lagos>>.",
  },
  {
    id: "n04",
    speaker: {
      name: "Chiamaka Eze-Nwosu",
      email: "chiamaka@kolanut.health",
      organization: "Kolanut Health Ltd",
    },
    title: "Offline-first patient records for community <<health>> workers",
    abstract:
      "{{NAME:Dr. Eze-Nwosu}} and the {{ORGANIZATION:Kolanut}} team equip 2,000 community <<health>> workers with tablets that sync <<FHIR>> resources over flaky networks. We compare <<OpenMRS>> and a custom <<CouchDB>> setup, and show conflict resolution that clinicians can understand. Follow the rollout at {{HANDLE:#KolanutCares}}.",
  },
  {
    id: "n05",
    speaker: {
      name: "Ananya Krishnamurthy",
      email: "ananya.k@induscloud.in",
      organization: "Indus Cloudworks Pvt. Ltd.",
    },
    title: "Multi-tenant <<Kubernetes>> for 900 small businesses",
    abstract:
      "{{NAME:Krishnamurthy}}'s platform team at {{ORGANIZATION:Indus Cloudworks}} hosts 900 shops on shared clusters. We cover namespace isolation, <<Kyverno>> policies, noisy-neighbour detection, and why we gave up on one cluster per tenant. Our CLI, {{ORGANIZATION:induscloud}}-ctl, is on GitHub. Cheaper than <<AWS>> for our customers in <<Bengaluru>>.",
  },
  {
    id: "n06",
    speaker: {
      name: "Priya Raghunathan",
      email: "priya@meridianbank.co.in",
      organization: "Meridian Bank of India",
    },
    title: "Fraud rules your analysts can read",
    abstract:
      "Machine-learned fraud scores are hard to explain to auditors. As {{NAME:Priya}} showed last year, a readable rules layer on top catches most of the <<UPI>> fraud patterns. This year the {{ORGANIZATION:Meridian Bank}} risk team shows the rule language, its test harness, and how <<RBI>> audits went after the change.",
  },
  {
    id: "n07",
    speaker: {
      name: "Yusuf Al-Hashimi",
      email: "yusuf.alhashimi@saharasignal.ae",
      organization: "Sahara Signal Technologies FZ-LLC",
    },
    title: "Running <<O-RAN>> in 50°C heat",
    abstract:
      "{{ORGANIZATION:Sahara Signal}} ({{ORGANIZATION:SST}}) operates open radio access sites across the Gulf. {{NAME:Yusuf}} explains thermal throttling on commodity servers, the <<5G>> scheduler changes it forced, and {{NAME:al-Hashimi}}'s field test rig built near <<Dubai>>.",
  },
  {
    id: "n08",
    speaker: {
      name: "Fatima Zahra Benali",
      email: "fz.benali@atlas-fintech.ma",
      organization: "Atlas Fintech SARL",
    },
    title: "Leaving a managed database without downtime",
    abstract:
      "At {{ORGANIZATION:Atlas Fintech}} we moved 4 TB off <<MongoDB Atlas>> to self-hosted <<PostgreSQL>> in <<Casablanca>>. {{NAME:Ms. Benali}} describes dual writes, the shadow-read comparator and the one night it all went wrong.",
  },
  {
    id: "n09",
    speaker: { name: "Omar Haddad", email: "omar@levantdata.co", organization: "Levant Data Co." },
    title: "Arabic search relevance without a data science team",
    abstract:
      "Stemming Arabic is hard; {{ORGANIZATION:Levant}} learned that with <<Elasticsearch>> and then <<OpenSearch>>. {{NAME:Omar Haddad}} shows the analyzers, the synonym lists we crowd-sourced and a cheap relevance test. Code: {{URL:https://github.com/omarhaddad/arabic-analyzers}}, questions to {{HANDLE:@ohaddad}}.",
  },
  {
    id: "n10",
    speaker: {
      name: "Zhang Xiaoming",
      email: "xiaoming.zhang@qingyun-soft.cn",
      organization: "Hangzhou Qingyun Software Co., Ltd.",
    },
    title: "What we learned building a distributed SQL engine",
    abstract:
      "{{NAME:Xiaoming Zhang}} led the storage layer of {{ORGANIZATION:QingyunDB}}. The talk compares our design with <<TiDB>> and <<CockroachDB>>, explains the <<Raft>> batching that doubled throughput, and covers why {{ORGANIZATION:Qingyun}}'s customers on <<Alibaba Cloud>> forced us to support cross-zone reads.",
  },
  {
    id: "n11",
    speaker: { name: "Chen Wei", email: "chen.wei@pandabyte.com", organization: "PandaByte Technology Ltd" },
    coSpeakers: ["jiahui.li@pandabyte.com"],
    title: "Real-time recommendations in a super-app",
    abstract:
      "{{NAME:Chen Wei}} and {{NAME:Li Jiahui}} run the feature store behind {{ORGANIZATION:Panda Byte}}'s mini-programs. We show <<Flink>> jobs that keep 200 features fresh, how we test them offline, and how <<WeChat>> mini-program limits shaped the design. {{NAME:Jiahui}} ends with a live demo.",
  },
  {
    id: "n12",
    speaker: {
      name: "María José García Márquez",
      email: "mjgarcia@alcazardigital.es",
      organization: "Grupo Alcázar Digital S.L.",
    },
    title: "Design systems for public services",
    abstract:
      "{{NAME:García Márquez}} leads design engineering at {{ORGANIZATION:Alcázar}}, which builds citizen portals for regional governments. We explain a token pipeline from <<Figma>> to <<Storybook>>, accessibility checks in CI, and why {{ORGANIZATION:Alcazar Digital}} publishes its components for other agencies in <<Madrid>> and <<Sevilla>>.",
  },
  {
    id: "n13",
    speaker: {
      name: "Carmen Ruiz de la Fuente",
      email: "carmen.ruiz@datasur.cl",
      organization: "DataSur SpA",
    },
    title: "<<dbt>> at a mining company",
    abstract:
      "{{NAME:Ruiz de la Fuente}} tells how {{ORGANIZATION:DataSur}} replaced 400 stored procedures with <<dbt>> models on <<Snowflake>>, with tests that the geologists in <<Santiago>> actually read. Tag your questions {{HANDLE:#datasur}}.",
  },
  {
    id: "n14",
    speaker: {
      name: "Pieter van der Berg",
      email: "pieter.vanderberg@rijnmond-logistiek.nl",
      organization: "Rijnmond Logistiek B.V.",
    },
    title: "Scheduling container trucks with constraint solvers",
    abstract:
      "Trucks at the <<Port of Rotterdam>> wait hours for slots. {{NAME:Pieter}} and the {{ORGANIZATION:Rijnmond}} planning team built a slot scheduler with <<OR-Tools>> and a <<Go>> service around it. {{NAME:Van der Berg}} shares the model, the data we lacked and the drivers' feedback.",
  },
  {
    id: "n15",
    speaker: {
      name: "Sanne de Vries",
      email: "sanne.devries@nvt.nl",
      organization: "Noordzee Verkeer Technologie B.V.",
    },
    title: "Traffic light control as a streaming problem",
    abstract:
      "At {{ORGANIZATION:NVT}} we control 1,100 intersections around <<Utrecht>>. {{NAME:Sanne}} shows how <<Kafka Streams>> replaced a polling loop, how we replay a day of sensor data in minutes, and how {{NAME:de Vries}} convinced the city to run a shadow controller for six months.",
  },
  {
    id: "n16",
    speaker: {
      name: "Siobhán O'Sullivan",
      email: "siobhan.osullivan@shannondata.ie",
      organization: "Shannon Data Ltd.",
    },
    title: "Column-level lineage for regulators",
    abstract:
      "Regulators in <<Dublin>> asked us where every number in a report comes from. {{NAME:O'Sullivan}} explains how {{ORGANIZATION:Shannon}} built <<data lineage>> from SQL query logs with <<OpenLineage>> and <<Marquez>>. {{NAME:Siobhan}} also covers what lineage cannot tell you. Slides via {{HANDLE:@siobhanosull}}.",
  },
  {
    id: "n17",
    speaker: {
      name: "Declan O'Connor-Byrne",
      email: "declan@liffeyanalytics.com",
      organization: "Liffey Analytics",
    },
    title: "Alert fatigue is a product problem",
    abstract:
      "{{NAME:Declan}} cut pages per on-call week from 60 to 9 at {{ORGANIZATION:Liffey}}. {{NAME:O’Connor-Byrne}} shows the <<Prometheus>> recording rules, the <<Grafana>> dashboards that replaced half the alerts, and the review ritual that kept them gone.",
  },
  {
    id: "n18",
    speaker: {
      name: "Anne-Marie Dubois-Lefèvre",
      email: "am.dubois@lumiere-mobilite.fr",
      organization: "Lumière Mobilité SAS",
    },
    title: "Open transit data that riders trust",
    abstract:
      "{{NAME:Anne-Marie}} maintains the feeds of 40 bus networks around <<Lyon>>. {{ORGANIZATION:LUMIERE}} validates every <<GTFS>> release, runs <<OpenTripPlanner>> against it and publishes the diff. {{NAME:Dubois-Lefèvre}} explains the checks and how {{ORGANIZATION:Lumière}} handles operators that ignore them.",
  },
  {
    id: "n19",
    speaker: { name: "Suharti", email: "suharti@nusantara-cloud.id", organization: "PT Nusantara Cloud Indonesia" },
    title: "Speech recognition for <<Bahasa Indonesia>> on a budget",
    abstract:
      "{{NAME:Suharti}} trained call-centre speech models for {{ORGANIZATION:Nusantara Cloud}} on 3,000 hours of audio. We cover data cleaning, <<Whisper>> fine-tuning, and serving on <<OpenStack>> GPUs in <<Jakarta>>. {{ORGANIZATION:Nusantara}} releases the evaluation set with this talk.",
  },
  {
    id: "n20",
    speaker: { name: "Tenzin", email: "tenzin@yakcloud.bt", organization: "Yak Cloud" },
    title: "A national cloud for a small country",
    abstract:
      "{{NAME:Tenzin}} runs {{ORGANIZATION:Yak Cloud}}, a government cloud on three racks in <<Thimphu>>. The talk is about saying no: which services we refused to build, how much <<yak shaving>> <<Terraform>> saved us, and why {{ORGANIZATION:Yak}} uses <<Proxmox>> instead of a hyperscaler stack.",
  },
  {
    id: "n21",
    speaker: {
      name: "Marcus Webb",
      email: "marcus.webb@brightline-corp.com",
      organization: "Brightline Corporation",
    },
    title: "Migrating 300 services off <<Webpack>>",
    abstract:
      "{{ORGANIZATION:BRIGHTLINE}} had 300 front-end services on five versions of <<Webpack>>. {{NAME:Marcus Webb}} explains the codemods, the move to <<Vite>> and <<Rspack>>, and the <<webhooks>> that told teams their build broke. {{ORGANIZATION:Brightline}}'s build time fell by 70%.",
  },
  {
    id: "n22",
    speaker: {
      name: "Hannah Rust",
      email: "hannah.rust@kestreldata.com",
      organization: "Kestrel Data Systems Inc.",
    },
    title: "Rewriting {{ORGANIZATION:KDS}}'s ingest path in <<Rust>>",
    abstract:
      "{{NAME:Hannah}} rewrote the hottest service at {{ORGANIZATION:Kestrel}} in <<Rust>> and cut p99 latency from 800 to 40 ms. This talk is honest about the <<Rust>> learning curve, the <<Tokio>> pitfalls and where <<Java>> would have been fine. The {{ORGANIZATION:kestrel}}-agent is open source.",
  },
  {
    id: "n23",
    speaker: { name: "Daniel Go", email: "dgo@bayanihan.tech", organization: "Bayanihan Technologies Inc." },
    title: "Dispatching ambulances with a <<Go>> monolith",
    abstract:
      "{{NAME:Daniel Go}} built the dispatch system {{ORGANIZATION:Bayanihan}} runs for three cities near <<Manila>>. Why one <<Go>> binary beat microservices, how we test routing against <<OpenStreetMap>> data, and what {{NAME:Daniel}} learned from the 2024 typhoon season.",
  },
  {
    id: "n24",
    speaker: { name: "Grace Baker", email: "grace.baker@ovenbird.io", organization: "Ovenbird Software" },
    title: "<<Graceful>> shutdown is harder than you think",
    abstract:
      "{{NAME:Grace Baker}} found a <<baker's dozen>> of ways our services lost requests during deploys at {{ORGANIZATION:Ovenbird}}. We walk through <<SIGTERM>> handling, readiness probes, connection draining in <<Envoy>> and the test that now proves every release shuts down cleanly. {{NAME:Baker}} ends with a checklist.",
  },
  {
    id: "n25",
    speaker: { name: "Rose Mwangi", email: "rose.mwangi@savannahgrid.co.ke", organization: "Savannah Grid Ltd" },
    title: "Pay-as-you-go solar at the edge",
    abstract:
      "When token redemptions failed, support calls <<rose>> by 40%. {{NAME:Rose}} explains how {{ORGANIZATION:Savannah Grid}} moved token validation onto the meters, the <<LoRaWAN>> constraints, and what <<M-KOPA>> and others taught the industry in <<Nairobi>>. {{NAME:Mwangi}} also shares the failure budget we agreed with field teams.",
  },
  {
    id: "n26",
    speaker: {
      name: "Adebayo Ogunleye",
      email: "a.ogunleye@unilag.edu.ng",
      organization: "University of Lagos",
    },
    title: "Teaching distributed systems with traffic data",
    abstract:
      "{{NAME:Prof. Ogunleye}} teaches distributed systems in the Department of Systems Engineering at {{ORGANIZATION:UNILAG}}. Students build a stream processor over real traffic sensor data from <<Lagos>> using <<Apache Kafka>>. We share the syllabus, grading scripts and what the {{ORGANIZATION:University of Lagos}} cohort built.",
  },
  {
    id: "n27",
    speaker: {
      name: "Karthik Subramanian",
      email: "karthik@cse.iitm.ac.in",
      organization: "Indian Institute of Technology Madras",
    },
    title: "Verified compilers for students",
    abstract:
      "{{NAME:Karthik}} and colleagues at {{ORGANIZATION:IIT Madras}} teach compiler correctness with <<Coq>> and <<CompCert>>. We compare our course with the one at <<IIT Bombay>>, share the autograder, and show what second-year students in <<Chennai>> can prove. Materials: {{URL:https://cse.iitm.ac.in/~karthik/vc}}.",
  },
  {
    id: "n28",
    speaker: {
      name: "Erik Lindström",
      email: "erik.lindstrom@kth.se",
      organization: "KTH Royal Institute of Technology",
    },
    title: "Energy measurement for software engineers",
    abstract:
      "{{NAME:Lindström}} measures the energy of software in a lab at {{ORGANIZATION:KTH}} in <<Stockholm>>. The talk shows cheap power meters, <<RAPL>> counters and their errors, and results from a study with <<Chalmers>>. {{NAME:Erik Lindstrom}} ends with advice for teams without a lab.",
  },
  {
    id: "n29",
    speaker: { name: "Mei Ling Tan", email: "ml.tan@uwaterloo.ca", organization: "University of Waterloo" },
    title: "Small models on microcontrollers",
    abstract:
      "{{NAME:Dr. Tan}}'s group at {{ORGANIZATION:UWaterloo}} runs keyword spotting on 256 KB of RAM. We cover quantization, replacing <<tanh>> with a lookup table, and <<TensorFlow Lite Micro>> versus hand-written kernels. Joint work with a startup in <<Toronto>>; {{ORGANIZATION:Waterloo}} students did most of it.",
  },
  {
    id: "n30",
    speaker: { name: "Lukas Brandt", email: "lukas.brandt@alpenwerk.de", organization: "Alpenwerk GmbH" },
    coSpeakers: ["tereza.novakova@prahasoft.cz"],
    title: "Two companies, one <<SAP>> migration",
    abstract:
      "{{NAME:Lukas}} from {{ORGANIZATION:Alpenwerk}} and {{NAME:Tereza Nováková}} from {{ORGANIZATION:PrahaSoft}} migrated a shared supply chain from <<SAP>> ECC to S/4HANA across <<Munich>> and <<Prague>>. We describe the data contracts between two IT departments and the weekend cut-over. {{NAME:Nováková}} shows the reconciliation reports.",
  },
  {
    id: "n31",
    speaker: { name: "Ingrid Solberg", email: "ingrid@fjordbyte.no", organization: "Fjordbyte AS" },
    coSpeakers: ["jk@fjordbyte.no"],
    title: "Salmon farm telemetry over satellite links",
    abstract:
      "{{NAME:Ingrid Solberg}} and {{NAME:Jonas Kvamme}} from {{ORGANIZATION:Fjordbyte}} built telemetry for fish farms off <<Bergen>> where the only link is satellite. We cover <<MQTT>> over a 600 ms round trip, compression, and the <<Iridium>> bill that made us rethink everything.",
  },
  {
    id: "n32",
    speaker: { name: "Li Jiahui", email: "jiahui.li@pandabyte.com", organization: "PandaByte Technology Ltd" },
    coSpeakers: ["chen.wei@pandabyte.com"],
    title: "Testing stream jobs like ordinary code",
    abstract:
      "Stream jobs are rarely unit-tested. {{NAME:Jiahui}} shows the harness {{ORGANIZATION:PandaByte}} uses to test <<Flink>> jobs with recorded traffic, and {{NAME:Chen Wei}} explains how it caught a timezone bug before Singles' Day. Works with <<Kafka>> and <<Pulsar>>.",
  },
  {
    id: "n33",
    speaker: {
      name: "Rahul Deshpande",
      email: "rahul.deshpande@quillstack.io",
      organization: "Quillstack Inc.",
    },
    title: "Schema migrations that never lock a table",
    abstract:
      "We compare <<Flyway>>, <<Liquibase>> and our own tool for online migrations in <<MySQL>>. Code: {{URL:https://github.com/rdeshpande/quill-migrate}}. Write to {{EMAIL:rahul.deshpande@quillstack.io}} or {{HANDLE:@rahul_deshpande}}; the long version is on {{URL:deshpande.dev/posts/online-ddl}}. Runs in <<GitHub Actions>>.",
  },
  {
    id: "n34",
    speaker: { name: "Amara Nwachukwu", email: "amara.n@gmail.com", organization: "Ikeja Health Network" },
    title: "Appointment reminders that patients answer",
    abstract:
      "No-shows cost {{ORGANIZATION:Ikeja Health}} clinics a third of their capacity. {{NAME:Amara}} tested reminders over SMS, <<WhatsApp>> and voice calls with 12,000 patients and reports what worked. Reporting runs on <<DHIS2>>; {{ORGANIZATION:IHN}} shares the message templates. Contact {{EMAIL:amara.n@gmail.com}}.",
  },
  {
    id: "n35",
    speaker: {
      name: "Marta Kowalczyk",
      email: "marta.kowalczyk@wislaworks.pl",
      organization: "Wisła Works sp. z o.o.",
    },
    title: "<<i18n>> for 24 languages with one engineer",
    abstract:
      "{{NAME:M4rt4}} runs <<i18n>> and <<l10n>> for {{ORGANIZATION:W1sla W0rks}} alone. The talk covers <<ICU MessageFormat>>, pseudo-localization in CI, and translating on <<K8s>> without a translation vendor. {{NAME:K0walczyk}} lives in <<Kraków>> and translates Polish herself.",
  },
  {
    id: "n36",
    speaker: {
      name: "Kwabena Osei",
      email: "kwabena.osei@goldcoastgrid.com.gh",
      organization: "Gold Coast Grid Ltd",
    },
    title: "Smart meters on <<IPv6>> only",
    abstract:
      "{{NAME:Kw4bena 0sei}} explains why {{ORGANIZATION:G0ld C0ast Grid}} deployed 80,000 meters on <<IPv6>> only, the <<6LoWPAN>> stack, and how <<P2P>> firmware updates cut truck rolls in <<Accra>>. {{NAME:0sei}} also covers the one vendor that lied about IPv6 support.",
  },
  {
    id: "n37",
    speaker: {
      name: "Giulia Esposito",
      email: "giulia.esposito@vesuvio-tech.it",
      organization: "Vesuvio Tech S.r.l.",
    },
    title: "<<Node.js>> memory leaks in production",
    abstract:
      "{{NAME:Giu-lia}} has debugged heap growth in <<Node.js>> services at {{ORGANIZATION:Vesu vio}} for five years. {{NAME:Espo sito}} shows heap snapshots, <<clinic.js>>, and the three leak patterns that account for most incidents we saw in <<Naples>>.",
  },
  {
    id: "n38",
    speaker: { name: "Ama Osei", email: "ama.osei@adinkra.studio", organization: "Adinkra Studio" },
    title: "Design tokens across web and mobile",
    abstract:
      "{{NAME:Os-ei}} built {{ORGANIZATION:Adin-kra}}'s design token pipeline: one source in <<Figma>>, outputs for <<React Native>>, <<SwiftUI>> and CSS. We show versioning, visual regression tests and the review flow our designers in <<Kumasi>> use. {{NAME:A-m-a}} answers questions after.",
  },
  {
    id: "n39",
    speaker: { name: "Thabo Nkosi", email: "thabo@ubuntusec.co.za", organization: "UbuntuSec (Pty) Ltd" },
    title: "Hardening <<Ubuntu>> images for banks",
    abstract:
      "Banks in <<Johannesburg>> want <<CIS benchmarks>> and nothing that breaks. {{NAME:N-K-O-S-I}} shows how {{ORGANIZATION:UbuntuSec}} builds hardened <<Ubuntu>> images with <<Packer>>, tests them with <<InSpec>>, and ships patches weekly. {{NAME:T h a b o}} brings the pipeline.",
  },
  {
    id: "n40",
    speaker: { name: "Lena Hoffmann", email: "lena.hoffmann@spreeware.de", organization: "Spreeware GmbH" },
    title: "<<Terraform>> modules nobody is afraid to change",
    abstract:
      "{{ORGANIZATION:Spreeware}} keeps 140 <<Terraform>> modules for clients in <<Berlin>>. We show contract tests with <<Terratest>>, semantic versioning of modules and the upgrade bot. Signed, {{STRETCH:nnamffoH aneL}}.",
  },
  {
    id: "n41",
    speaker: { name: "Olumide Bakare", email: "olumide@baobabai.com", organization: "Baobab AI Ltd" },
    title: "Speech models for <<Yoruba>>",
    abstract:
      "![{{NAME:Olumide Bakare}} presenting at {{ORGANIZATION:Baobab AI}}](https://cdn.example.org/talk.png)\n\nWe trained speech recognition for <<Yoruba>> with 400 hours of community recordings, fine-tuned with <<PyTorch>> and published on <<Hugging Face>>. [{{ORGANIZATION:Baobab}} is hiring]({{URL:https://baobabai.com/careers}}).",
  },
  {
    id: "n42",
    speaker: {
      name: "Sofía Hernández Olivares",
      email: "sofia.hernandez@quetzal.mx",
      organization: "Quetzal Labs S.A. de C.V.",
    },
    title: "<<Phoenix LiveView>> for internal tools",
    abstract:
      "**{{NAME:Hernández}}** replaced a dozen internal admin apps at {{ORGANIZATION:Quetzal}} with <<Phoenix LiveView>>. Why <<Elixir>> suited a small team in <<Guadalajara>>, and where it did not. More on [my blog]({{URL:https://sofiahernandez.dev}}).",
  },
  {
    id: "n43",
    speaker: { name: "Arjun Mehta", email: "arjun.mehta@tesseractai.in", organization: "Tesseract AI" },
    title: "Reading handwritten forms at scale",
    abstract:
      "We benchmarked <<Tesseract OCR>>, <<PaddleOCR>> and a fine-tuned vision transformer on 2 million handwritten insurance forms. {{ORGANIZATION:Tesseract AI}} shares the labelling workflow and the error analysis. Decode the speaker: {{STRETCH:QXJqdW4gTWVodGE=}}.",
  },
  {
    id: "n44",
    speaker: { name: "Paulo Ferreira", email: "paulo.ferreira@tejo.pt", organization: "Tejo Sistemas Lda." },
    title: "<<Erlang>> in a telecom billing system",
    abstract:
      "{{NAME:Pаulo Fеrreira}} has kept an <<Erlang>> billing system alive at {{ORGANIZATION:Тejo}} for twelve years. Hot code upgrades, <<Mnesia>> regrets, and hiring <<Erlang>> developers in <<Lisbon>>.",
  },
  {
    id: "n45",
    speaker: { name: "Hiroshi Yamamoto", email: "h.yamamoto@sakuraforge.jp", organization: "Sakura Forge K.K." },
    title: "Local-first apps with <<SQLite>> and <<Deno>>",
    abstract:
      "{{NAME:Ｙａｍａｍｏｔｏ}} builds local-first field apps at {{ORGANIZATION:Sakura\u200bForge}}. We sync <<SQLite>> databases with CRDTs, run the server on <<Deno>>, and test offline behaviour in <<Tokyo>> subway tunnels.",
  },
  {
    id: "n46",
    speaker: { name: "Björn Åkesson", email: "bjorn.akesson@norrsken.se", organization: "Norrsken Systems AB" },
    title: "Writing a database driver in <<Zig>>",
    abstract:
      "{{NAME:Bj&ouml;rn}} wrote a PostgreSQL wire-protocol driver in <<Zig>> for {{ORGANIZATION:Norr\u00adsken}}'s embedded devices. {{NAME:&#197;kesson}} covers allocators, comptime and testing against real servers in <<Malmö>>.",
  },
  {
    id: "n47",
    speaker: {
      name: "Valentina Rossi",
      email: "valentina.rossi@dolomiti.cloud",
      organization: "Dolomiti Cloud S.p.A.",
    },
    title: "Cutting <<cloud>> costs without a FinOps team",
    abstract:
      "{{NAME:Val**entina**}} cut {{ORGANIZATION:_Dolo_miti}}'s <<cloud>> bill by 38% with tagging rules, <<Cloudflare>> caching and rightsizing scripts. Numbers from our team in <<Milan>>.",
  },
  {
    id: "n48",
    speaker: {
      name: "Ravi Shankar Iyer",
      email: "ravi.iyer@bluepeakanalytics.com",
      organization: "Blue Peak Analytics Pvt Ltd",
    },
    title: "<<Blue-green deployments>> for data pipelines",
    abstract:
      "{{ORGANIZATION:BPA}} runs <<blue-green deployments>> for <<Airflow>> DAGs so a bad release never corrupts a table. {{NAME:Ravi Shankar Iyer}} explains the switch-over, the cost at <<peak>> load, and the rollbacks {{ORGANIZATION:Blue Peak}} performed last year.",
  },
  {
    id: "n49",
    speaker: {
      name: "Eleanor Whitfield",
      email: "e.whitfield@hartleyandmoss.co.uk",
      organization: "Hartley & Moss LLP",
    },
    title: "Legal document search with embeddings",
    abstract:
      "Lawyers at {{ORGANIZATION:Hartley & Moss}} search 30 years of contracts. {{NAME:Ms Whitfield}} explains chunking, <<pgvector>> and the evaluation set the partners wrote. Compliance rules from <<GOV.UK>> shaped what we store; {{ORGANIZATION:Hartley and Moss}} keeps every model on premises in <<Manchester>>.",
  },
  {
    id: "n50",
    speaker: { name: "Ifeoma Chukwu", email: "ifeoma.chukwu@halcyoncorp.com", organization: "Halcyon Corp" },
    title: "Platform engineering after the <<halcyon days>>",
    abstract:
      "The <<halcyon days>> of unlimited cloud budgets are over. {{NAME:Ifeoma}} explains how {{ORGANIZATION:HALCYON}} cut its internal platform to what teams use, measured with <<Backstage>> scorecards on <<Kubernetes>>. {{ORGANIZATION:Halcyon's}} platform team went from 22 to 9 people.",
  },
  {
    id: "n51",
    speaker: { name: "Park Ji-hoon", email: "jihoon.park@hanriver.ai", organization: "Han River AI Inc." },
    title: "Serving a Korean LLM on a budget",
    abstract:
      "{{ORGANIZATION:HanRiverGPT}} serves 2 million requests a day. {{NAME:Ji-hoon}} shows batching with <<vLLM>>, KV-cache offloading, and the <<parking>> lot of ideas we never shipped. Benchmarks from <<Jun 2025>> to today; {{ORGANIZATION:Han River}} runs it in <<Seoul>>.",
  },
  {
    id: "n52",
    speaker: { name: "Kim Seo-yeon", email: "seoyeon.kim@gyeongbok.kr", organization: "Gyeongbok Soft" },
    title: "Accessible Korean typography on the web",
    abstract:
      "{{NAME:Seo-yeon}} leads front-end at {{ORGANIZATION:Gyeongbok}}. Line breaking for Hangul, variable fonts, and screen readers with <<NVDA>> and <<VoiceOver>>. Lessons from a redesign for <<Kakao>> users in <<Busan>>; {{NAME:Seoyeon Kim}} shares the test pages.",
  },
  {
    id: "n53",
    speaker: { name: "Dmitri Volkov", email: "d.volkov@tundrasec.com", organization: "Tundra Security OÜ" },
    title: "Runtime detection with <<eBPF>>",
    abstract:
      "{{ORGANIZATION:Tundra}} writes <<eBPF>> probes that catch container escapes. We compare them with <<Falco>> rules, show overhead numbers and two real incidents from clients in <<Tallinn>>. Follow {{HANDLE:#TundraSec}} and {{HANDLE:@dvolkov}} for the release.",
  },
  {
    id: "n54",
    speaker: { name: "Kofi Mensah", email: "kofi@sankofa.dev", organization: "Sankofa Dev Collective" },
    title: "<<Svelte>> for teams that hate JavaScript",
    abstract:
      "{{NAME:kofi}} and the {{ORGANIZATION:sankofa}} crew build civic apps in <<Accra>> with <<Svelte>> and as little JavaScript as possible. Progressive enhancement, forms that work without scripts, and tests with <<Playwright>>. ping {{HANDLE:@kofimensah}}.",
  },
  {
    id: "n55",
    speaker: { name: "Priya Natarajan", email: "priya.n@beaconlearning.org", organization: "Beacon Learning Trust" },
    title: "Web performance for schools on slow networks",
    abstract:
      "Schools in our network share a 10 Mbit line. {{ORGANIZATION:Beacon}}'s learning platform scores 98 in <<Lighthouse>> because we ship almost no JavaScript. As {{NAME:Priya}} showed last year, most gains come from images; this year {{ORGANIZATION:Beacon Learning}} tackles fonts and <<Service Workers>>.",
  },
  {
    id: "n56",
    speaker: { name: "Layla El-Amin", email: "layla.elamin@nilewave.eg", organization: "NileWave Technologies S.A.E." },
    title: "Water sensors in the <<Nile Delta>>",
    abstract:
      "{{ORGANIZATION:Nile Wave}} deploys soil moisture sensors for farmers in the <<Nile Delta>>. {{NAME:El-Amin}} covers solar power budgets, <<LoRa>> mesh routing and an SMS interface farmers in <<Cairo>> helped design. Updates at {{HANDLE:@laylaelamin}}.",
  },
  {
    id: "n57",
    speaker: { name: "Fang Wang", email: "fang.wang@redlantern.hk", organization: "Red Lantern Data Ltd" },
    title: "<<ClickHouse>> for security logs",
    abstract:
      "{{NAME:Wang Fang}} moved the <<red team>>'s log search at {{ORGANIZATION:RLD}} from <<Elasticsearch>> to <<ClickHouse>>. Costs fell by 80%, queries got faster, and we lost some features. {{ORGANIZATION:Red Lantern}} explains the schema in <<Hong Kong>>.",
  },
  {
    id: "n58",
    speaker: { name: "Samuel Carter", email: "sam.carter@ironbridge.io", organization: "Ironbridge Software Ltd" },
    title: "Choosing an observability vendor in 2026",
    abstract:
      "{{NAME:Sam}} evaluated <<Datadog>>, <<New Relic>>, <<Honeycomb>>, <<Grafana Labs>> and <<Splunk>> for {{ORGANIZATION:Ironbridge}}, with <<OpenTelemetry>> as the only fixed point. We show the scoring sheet, the trace sampling tests with <<Jaeger>>, and the contract terms that mattered more than features.",
  },
  {
    id: "n59",
    speaker: { name: "Jack Stone", email: "jack.stone@flintworks.com", organization: "Flintworks Ltd" },
    title: "Property-based testing as a <<stepping stone>> to formal methods",
    abstract:
      "{{NAME:Jack Stone}} introduced property tests at {{ORGANIZATION:Flintworks}} with <<Hypothesis>> and <<fast-check>>. We show invariants found in a payments codebase and how they became <<TLA+>> specs. {{NAME:Stone}} closes with the bugs properties missed.",
  },
  {
    id: "n60",
    speaker: { name: "Ahmed Khan", email: "ahmed.khan@sindhagritech.pk", organization: "Sindh AgriTech (Pvt.) Ltd." },
    title: "Irrigation scheduling from satellite data",
    abstract:
      "{{NAME:Khan}} and the {{ORGANIZATION:Sindh AgriTech}} team combine <<Sentinel-2>> imagery with canal schedules to advise 5,000 farmers near <<Karachi>>. We cover cloud masking, SMS advice in Sindhi and Urdu, and validation with <<LoRaWAN>> soil probes.",
  },
  {
    id: "n61",
    speaker: {
      name: "Isabel Pereira da Silva",
      email: "isabel.silva@cafezal.com.br",
      organization: "Cafezal Tecnologia Ltda.",
    },
    title: "How {{ORGANIZATION:Cafezal}} halved its cloud bill",
    abstract:
      "{{NAME:Isabel}} led a year-long cost programme: spot instances, <<Karpenter>>, and deleting what nobody used. {{NAME:Pereira da Silva}} shows the dashboards finance now reads every week in <<São Paulo>>.",
  },
  {
    id: "n62",
    speaker: { name: "Sundar Ramaswamy", email: "sundar@vaigai.ai", organization: "Vaigai Intelligence" },
    title: "Evaluating Tamil language models",
    abstract:
      "{{NAME:Dr. S. Ramaswamy}} and the {{ORGANIZATION:Vaigai}} team built a Tamil benchmark of 12 tasks. We compare <<LLaMA>> derivatives, <<IndicBERT>> and commercial APIs, and show where translation-based evaluation misleads. Data collected with schools in <<Madurai>>.",
  },
  {
    id: "n63",
    speaker: { name: "Hamza Qureshi", email: "hamza@falconcrest.io", organization: "Falcon Crest Labs" },
    title: "Session replay without leaking personal data",
    abstract:
      "Session replay tools record too much. {{NAME:Hamza}} shows how {{ORGANIZATION:Falcon Crest}} masks inputs in the browser, verifies masking in CI with <<Playwright>>, and audits recordings. The SDK docs are at {{URL:docs.falconcrest.io/replay}}; the <<Django>> back end is open source at {{DOMAIN:falconcrest.io}}.",
  },
  {
    id: "n64",
    speaker: { name: "Olga Petrenko", email: "olga.petrenko@dniprodata.ua", organization: "Dnipro Data LLC" },
    coSpeakers: ["jean-baptiste.moreau@ardoise.fr"],
    title: "Keeping a data platform running through blackouts",
    abstract:
      "{{NAME:Olga}} kept {{ORGANIZATION:Dnipro Data}}'s platform running through months of power cuts in <<Kyiv>>. {{NAME:Jean-Baptiste}} of {{ORGANIZATION:Ardoise}} helped move workloads to <<Paris>>; {{NAME:Moreau}}'s failover scripts are the second half of the talk.",
  },
  {
    id: "n65",
    speaker: { name: "Aisha Bello", email: "aisha.bello@abu.edu.ng", organization: "Ahmadu Bello University" },
    title: "Hausa named-entity recognition",
    abstract:
      "{{NAME:Dr. Bello}} and students at {{ORGANIZATION:Ahmadu Bello University}} annotated 20,000 Hausa news sentences. We compare <<spaCy>> and <<AfroXLMR>> models and share the annotation guide. Work done at {{ORGANIZATION:ABU Zaria}} with partners in <<Kano>>.",
  },
  {
    id: "n66",
    speaker: { name: "Nikhil Rao", email: "nikhil@mantiscode.com", organization: "Mantis Code Pvt. Ltd." },
    title: "A tiny <<OpenTelemetry>> collector for edge devices",
    abstract:
      "{{ORGANIZATION:Mantis}}'s collector fits in 4 MB and speaks <<OTLP>>. {{NAME:Nikhil}} explains what we cut from the upstream <<OpenTelemetry>> collector and why. Source: {{URL:github.com/mantiscode/otel-lite}}. Built in <<Pune>>.",
  },
  {
    id: "n67",
    speaker: { name: "Babatunde Adewale", email: "tunde.adewale@okadarides.ng", organization: "Okada Rides Ltd" },
    title: "Routing motorbike taxis in dense traffic",
    abstract:
      "{{NAME:Tunde}} built the routing engine at {{ORGANIZATION:Okada Rides}}, which dispatches 12,000 <<okada>> riders a day in <<Lagos>>. We cover <<OSRM>> customisation, map corrections from riders, and surge pricing that riders accept. {{NAME:Adewale}} also shows our rider app.",
  },
  {
    id: "n68",
    speaker: { name: "Trần Quốc Bảo", email: "bao.tran@mekongai.vn", organization: "Mekong AI" },
    title: "Vietnamese OCR for government forms",
    abstract:
      "{{NAME:Tran Quoc Bao}} leads the OCR team at {{ORGANIZATION:MekongAI}}. Diacritics make Vietnamese OCR hard; we show synthetic data generation, a <<PaddleOCR>> fine-tune, and field results from offices in <<Ho Chi Minh City>>. {{NAME:Bảo}} takes questions.",
  },
  {
    id: "n69",
    speaker: { name: "Helena Costa", email: "helena.costa@marinhasoft.pt", organization: "Marinha Software" },
    title: "Property tests for a <<Rust>> parser",
    abstract:
      "A parser for a 30-year-old file format, rewritten in <<Rust>> with <<proptest>> and <<cargo-fuzz>>. We show the grammar, the round-trip property that found 40 bugs, and how <<Miri>> caught undefined behaviour in unsafe code.",
  },
  {
    id: "n70",
    speaker: { name: "Yaw Boateng", email: "yaw.boateng@kentecode.com", organization: "Kente Code" },
    title: "Accessibility testing in CI",
    abstract:
      "Automated checks find a third of accessibility problems. We run <<axe-core>> and <<Pa11y>> in <<GitHub Actions>>, add keyboard tests in <<Playwright>>, and schedule manual audits with screen reader users. Bring a laptop with <<NVDA>> or <<VoiceOver>>.",
  },
  {
    id: "n71",
    speaker: { name: "Mariam Tahir", email: "mariam.tahir@zamzamtech.sa", organization: "Zamzam Tech" },
    coSpeakers: ["f.alqahtani@zamzamtech.sa"],
    title: "Arabic right-to-left layouts in <<Flutter>>",
    abstract:
      "{{NAME:Mariam}} and {{NAME:Faisal Al-Qahtani}} ship a banking app in Arabic and English from <<Riyadh>>. Bidirectional text, mirrored icons, numerals, and the <<Flutter>> widgets that get RTL wrong. {{ORGANIZATION:Zamzam}}'s test matrix covers 14 locales.",
  },
];
