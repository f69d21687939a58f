import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { idSchema } from "@/lib/forms/schemas";
import { transition } from "@/lib/enrollment/mutations/changes";
import { TRANSITION_REFUSALS } from "@/lib/enrollment/outcomes";
import { selfTransitionSchema } from "@/lib/enrollment/schema";
import { enrollmentCalendar } from "@/lib/enrollment/calendar";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { apiError } from "@/lib/api/errors";
import { enrollmentError, refusalResponse } from "@/lib/api/enrollment-errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

/** withdraw, accept or decline one's own enrollment; another person's id answers 404 and changes nothing. */
export function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { id, action } = await params;
    const parsed = selfTransitionSchema.safeParse({ enrollmentId: id, action });
    if (!parsed.success) return apiError("not_found");
    const result = await transition(parsed.data.action, parsed.data.enrollmentId, { mover: "self", actor });
    if (result.status !== "ok") return refusalResponse(TRANSITION_REFUSALS[result.status], locale);
    const [view] = await findEnrollmentsOf(actor.id, [parsed.data.enrollmentId]);
    return privateJson(presentEnrollment(view!));
  });
}

/** `calendar.ics`: the sessions of one's own confirmed enrollment, as an iCalendar file. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { id, action } = await params;
    const enrollmentId = idSchema.safeParse(id);
    if (action !== "calendar.ics" || !enrollmentId.success) return apiError("not_found");
    const [view] = await findEnrollmentsOf(actor.id, [enrollmentId.data]);
    if (!view) return apiError("not_found");
    if (view.state !== "confirmed") return enrollmentError("conflict", "not_allowed", locale, "state");
    // In the person's preferred language, like their emails.
    const lang = isLocale(actor.locale) ? actor.locale : locale;
    const url = `${env.SITE_URL}${localePath(lang, `/programmes/${view.offering.programme.slug}`)}`;
    const body = enrollmentCalendar(view, lang, url, translator(lang)("site.name"));
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${view.offering.programme.slug}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
