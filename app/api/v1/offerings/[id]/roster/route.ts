import { clientIp } from "@/lib/auth/request";
import { idSchema } from "@/lib/forms/schemas";
import { parseIn } from "@/lib/i18n/validation";
import { translator } from "@/lib/i18n/translator";
import { apiError, fieldErrors } from "@/lib/api/errors";
import { searchParamsObject } from "@/lib/api/params";
import { withActor } from "@/lib/api/auth";
import { exportRoster } from "@/lib/roster/mutations";
import { EXPORT_MAX_ROWS, rosterExportSchema } from "@/lib/roster/schema";

export const dynamic = "force-dynamic";

/**
 * The roster of an offering as a CSV or XLSX attachment, for its institution's reviewers and the
 * staff running it (and the bureau), with a session or a personal token: 400 naming each bad
 * parameter, 404 for an offering the caller may not see (as for one that does not exist), 409 when
 * the roster is over the row limit. Every download is audited.
 */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const id = idSchema.safeParse((await params).id);
    if (!id.success) return apiError("not_found");
    const parsed = parseIn(rosterExportSchema, searchParamsObject(new URL(request.url).searchParams), locale);
    if (!parsed.success) return apiError("validation", fieldErrors(parsed.error, locale));
    const language = parsed.data.lang ?? locale;
    const result = await exportRoster(actor, id.data, parsed.data, language, { ip: clientIp(request.headers) });
    if (result.status === "not-found") return apiError("not_found");
    if (result.status === "too-many") {
      return apiError("conflict", [{ path: "state", code: "too_many_rows", message: translator(locale, "studio.applicants.export")("tooMany", { limit: EXPORT_MAX_ROWS }) }]);
    }
    return new Response(new Uint8Array(result.body), {
      status: 200,
      headers: {
        "Content-Type": result.contentType,
        "Content-Disposition": result.disposition,
        "Content-Length": String(result.body.length),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
