import { clientIp } from "@/lib/auth/request";
import { removeSession } from "@/lib/offerings/mutations";
import { removeSessionSchema } from "@/lib/offerings/schema";
import { apiError } from "@/lib/api/errors";
import { withOffering } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

/** Removes one session (not one where people were already marked present: 409 attended); 204 when done. */
export function DELETE(request: Request, { params }: { params: Promise<{ id: string; sessionId: string }> }) {
  return withOffering(request, params, "institution.edit", async ({ offeringId }, actor, locale) => {
    const parsed = removeSessionSchema.safeParse({ offeringId, sessionId: (await params).sessionId });
    if (!parsed.success) return apiError("not_found");
    const result = await removeSession(actor, parsed.data, { ip: clientIp(request.headers) });
    if (result.status !== "ok") return offeringRefusal(result, locale);
    return new Response(null, { status: 204, headers: { "Cache-Control": "private, no-store" } });
  });
}
