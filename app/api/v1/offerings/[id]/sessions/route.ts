import { clientIp } from "@/lib/auth/request";
import { addSession, addSessionSeries, type SessionsResult } from "@/lib/offerings/mutations";
import { sessionSchema, sessionSeriesSchema } from "@/lib/offerings/schema";
import { isObject, offeringResponse, parseInput, readBody, withOffering } from "@/lib/api/staff";
import { offeringRefusal } from "@/lib/api/staff-errors";

export const dynamic = "force-dynamic";

/**
 * Adds one session ({ date, startTime, endTime, ... }) or a weekly series ({ series: { firstDate,
 * startTime, durationMinutes, weeks, weekdays, ... } }), at local times in the offering's zone:
 * 201 with how many were added and the offering.
 */
export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withOffering(request, params, "institution.edit", async (target, actor, locale) => {
    const body = await readBody(request, locale);
    if (!body.ok) return body.response;
    const ids = { offeringId: target.offeringId };
    const context = { ip: clientIp(request.headers) };
    const series = isObject(body.data) && "series" in body.data;
    let result: SessionsResult;
    if (series) {
      const input = parseInput(sessionSeriesSchema, (body.data as { series: unknown }).series, locale, ids, { prefix: "series" });
      if (!input.ok) return input.response;
      result = await addSessionSeries(actor, input.data, context);
    } else {
      const input = parseInput(sessionSchema, body.data, locale, ids);
      if (!input.ok) return input.response;
      result = await addSession(actor, input.data, context);
    }
    if (result.status !== "ok") return offeringRefusal(result, locale, series ? "series.weeks" : "date");
    return offeringResponse(target, 201, { key: "offering", values: { added: result.added } });
  });
}
