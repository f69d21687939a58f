import { clientIp } from "@/lib/auth/request";
import { createOffering } from "@/lib/offerings/mutations";
import { findProgrammeOfferings } from "@/lib/offerings/queries";
import { createOfferingSchema } from "@/lib/offerings/schema";
import { apiError } from "@/lib/api/errors";
import { privateJson } from "@/lib/api/auth";
import { presentStaffOfferingSummary } from "@/lib/api/present";
import { offeringResponse, parseBody, withProgramme } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string; id: string }> };

/** The programme's offerings, newest start first, cancelled ones included, for the institution's staff and the bureau. */
export function GET(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.staff-area", async ({ institutionId, programmeId }) => {
    const data = await findProgrammeOfferings(institutionId, programmeId);
    return data ? privateJson({ items: data.offerings.map(presentStaffOfferingSummary) }) : apiError("not_found");
  });
}

/** Adds an offering (a draft programme's offerings wait for it to be published): 201 with the offering as GET /offerings/{id} answers it. */
export function POST(request: Request, { params }: Params) {
  return withProgramme(request, params, "institution.edit", async ({ institutionId, programmeId }, actor, locale) => {
    const input = await parseBody(request, createOfferingSchema, locale, { programmeId });
    if (!input.ok) return input.response;
    const result = await createOffering(actor, input.data, { ip: clientIp(request.headers) });
    if (result.status !== "ok") return offeringRefusal(result, locale);
    return offeringResponse({ institutionId, offeringId: result.offering.id }, 201);
  });
}
