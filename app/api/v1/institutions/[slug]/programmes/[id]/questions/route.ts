import { publishQuestionSet } from "@/lib/enrollment/mutations/question-sets";
import { findQuestionEditor } from "@/lib/offerings/queries";
import { questionEditorSchema, toEditorSteps } from "@/lib/offerings/question-editor";
import { apiError } from "@/lib/api/errors";
import { privateJson } from "@/lib/api/auth";
import { parseBody, withProgramme } from "@/lib/api/staff";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; id: string }> };

/** The programme's newest question set in the shape PUT takes (version null and no steps when it asks none). */
export function GET(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.staff-area", async ({ institutionId, programmeId }) => {
    const data = await findQuestionEditor(institutionId, programmeId);
    if (!data) return apiError("not_found");
    return privateJson(data.current ? { version: data.current.version, steps: toEditorSteps(data.current.set) } : { version: null, steps: [] });
  });
}

/**
 * Publishes the questions as the programme's next version (answers already given keep the version
 * they answered); a set the same as the newest version publishes nothing (unchanged: true).
 */
export function PUT(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.edit", async ({ programmeId }, actor, locale) => {
    const input = await parseBody(request, questionEditorSchema, locale, { programmeId });
    if (!input.ok) return input.response;
    const result = await publishQuestionSet(actor, programmeId, input.data.set);
    if (result.status === "not-found") return apiError("not_found");
    return privateJson({ version: result.version, unchanged: result.status === "unchanged" });
  });
}
