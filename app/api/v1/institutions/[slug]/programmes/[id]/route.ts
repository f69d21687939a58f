import { clientIp } from "@/lib/auth/request";
import { applyProgramme } from "@/lib/programmes/mutations";
import { findProgrammeForEditor } from "@/lib/programmes/queries";
import { applyProgrammeSchema } from "@/lib/programmes/schema";
import { apiError } from "@/lib/api/errors";
import { parseBody, programmeResponse, withProgramme } from "@/lib/api/staff";
import { programmeRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; id: string }> };

/** The programme's saved fields (the shape PUT takes), version, state and completeness, for its staff and the bureau. */
export function GET(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.staff-area", (target) => programmeResponse(target));
}

/**
 * Replaces the programme's fields, given with the version they were read at. A draft or archived
 * programme is saved as it is (nothing public changes); a published one shows the change publicly
 * at once, so it must stay complete, as publishing from the editor requires.
 */
export function PUT(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.edit", async (target, actor, locale) => {
    const input = await parseBody(request, applyProgrammeSchema, locale, target);
    if (!input.ok) return input.response;
    const current = await findProgrammeForEditor(target.institutionId, target.programmeId);
    if (!current) return apiError("not_found");
    // A status changed since this read also changed the version, which applyProgramme checks.
    const outcome = await applyProgramme(actor, input.data, current.status === "published" ? "publish" : "save", { ip: clientIp(request.headers) });
    return outcome.status === "ok" ? programmeResponse(target) : programmeRefusal(outcome, locale);
  });
}
