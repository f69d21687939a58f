import { apiError } from "@/lib/api/errors";
import { handle, publicJson } from "@/lib/api/respond";
import { findOfferingQuestions } from "@/lib/enrollment/queries";
import { idSchema } from "@/lib/forms/schemas";

export const dynamic = "force-dynamic";

/** The questions an application to this offering must answer (the programme's newest version), or none. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const id = idSchema.safeParse((await params).id);
    const offering = id.success ? await findOfferingQuestions(id.data) : { found: false as const };
    if (!offering.found) return apiError("not_found");
    const questions = offering.questions;
    return publicJson(request, questions ? { version: questions.version, ...questions.set } : { version: null, steps: [] });
  });
}
