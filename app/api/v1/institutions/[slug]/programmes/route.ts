import { clientIp } from "@/lib/auth/request";
import { createProgramme } from "@/lib/programmes/mutations";
import { newProgrammeSchema } from "@/lib/programmes/schema";
import { findWorkspace } from "@/lib/studio/queries";
import { apiError } from "@/lib/api/errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentStaffProgrammeSummary } from "@/lib/api/present";
import { institutionFor, parseBody, programmeResponse } from "@/lib/api/staff";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

/** The institution's programmes in every state, with completeness per language, for its staff and the bureau; 404 to anyone else. */
export function GET(request: Request, { params }: Params) {
  return withActor(request, "account.manage", async (actor) => {
    const institutionId = await institutionFor(actor, (await params).slug, "institution.staff-area");
    if (!institutionId) return apiError("not_found");
    const { programmes } = await findWorkspace(institutionId);
    return privateJson({ items: programmes.map(presentStaffProgrammeSummary) });
  });
}

/** Creates a draft programme (kind, area, a title): 201 with the programme as GET .../programmes/{id} answers it. */
export function POST(request: Request, { params }: Params) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { slug } = await params;
    const institutionId = await institutionFor(actor, slug, "institution.edit");
    if (!institutionId) return apiError("not_found");
    const input = await parseBody(request, newProgrammeSchema, locale, { institutionId });
    if (!input.ok) return input.response;
    const created = await createProgramme(actor, input.data, { ip: clientIp(request.headers) });
    if (created.status !== "ok") return apiError("not_found");
    return programmeResponse({ institutionId, programmeId: created.id }, 201, { Location: `/api/v1/institutions/${slug}/programmes/${created.id}` });
  });
}
