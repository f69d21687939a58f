import { clientIp } from "@/lib/auth/request";
import { changeCapacity } from "@/lib/offerings/mutations";
import { capacitySchema } from "@/lib/offerings/schema";
import { offeringResponse, parseBody, withOffering } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

/**
 * Sets the capacity ({ capacity }: a whole number, or null for no limit) through the enrollment
 * engine's guarded change: never below the seats taken (409 below_taken); new seats go to the
 * waitlist at once. For those who run the institution's offerings (owners, editors).
 */
export function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withOffering(request, params, "enrollment.run", async (target, actor, locale) => {
    const input = await parseBody(request, capacitySchema, locale, { offeringId: target.offeringId }, { required: ["capacity"] });
    if (!input.ok) return input.response;
    const result = await changeCapacity(actor, input.data, { ip: clientIp(request.headers) });
    return result.status === "ok" ? offeringResponse(target) : offeringRefusal(result, locale);
  });
}
