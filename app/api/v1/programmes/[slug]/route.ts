import { findProgrammeBySlug } from "@/lib/catalogue/queries";
import { apiError } from "@/lib/api/errors";
import { presentDetail } from "@/lib/api/present";
import { handle, publicJson } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return handle(async () => {
    const programme = await findProgrammeBySlug((await params).slug);
    if (!programme) return apiError("not_found");
    return publicJson(request, presentDetail(programme, new Date()));
  });
}
