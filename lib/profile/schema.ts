// Profile form input. Accepts what the form sends (parallel link label/url lists, handles as one
// text) as well as typed values; every message names the field (and the row) it is about.
import { z } from "zod";
import { textField } from "../text/hygiene";

export const MAX_LINKS = 10;
export const MAX_HANDLES = 10;
const HANDLE_RE = /^[A-Za-z0-9_.\-@]{1,60}$/;

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const asList = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

export type ProfileLink = { label: string; url: string };

/** Form rows -> [{label, url}], dropping rows where both are blank. */
function linksFromForm(raw: Record<string, unknown>): unknown {
  if (Array.isArray(raw.links)) return raw.links;
  const labels = asList(raw["linkLabel[]"]);
  const urls = asList(raw["linkUrl[]"]);
  const rows = [];
  for (let i = 0; i < Math.max(labels.length, urls.length); i++) {
    const label = String(labels[i] ?? "").trim();
    const url = String(urls[i] ?? "").trim();
    if (label || url) rows.push({ label, url });
  }
  return rows;
}

function handlesFromForm(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((h) => String(h).trim().replace(/^@/, "")).filter(Boolean);
  if (typeof v !== "string") return v ?? [];
  return v
    .split(/[\s,;]+/)
    .map((h) => h.trim().replace(/^@/, ""))
    .filter(Boolean);
}

const linkSchema = z.object({ label: textField("Link label"), url: textField("Link URL") });

export const profileInputSchema = z
  .preprocess(
    (raw) => {
      if (typeof raw !== "object" || raw === null) return raw;
      const r = raw as Record<string, unknown>;
      return {
        name: r.name,
        organization: r.organization,
        bio: r.bio,
        links: linksFromForm(r),
        handles: handlesFromForm(r.handles),
      };
    },
    z.object({
      name: textField("Name", { visible: true, error: "Name is required" })
        .trim()
        .min(1, { error: "Name is required" })
        .max(120, { error: "Name must be at most 120 characters" }),
      organization: z.preprocess(
        blankToNull,
        textField("Organization")
          .trim()
          .max(200, { error: "Organization must be at most 200 characters" })
          .nullable()
          .optional(),
      ),
      bio: z.preprocess(
        blankToNull,
        textField("Bio", { multiline: true })
          .trim()
          .max(2000, { error: "Bio must be at most 2000 characters" })
          .nullable()
          .optional(),
      ),
      links: z.array(linkSchema).max(MAX_LINKS, { error: `Links: at most ${MAX_LINKS} links` }),
      handles: z
        .array(textField("Social handle"))
        .max(MAX_HANDLES, { error: `Social handles: at most ${MAX_HANDLES} handles` }),
    }),
  )
  .superRefine((v, ctx) => {
    v.links.forEach((link, i) => {
      const n = i + 1;
      if (link.label.length > 60)
        ctx.addIssue({
          code: "custom",
          path: ["links", i, "label"],
          message: `Link ${n}: label must be at most 60 characters`,
        });
      if (!link.url) {
        ctx.addIssue({ code: "custom", path: ["links", i, "url"], message: `Link ${n}: URL is required` });
      } else if (!/^https?:\/\//i.test(link.url)) {
        ctx.addIssue({
          code: "custom",
          path: ["links", i, "url"],
          message: `Link ${n}: URL must start with http:// or https://`,
        });
      } else if (!URL.canParse(link.url) || link.url.length > 500) {
        ctx.addIssue({
          code: "custom",
          path: ["links", i, "url"],
          message: `Link ${n}: URL is not a valid web address`,
        });
      }
    });
    v.handles.forEach((h, i) => {
      if (!HANDLE_RE.test(h)) {
        ctx.addIssue({
          code: "custom",
          path: ["handles"],
          message: `Social handle ${i + 1} ("${h.slice(0, 30)}"): use letters, digits, _ . - and @ only, at most 60 characters`,
        });
      }
    });
  })
  .transform((v) => ({
    ...v,
    // A link without a label is shown by its host name.
    links: v.links.map((l) => ({ label: l.label || new URL(l.url).host, url: l.url })) as ProfileLink[],
    handles: [...new Set(v.handles)],
  }));

export type ProfileInput = z.input<typeof profileInputSchema>;
export type ProfileData = z.output<typeof profileInputSchema>;
