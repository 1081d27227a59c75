import { NextResponse } from "next/server";
import { failureResponse, withApiUser } from "@/lib/auth/api";
import { assertRole } from "@/lib/auth/roles";
import { fail } from "@/lib/errors";
import { eventExportToCsv } from "@/lib/exports/csv";
import { buildEventExport } from "@/lib/exports/event-export";

// GET /api/v1/events/:slug/export?format=json|csv — the same export as `podium export`.
// It carries speaker identities, so it is for organizers only (chairs reveal identities one by
// one, audit-logged, in the chair view).
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  return withApiUser(
    (u) => assertRole(u, "ORGANIZER"),
    async () => {
      const { slug } = await context.params;
      const url = new URL(request.url);
      const format = url.searchParams.get("format") ?? "json";
      if (format !== "json" && format !== "csv") {
        return failureResponse(fail("invalid_input", `format must be json or csv, not "${format}"`));
      }
      const result = await buildEventExport(slug, { includeDrafts: url.searchParams.get("includeDrafts") === "true" });
      if (!result.ok) return failureResponse(result);
      if (format === "json") return NextResponse.json(result.export);
      return new Response(eventExportToCsv(result.export, { bom: true }), {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${slug}-export.csv"`,
        },
      });
    },
  );
}
