import { apply } from "@/lib/enrollment/mutations/changes";
import { APPLY_REFUSALS } from "@/lib/enrollment/outcomes";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { can } from "@/lib/auth/policy";
import { idSchema } from "@/lib/forms/schemas";
import { apiError, fieldErrors } from "@/lib/api/errors";
import { enrollmentError, refusalResponse } from "@/lib/api/enrollment-errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { prepareApplication } from "@/lib/enrollment/application";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

/**
 * Applies to an offering, with the answers to the programme's questions in the body: 201 with the
 * enrollment's state (and waitlist position), 400 with field errors for bad answers, 409 when
 * already enrolled, the window is shut or the questions changed since `formVersion`.
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    if (!can(actor, "account.verified-actions")) return enrollmentError("forbidden", "email_unverified", locale);
    const parsedId = idSchema.safeParse((await params).id);
    if (!parsedId.success) return apiError("not_found");
    const offeringId = parsedId.data;
    // No body means no answers (programmes without questions); a body that is not JSON is reported.
    const text = await request.text();
    const body = text.trim() === "" ? {} : parseJson(text);
    const prepared = await prepareApplication(offeringId, body, locale);
    if (prepared.status === "not-found") return apiError("not_found");
    if (prepared.status === "form-changed") return enrollmentError("conflict", "form_changed", locale, "formVersion");
    if (prepared.status === "invalid") {
      const fields = fieldErrors(prepared.error, locale);
      return apiError("validation", prepared.in === "answers" ? fields.map((f) => ({ ...f, path: `answers.${f.path}` })) : fields);
    }
    const result = await apply(actor, offeringId, prepared.input);
    if (result.status !== "ok") return refusalResponse(APPLY_REFUSALS[result.status], locale);
    const [view] = await findEnrollmentsOf(actor.id, [result.enrollment.id]);
    return privateJson(presentEnrollment(view!), { status: 201 });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text; // not an object: the schema reports it
  }
}
