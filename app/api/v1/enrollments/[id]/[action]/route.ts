import { transition } from "@/lib/enrollment/mutations";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { apiError } from "@/lib/api/errors";
import { enrollmentError } from "@/lib/api/enrollment-errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

const ACTIONS = ["withdraw", "accept", "decline"] as const;

/** withdraw, accept or decline one's own enrollment; another person's id answers 404 and changes nothing. */
export function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { id, action } = await params;
    const name = ACTIONS.find((a) => a === action);
    if (!name) return apiError("not_found");
    const result = await transition(name, id.slice(0, 64), { mover: "self", actor });
    if (result.status === "not-found") return apiError("not_found");
    if (result.status === "not-allowed") return enrollmentError("conflict", "not_allowed", locale, "state");
    if (result.status === "conflict") return enrollmentError("conflict", "changed", locale, "state");
    const [view] = await findEnrollmentsOf(actor.id, [id]);
    return privateJson(presentEnrollment(view!));
  });
}
