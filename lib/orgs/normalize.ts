// Pure normalization of organization names and e-mail domains, so "NimbusWorks, Inc." and
// "nimbusworks" are one organization and caps cannot be dodged by spelling.

// Legal-form suffixes, already in normalized (lower-case, punctuation-free) form; longest first.
const LEGAL_SUFFIXES = [
  "pty ltd",
  "pty limited",
  "corporation",
  "incorporated",
  "limited",
  "company",
  "gmbh",
  "corp",
  "inc",
  "llc",
  "ltd",
  "plc",
  "sas",
  "sarl",
  "ag",
  "bv",
  "nv",
  "sa",
  "co",
  "oy",
  "ab",
  "as",
  "srl",
  "spa",
  "kg",
  "pte",
  "lp",
  "llp",
].sort((a, b) => b.length - a.length);

/**
 * Lower-case, accents stripped, "&" -> "and", punctuation removed, whitespace collapsed,
 * leading "The" and trailing legal suffixes (Inc., GmbH, S.A., Pty Ltd, ...) removed.
 * Returns "" for a name with nothing left (callers treat that as "no organization").
 */
export function normalizeOrganizationName(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    // S.A., B.V., A.G.: dots between single letters join them ("s.a." -> "sa").
    .replace(/\b([a-z])\.(?=[a-z]\b\.?)/g, "$1")
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  s = s.replace(/^the /, "");
  // Strip suffixes repeatedly ("Foo Holdings Co. Ltd" -> "foo holdings"), but never the whole name.
  for (let changed = true; changed;) {
    changed = false;
    for (const suffix of LEGAL_SUFFIXES) {
      if (s.endsWith(` ${suffix}`) && s.length > suffix.length + 1) {
        s = s.slice(0, -(suffix.length + 1)).trim();
        changed = true;
        break;
      }
    }
  }
  return s;
}

/** "Jane@Mail.NimbusWorks.example " -> "mail.nimbusworks.example"; accepts an address or a domain. */
export function normalizeEmailDomain(emailOrDomain: string): string {
  const s = emailOrDomain.trim().toLowerCase();
  const at = s.lastIndexOf("@");
  return (at >= 0 ? s.slice(at + 1) : s).replace(/^www\./, "").replace(/\.+$/, "");
}

/** Lower-cased, trimmed e-mail address (how User.email is stored). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Public mailbox providers (second-level labels). A domain whose registrable label is one of
// these, under any TLD ("gmail.com", "yahoo.co.uk", the seed's "gmail.example"), is public.
const PUBLIC_PROVIDERS = new Set([
  "gmail",
  "googlemail",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "yahoo",
  "ymail",
  "aol",
  "proton",
  "protonmail",
  "pm",
  "icloud",
  "me",
  "mac",
  "gmx",
  "web",
  "mail",
  "email",
  "zoho",
  "yandex",
  "fastmail",
  "tutanota",
  "tuta",
  "hey",
  "qq",
  "163",
  "126",
  "naver",
  "orange",
  "free",
  "laposte",
  "t-online",
  "libero",
  "seznam",
  "wp",
  "o2",
  "interia",
  "rediffmail",
  "posteo",
  "mailbox",
  "hushmail",
]);
// Two-label public suffixes under which the provider label sits one level deeper.
const SECOND_LEVEL = new Set(["co.uk", "com.au", "co.jp", "com.br", "co.in", "co.nz", "com.mx", "com.ar", "co.za"]);

/** True for public mail providers (gmail.com, outlook.com, proton.me, gmx.de, gmail.example, ...). */
export function isPublicMailDomain(domain: string): boolean {
  const d = normalizeEmailDomain(domain);
  const labels = d.split(".").filter(Boolean);
  if (labels.length < 2) return false;
  const lastTwo = labels.slice(-2).join(".");
  const provider =
    SECOND_LEVEL.has(lastTwo) && labels.length >= 3 ? labels[labels.length - 3] : labels[labels.length - 2];
  // Only the registrable label decides: "eu.gmail.com" is public, "mail.acme.com" is not.
  return PUBLIC_PROVIDERS.has(provider);
}
