import { clientIp } from "@/lib/auth/request";
import { cancelOffering } from "@/lib/offerings/mutations";
import { cancelOfferingSchema } from "@/lib/offerings/schema";
import { offeringResponse, parseBody, withOffering } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

/**
 * Cancels the offering with the reason in both languages ({ reasonZh, reasonEn }): every live
 * application and place is cancelled, the seats released, and each applicant told in their
 * language. For those who run the institution's offerings; 409 when it is already cancelled.
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withOffering(request, params, "enrollment.run", async (target, actor, locale) => {
    const input = await parseBody(request, cancelOfferingSchema, locale, { offeringId: target.offeringId });
    if (!input.ok) return input.response;
    const result = await cancelOffering(actor, input.data, { ip: clientIp(request.headers) });
    if (result.status !== "ok") return offeringRefusal(result, locale);
    return offeringResponse(target, 200, { key: "offering", values: { enrollmentsCancelled: result.cancelled } });
  });
}
