import { catalogueQuerySchema } from "@/lib/catalogue/schema";
import { findProgrammes } from "@/lib/catalogue/queries";
import { apiError, apiLocale, fieldErrors, zodErrorMap } from "@/lib/api/errors";
import { searchParamsObject } from "@/lib/api/params";
import { presentSummary } from "@/lib/api/present";
import { handle, publicJson } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handle(async () => {
    const locale = apiLocale(request);
    const parsed = catalogueQuerySchema.safeParse(searchParamsObject(new URL(request.url).searchParams), { error: zodErrorMap(locale) });
    if (!parsed.success) return apiError("validation", fieldErrors(parsed.error, locale));
    const now = new Date();
    const result = await findProgrammes(parsed.data, now);
    return publicJson(request, {
      items: result.items.map((p) => presentSummary(p, now)),
      total: result.total,
      page: result.page,
      pageSize: result.pageSize,
      facets: result.facets,
    });
  });
}
