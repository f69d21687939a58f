import { publishQuestionSet } from "@/lib/enrollment/mutations/question-sets";
import { findQuestionEditor } from "@/lib/offerings/queries";
import { questionEditorSchema, toEditorSteps } from "@/lib/offerings/question-editor";
import { apiError } from "@/lib/api/errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { parseBody, programmeFor } from "@/lib/api/staff";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; id: string }> };

/** The programme's newest question set in the shape PUT takes (version null and no steps when it asks none). */
export function GET(request: Request, { params }: Params) {
  return withActor(request, "account.manage", async (actor) => {
    const { slug, id } = await params;
    const target = await programmeFor(actor, slug, id, "institution.staff-area");
    const data = target ? await findQuestionEditor(target.institutionId, target.programmeId) : null;
    if (!data) return apiError("not_found");
    return privateJson(data.current ? { version: data.current.version, steps: toEditorSteps(data.current.set) } : { version: null, steps: [] });
  });
}

/**
 * Publishes the questions as the programme's next version (answers already given keep the version
 * they answered); a set the same as the newest version publishes nothing (unchanged: true).
 */
export function PUT(request: Request, { params }: Params) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { slug, id } = await params;
    const target = await programmeFor(actor, slug, id, "institution.edit");
    if (!target) return apiError("not_found");
    const input = await parseBody(request, questionEditorSchema, locale, { programmeId: target.programmeId });
    if (!input.ok) return input.response;
    const result = await publishQuestionSet(actor, target.programmeId, input.data.set);
    if (result.status === "not-found") return apiError("not_found");
    return privateJson({ version: result.version, unchanged: result.status === "unchanged" });
  });
}
