// THIRD HELD-OUT corpus: a generalization check. Written in session 2 of issue 9 AFTER the
// detector was generalized on held-out 2's failures, and run once, never tuned to: its figures
// estimate how the session-2 rules do on text they were not fitted to. Markup and rules as in
// bench/redaction-heldout2-cases.ts. A rule changed for a failure here needs a new corpus.

import type { HeldoutCase } from "./redaction-heldout-cases";

export const HELDOUT3: HeldoutCase[] = [
  {
    id: "g01",
    speaker: { name: "Tanaka Yuki", email: "yuki.tanaka@kumogata.co.jp", organization: "Kumogata Inc." },
    title: "Chaos engineering for a payments switch",
    abstract:
      "{{NAME:Yuki Tanaka}} runs game days at {{ORGANIZATION:Kumogata}}. We inject faults with <<Chaos Mesh>> and <<LitmusChaos>>, and measure recovery against <<SLOs>> agreed with the business in <<Osaka>>. {{NAME:Tanaka-san}} shares the three outages we caused on purpose.",
  },
  {
    id: "g02",
    speaker: { name: "Nagy Eszter", email: "eszter.nagy@dunabit.hu", organization: "Dunabit Kft." },
    title: "Hungarian search with <<OpenSearch>>",
    abstract:
      "Agglutinative languages break naive stemmers. {{NAME:Eszter Nagy}} explains the <<Hunspell>> dictionaries {{ORGANIZATION:DUNABIT}} maintains and the relevance tests behind them, built in <<Budapest>>.",
  },
  {
    id: "g03",
    speaker: { name: "Mehmet Yılmaz", email: "mehmet.yilmaz@bosfor.tech", organization: "Boşfor Teknoloji A.Ş." },
    title: "Turkish locale bugs you will hit",
    abstract:
      "The dotless i breaks string comparisons everywhere. {{NAME:Mehmet Yilmaz}} catalogues the bugs {{ORGANIZATION:Bosfor}} found in <<Java>>, <<PostgreSQL>> collations and <<Elasticsearch>>, with fixes. Slides: {{URL:https://bosfor.tech/talks/locale}}.",
  },
  {
    id: "g04",
    speaker: { name: "Abebe Bekele Tadesse", email: "abebe@selamtech.et", organization: "Selam Technologies PLC" },
    title: "Amharic keyboards on low-end phones",
    abstract:
      "{{NAME:Abebe}} designed the input method {{ORGANIZATION:Selam}} ships to two million phones. We cover Ge'ez script layouts, prediction with tiny language models, and testing in <<Addis Ababa>> markets. {{NAME:Ato Abebe Bekele}} takes questions in Amharic or English.",
  },
  {
    id: "g05",
    speaker: { name: "Aroha Ngata", email: "aroha.ngata@kauri.nz", organization: "Kauri Digital Ltd" },
    coSpeakers: ["tama.wiremu@kauri.nz"],
    title: "Te reo Māori in government forms",
    abstract:
      "{{NAME:Aroha}} and {{NAME:Tama Wiremu}} from {{ORGANIZATION:Kauri}} added macron-aware validation and te reo labels to 300 forms. Lessons on <<Unicode>> normalization, <<GOV.UK>> patterns adapted for <<Wellington>>, and user research with iwi.",
  },
  {
    id: "g06",
    speaker: { name: "Natalia Wiśniewska", email: "natalia@polarlabs.pl", organization: "Polar Labs sp. z o.o." },
    title: "Cold storage for scientific data",
    abstract:
      "{{ORGANIZATION:Polar Labs}} archives 8 PB of sensor data from <<Svalbard>>. {{NAME:Natalia}} compares tape, <<S3 Glacier>> and erasure-coded <<Ceph>> for a 30-year retention rule. {{NAME:Wisniewska}} also covers the polar bear incident.",
  },
  {
    id: "g07",
    speaker: { name: "Rafael Souza Jr.", email: "rafael.souza@ipe.com.br", organization: "Ipê Sistemas" },
    title: "Pix payments: two years in production",
    abstract:
      "{{NAME:Rafael Souza}} built the <<Pix>> integration at {{ORGANIZATION:Ipê}} and watched volumes grow 40x. Idempotency, reconciliation with the <<Banco Central>> and <<Kotlin>> coroutines under load. Follow {{HANDLE:@rafasouza}}.",
  },
  {
    id: "g08",
    speaker: { name: "Amira Haddad-Khoury", email: "amira@cedrus.ai", organization: "Cedrus AI SAL" },
    title: "Evaluating Arabic dialect classifiers",
    abstract:
      "Levantine, Gulf and Maghrebi Arabic differ more than models assume. {{NAME:Dr. Haddad-Khoury}} shows the evaluation set {{ORGANIZATION:Cedrus}} built with speakers in <<Beirut>>, and why <<BLEU>> misleads here.",
  },
  {
    id: "g09",
    speaker: { name: "Somchai Wongsawat", email: "somchai.w@siamstack.co.th", organization: "Siam Stack Co., Ltd." },
    title: "Thai word segmentation at scale",
    abstract:
      "Thai has no spaces between words. {{NAME:Somchai}} explains the segmenter {{ORGANIZATION:SiamStack}} runs on 10,000 documents a second, compared with <<PyThaiNLP>> and <<ICU>>. Built and benchmarked in <<Bangkok>>.",
  },
  {
    id: "g10",
    speaker: { name: "Oren Ben-David", email: "oren@tamarlabs.co.il", organization: "Tamar Labs Ltd." },
    title: "Fuzzing network parsers with coverage feedback",
    abstract:
      "{{NAME:Oren}} found 23 CVEs in packet parsers with <<AFL++>> and <<libFuzzer>>. The talk covers harness design, corpus minimization and the triage pipeline at {{ORGANIZATION:Tamar}}. {{NAME:Ben-David}} ends with how to report bugs to vendors.",
  },
  {
    id: "g11",
    speaker: {
      name: "Catherine Nkemelu",
      email: "cathy.nkemelu@redwoodhealth.org",
      organization: "Redwood Health Alliance",
    },
    title: "Consent flows patients understand",
    abstract:
      "{{NAME:Cathy}} redesigned consent screens for {{ORGANIZATION:Redwood Health}}, testing with 400 patients. Plain language, layered notices, and what <<HIPAA>> actually requires. Not to be confused with <<Redwood>> the JavaScript framework.",
  },
  {
    id: "g12",
    speaker: {
      name: "Vikram Chatterjee",
      email: "vikram@bharatgrid.in",
      organization: "Bharat Grid Solutions Pvt. Ltd.",
    },
    title: "Forecasting solar output for a state grid",
    abstract:
      "At {{ORGANIZATION:BGS}} we forecast 6 GW of rooftop solar. {{NAME:Mr. Chatterjee}} compares gradient boosting, <<Prophet>> and a small transformer, and shows why weather data from <<IMD>> beats satellite nowcasts in monsoon season.",
  },
  {
    id: "g13",
    speaker: { name: "Ioana Popescu", email: "ioana.popescu@carpatica.ro", organization: "Carpatica Software SRL" },
    coSpeakers: ["andrei.ionescu@carpatica.ro"],
    title: "Migrating a monolith to modules, not microservices",
    abstract:
      "{{NAME:Ioana}} and {{NAME:Andrei}} split a 2-million-line <<Java>> monolith at {{ORGANIZATION:Carpatica}} into modules with <<ArchUnit>> rules. No network calls added, build time halved. Code samples at {{URL:github.com/carpatica/modulith-demo}}.",
  },
  {
    id: "g14",
    speaker: { name: "Lars Østergaard", email: "lars@fyrtaarn.dk", organization: "Fyrtårn ApS" },
    title: "Running <<Postgres>> on <<Kubernetes>> without tears",
    abstract:
      "{{NAME:Østergaard}} operates 120 databases with <<CloudNativePG>> at {{ORGANIZATION:Fyrtårn}}. Backups, failover drills and the one upgrade that went badly. {{NAME:Lars}} lives in <<Aarhus>> and answers questions in Danish too.",
  },
  {
    id: "g15",
    speaker: { name: "Gabriela Mendoza Ríos", email: "gmendoza@tierrafirme.co", organization: "Tierra Firme S.A.S." },
    title: "Land registry data as open data",
    abstract:
      "{{NAME:Mendoza Ríos}} and the {{ORGANIZATION:Tierra Firme}} team published 4 million parcel records for <<Bogotá>> with <<PostGIS>> and <<GeoServer>>. Privacy review, licensing, and the journalists who used it first. #{{HANDLE:TierraFirmeData}} for updates.",
  },
  {
    id: "g16",
    speaker: { name: "Kenji Watanabe", email: "k.watanabe@hoshizora.jp", organization: "Hoshizora Robotics" },
    title: "Teleoperation over 5G for farm robots",
    abstract:
      "{{NAME:W4tanabe}} drives tractors from 200 km away. {{ORGANIZATION:Hoshi zora}} measured latency on public <<5G>> networks, built a fallback to autonomous stop, and tested on rice fields near <<Niigata>>. {{NAME:Ken-ji}} shows the failure videos.",
  },
  {
    id: "g17",
    speaker: { name: "Beatriz Ferraz", email: "bia.ferraz@marinho.pt", organization: "Marinho & Filhos Lda." },
    title: "A family company's first data team",
    abstract:
      "{{ORGANIZATION:Marinho & Filhos}} sells ship parts since 1921. {{NAME:Bia Ferraz}} started its data team with a spreadsheet audit, <<Metabase>> and <<DuckDB>>. What a first hire should build, and what to refuse, from <<Porto>>.",
  },
  {
    id: "g18",
    speaker: { name: "Joseph Mwangi Kariuki", email: "jkariuki@shambaai.co.ke", organization: "Shamba AI" },
    title: "Crop disease detection on feature phones",
    abstract:
      "Most farmers we serve have no smartphone. {{NAME:Kariuki}} explains how {{ORGANIZATION:Shamba AI}} diagnoses maize disease from SMS descriptions and a call-centre flow, and where <<TensorFlow Lite>> on cheap Android phones helps. Field results from <<Nakuru>>.",
  },
];
