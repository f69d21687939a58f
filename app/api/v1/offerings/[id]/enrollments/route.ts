import { apply } from "@/lib/enrollment/mutations";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { can } from "@/lib/auth/policy";
import { apiError } from "@/lib/api/errors";
import { enrollmentError } from "@/lib/api/enrollment-errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

/** Applies to an offering: 201 with the enrollment's state (and waitlist position), 409 when already enrolled or the window is shut. */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    if (!can(actor, "account.verified-actions")) return enrollmentError("forbidden", "email_unverified", locale);
    const { id } = await params;
    const result = await apply(actor, id.slice(0, 64));
    switch (result.status) {
      case "ok": {
        const [view] = await findEnrollmentsOf(actor.id, [result.enrollment.id]);
        return privateJson(presentEnrollment(view!), { status: 201 });
      }
      case "conflict":
        return enrollmentError("conflict", "already_enrolled", locale, "offering");
      case "not-found":
        return apiError("not_found");
      case "window-closed":
        return enrollmentError("conflict", "window_closed", locale, "offering");
      case "not-yet-open":
        return enrollmentError("conflict", "not_yet_open", locale, "offering");
      case "cancelled":
        return enrollmentError("conflict", "cancelled", locale, "offering");
    }
  });
}
