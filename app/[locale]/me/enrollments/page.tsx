import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { findCalendarFeed, findDraftsOf, findEnrollmentsOf } from "@/lib/enrollment/queries";
import { calendarFeedUrl } from "@/lib/enrollment/calendar-feed";
import { selfActions } from "@/lib/enrollment/states";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { EnrollmentActions } from "@/components/enrollment/enrollment-actions";
import { AnswerList } from "@/components/enrollment/answer-list";
import { CalendarFeed } from "@/components/enrollment/calendar-feed";
import { checkInCodeOf, checkInKey, qrPath } from "@/lib/attendance/code";
import { CheckInDisclosure } from "@/components/attendance/check-in-code";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ show?: string | string[] }> };

/** Changes not made by the person themselves that the timeline explains. */
const EXPLAINED_MOVERS = new Set(["waitlist", "offer-expiry", "waitlist-reorder", "over-capacity"]);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("enrollment.me.title"));
}

export default async function MyEnrollmentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  // ?show={enrollment id} opens that place's check-in code (the link in its calendar entries).
  const { show } = await searchParams;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me/enrollments");
  const now = new Date();
  const [enrollments, drafts, feed] = await Promise.all([findEnrollmentsOf(actor.id, undefined, now), findDraftsOf(actor.id), findCalendarFeed(actor.id)]);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const codeKey = checkInKey();
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("enrollment.me.title")}</h1>
      {drafts.length > 0 && (
        <section aria-labelledby="drafts" className="space-y-2 rounded-xl border border-amber-200 bg-amber-50 p-4 sm:p-5">
          <h2 id="drafts" className="font-semibold text-amber-950">{t("enrollment.me.drafts")}</h2>
          <ul className="space-y-2">
            {drafts.map((d) => {
              const p = d.offering.programme;
              return (
                <li key={d.offering.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-amber-950">
                    {localized(locale, p.titleZh, p.titleEn)}
                    <span className="block text-sm">{t("enrollment.me.draftCloses", { when: format.dateTime(d.offering.closesAt, { dateStyle: "medium", timeStyle: "short", timeZone: d.offering.timeZone }) })}</span>
                  </span>
                  <Link href={`/programmes/${p.slug}/apply/${d.offering.code}`} className="inline-flex min-h-11 items-center rounded-lg bg-white px-4 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-300 hover:bg-brand-50">
                    {t("enrollment.me.continueDraft")}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {enrollments.length === 0 && drafts.length > 0 ? null : enrollments.length === 0 ? (
        <p className="text-slate-700">
          {t("enrollment.me.none")} <Link href="/programmes" className="font-medium text-brand-700 underline underline-offset-2">{t("enrollment.me.browse")}</Link>
        </p>
      ) : (
        <ul className="space-y-4">
          {enrollments.map((e) => {
            const p = e.offering.programme;
            const tz = e.offering.timeZone;
            const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: tz });
            const reviewedWaiting = e.state === "waitlisted" && (e.offering.admission ?? p.admission) === "reviewed";
            const next = e.offering.sessions.find((s) => s.startsAt > now);
            const live = ["confirmed", "offered", "waitlisted", "submitted"].includes(e.state);
            const code = e.state === "confirmed" ? checkInCodeOf(e, codeKey) : null;
            return (
              <li key={e.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <h2 className="text-lg font-semibold text-slate-900">
                      <Link href={`/programmes/${p.slug}`} className="hover:underline">{localized(locale, p.titleZh, p.titleEn)}</Link>
                    </h2>
                    <p className="text-sm text-slate-600">{localized(locale, p.institution.nameZh, p.institution.nameEn)} · {when(e.offering.startsAt)}</p>
                  </div>
                  <Badge tone={e.state === "confirmed" || e.state === "completed" ? "success" : e.state === "offered" ? "warning" : live ? "brand" : "muted"}>
                    {reviewedWaiting ? t("enrollment.stateReviewedWaitlisted") : t(`enrollment.state.${e.state}`)}
                  </Badge>
                </div>
                {e.position !== null && <p className="font-medium text-slate-900">{t("enrollment.me.position", { position: e.position })}</p>}
                {e.state === "offered" && e.offerExpiresAt && (
                  <p className="font-medium text-amber-900">
                    {t("enrollment.me.offerDeadline", { deadline: when(e.offerExpiresAt), left: format.relativeTime(e.offerExpiresAt, now) })}
                  </p>
                )}
                {/* Only with a place (or one offered): for others it would read as if they had one. */}
                {(e.state === "confirmed" || e.state === "offered") && next && (
                  <p className="text-sm text-slate-700">
                    {t("enrollment.me.nextSession", { when: when(next.startsAt), where: localized(locale, next.venueZh ?? e.offering.venueZh, next.venueEn ?? e.offering.venueEn) || t("enrollment.me.online") })}
                  </p>
                )}
                {code && (
                  <CheckInDisclosure
                    id={`check-in-${e.id}`} open={show === e.id} summary={t("enrollment.me.checkIn.show")} hint={t("enrollment.me.checkIn.hint")}
                    qr={qrPath(code.payload)} short={code.short} typed={t("enrollment.me.checkIn.typed")}
                    label={t("enrollment.me.checkIn.qr", { programme: localized(locale, p.titleZh, p.titleEn) })}
                  />
                )}
                {e.state === "confirmed" && (
                  <a href={`/api/v1/enrollments/${e.id}/calendar.ics`} download className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
                    {t("enrollment.me.calendar")}
                  </a>
                )}
                <AnswerList answers={e.answers} locale={locale} />
                <EnrollmentActions enrollmentId={e.id} actions={selfActions(e.state)} waitlisted={e.state === "waitlisted"} />
                <details>
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("enrollment.me.timeline")}</summary>
                  <ol className="mt-2 space-y-1 border-s-2 border-slate-200 ps-4 text-sm">
                    {e.events.map((ev, i) => (
                      <li key={i}>
                        <span className="text-slate-600">{when(ev.at)}</span>{" "}
                        <span className="font-medium text-slate-900">{ev.from === null ? t("enrollment.me.appliedAs", { state: t(`enrollment.state.${ev.to as "confirmed"}`) }) : t(`enrollment.state.${ev.to as "confirmed"}`)}</span>
                        {ev.actorLabel && EXPLAINED_MOVERS.has(ev.actorLabel) ? <span className="text-slate-600"> · {t(`enrollment.me.by.${ev.actorLabel as "waitlist"}`)}</span> : null}
                        {ev.message ? <span className="block text-slate-700">{t("enrollment.me.reason", { message: ev.message })}</span> : null}
                      </li>
                    ))}
                  </ol>
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <CalendarFeed initialUrl={feed ? calendarFeedUrl(actor.id, feed) : null} />
    </>
  );
}
