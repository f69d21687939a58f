import { apiError } from "@/lib/api/errors";
import { handle, publicJson } from "@/lib/api/respond";
import { findOfferingQuestions } from "@/lib/enrollment/queries";

export const dynamic = "force-dynamic";

/** The questions an application to this offering must answer (the programme's newest version), or none. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handle(async () => {
    const offering = await findOfferingQuestions((await params).id.slice(0, 64));
    if (!offering.found) return apiError("not_found");
    const questions = offering.questions;
    return publicJson(request, questions ? { version: questions.version, ...questions.set } : { version: null, steps: [] });
  });
}
