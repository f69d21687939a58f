import { clientIp } from "@/lib/auth/request";
import { updateOffering } from "@/lib/offerings/mutations";
import { findOfferingEditor } from "@/lib/offerings/queries";
import { updateOfferingSchema } from "@/lib/offerings/schema";
import { apiError } from "@/lib/api/errors";
import { presentStaffOffering } from "@/lib/api/present";
import { offeringResponse, parseInput, readBody, withOffering } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** One offering as its staff run it (seats, queues, sessions with their ids, its details as PATCH takes them); 404 to anyone else. */
export function GET(request: Request, { params }: Params) {
  return withOffering(request, params, "institution.staff-area", (target) => offeringResponse(target));
}

/**
 * Changes the offering's details: the fields given replace the current ones (GET's `fields`), the
 * rest stay. Once it has sessions, its start and end follow them and those given are not used.
 */
export function PATCH(request: Request, { params }: Params) {
  return withOffering(request, params, "institution.edit", async (target, actor, locale) => {
    const body = await readBody(request, locale);
    if (!body.ok) return body.response;
    const current = await findOfferingEditor(target.institutionId, target.offeringId);
    if (!current) return apiError("not_found");
    const input = parseInput(updateOfferingSchema, body.data, locale, { offeringId: target.offeringId }, { base: presentStaffOffering(current).fields });
    if (!input.ok) return input.response;
    const result = await updateOffering(actor, input.data, { ip: clientIp(request.headers) });
    return result.status === "ok" ? offeringResponse(target) : offeringRefusal(result, locale);
  });
}
