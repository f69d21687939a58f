import { findInstitutionBySlug } from "@/lib/institutions/queries";
import { apiError } from "@/lib/api/errors";
import { presentInstitutionDetail } from "@/lib/api/present";
import { handle, publicJson } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(async () => {
    const institution = await findInstitutionBySlug((await params).slug);
    if (!institution) return apiError("not_found");
    return publicJson(request, presentInstitutionDetail(institution, new Date()));
  });
}
