import { withApiUser } from "@/lib/auth/api";
import { assertRole } from "@/lib/auth/roles";
import { auditCsv, auditFilterSchema } from "@/lib/audit/data";

// GET /admin/audit/export?event=&actor=&kind=&from=&to= — the filtered audit log as CSV.
export async function GET(request: Request) {
  return withApiUser(
    (u) => assertRole(u, "ORGANIZER"),
    async () => {
      const filter = auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
      const csv = await auditCsv({ ...filter, page: undefined });
      return new Response(csv, {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="podium-audit${filter.event ? `-${filter.event}` : ""}.csv"`,
        },
      });
    },
  );
}
