// A URL slug suggested from a name: "Data & AI" -> "data-ai", "Sécurité 2027" -> "securite-2027".
// Pure; used by the CLI (track and format slugs from --tracks / --name) and the admin forms.

export function slugify(name: string, max = 60): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, max)
    .replace(/^-+|-+$/g, "");
}
