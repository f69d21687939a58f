import { env } from "@/lib/env";
import { localePath } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import zhCN from "@/messages/zh-CN.json";
import en from "@/messages/en.json";
import { transition } from "@/lib/enrollment/mutations";
import { SELF_TRANSITIONS } from "@/lib/enrollment/states";
import { enrollmentCalendar } from "@/lib/enrollment/calendar";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { apiError } from "@/lib/api/errors";
import { enrollmentError } from "@/lib/api/enrollment-errors";
import { privateJson, withActor } from "@/lib/api/auth";
import { presentEnrollment } from "@/lib/api/present";

export const dynamic = "force-dynamic";

/** withdraw, accept or decline one's own enrollment; another person's id answers 404 and changes nothing. */
export function POST(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { id, action } = await params;
    const name = SELF_TRANSITIONS.find((a) => a === action);
    if (!name) return apiError("not_found");
    const result = await transition(name, id.slice(0, 64), { mover: "self", actor });
    if (result.status === "not-found") return apiError("not_found");
    if (result.status === "not-allowed") return enrollmentError("conflict", "not_allowed", locale, "state");
    if (result.status === "conflict") return enrollmentError("conflict", "changed", locale, "state");
    const [view] = await findEnrollmentsOf(actor.id, [id]);
    return privateJson(presentEnrollment(view!));
  });
}

/** `calendar.ics`: the sessions of one's own confirmed enrollment, as an iCalendar file. */
export function GET(request: Request, { params }: { params: Promise<{ id: string; action: string }> }) {
  return withActor(request, "account.manage", async (actor, locale) => {
    const { id, action } = await params;
    if (action !== "calendar.ics") return apiError("not_found");
    const [view] = await findEnrollmentsOf(actor.id, [id.slice(0, 64)]);
    if (!view) return apiError("not_found");
    if (view.state !== "confirmed") return enrollmentError("conflict", "not_allowed", locale, "state");
    // In the person's preferred language, like their emails.
    const lang = isLocale(actor.locale) ? actor.locale : locale;
    const url = `${env.SITE_URL}${localePath(lang, `/programmes/${view.offering.programme.slug}`)}`;
    const body = enrollmentCalendar(view, lang, url, (lang === "en" ? en : zhCN).site.name);
    return new Response(body, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${view.offering.programme.slug}.ics"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
