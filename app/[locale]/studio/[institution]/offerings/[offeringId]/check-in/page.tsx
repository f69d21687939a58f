import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { dayFormat, timeFormat } from "@/lib/i18n/formats";
import { calendarDaysBetween } from "@/lib/dates";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findCheckInOffering } from "@/lib/attendance/queries";
import { completionOpensAt } from "@/lib/attendance/completion";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { AttendanceMessages } from "@/components/attendance/attendance-messages";
import { CompletionForm } from "@/components/attendance/completion-form";

type Props = { params: Promise<{ locale: Locale; institution: string; offeringId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.attendance.title"));
}

const STATE_TONE = { confirmed: "brand", completed: "success", "no-show": "warning" } as const;

/** An offering at the door: its sessions (today's first) to open check-in for, and attendance feeding completion. */
export default async function CheckInOfferingPage({ params }: Props) {
  const { locale, institution: slug, offeringId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "enrollment.run", `/offerings/${encodeURIComponent(offeringId)}/check-in`);
  const offering = idSchema.safeParse(offeringId).success ? await findCheckInOffering(institution.id, offeringId) : null;
  if (!offering) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const now = new Date();
  const tz = offering.timeZone;
  const day = (d: Date) => format.dateTime(d, dayFormat(tz));
  const time = (d: Date) => format.dateTime(d, timeFormat(tz));
  const base = `/studio/${institution.slug}/offerings/${offering.id}/check-in`;
  const total = offering.sessions.length;
  const today = offering.sessions.filter((s) => calendarDaysBetween(now, s.startsAt, tz) === 0);
  const cancelled = offering.status === "cancelled";
  const opensAt = completionOpensAt(offering.sessions, offering.endsAt);
  const sessionText = (s: (typeof offering.sessions)[number]) => [
    `${day(s.startsAt)} ${time(s.startsAt)}–${time(s.endsAt)}`,
    localized(locale, s.venueZh, s.venueEn),
  ].filter(Boolean).join(" · ");

  return (
    <>
      <div className="space-y-1">
        <Link href={`/studio/${institution.slug}`} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2">{t("studio.attendance.workspace")}</Link>
        <h1 className="text-2xl font-bold break-words text-slate-900">{t("studio.attendance.heading", { programme: localized(locale, offering.programme.titleZh, offering.programme.titleEn) })}</h1>
        <p className="text-sm text-slate-700">{t("studio.attendance.offeringLine", { id: offering.code, when: `${day(offering.startsAt)} – ${day(offering.endsAt)}` })}</p>
        {cancelled && <p className="font-medium text-amber-900">{t("studio.attendance.cancelled")}</p>}
      </div>

      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-lg font-semibold text-slate-900">{t("studio.attendance.sessions.title")}</h2>
        {total === 0 && <p className="text-slate-700">{t("studio.attendance.sessions.none")}</p>}
        {today.length > 0 && (
          <div className="space-y-2">
            <h3 className="font-medium text-slate-900">{t("studio.attendance.sessions.today")}</h3>
            <ul className="grid gap-3 sm:grid-cols-2">
              {today.map((s) => (
                <li key={s.id} className="space-y-2 rounded-xl border-2 border-brand-600 bg-brand-50/50 p-4">
                  <p className="font-semibold text-slate-900">{t("studio.attendance.sessions.number", { n: s.number, total })}</p>
                  <p className="text-sm text-slate-700">{sessionText(s)}</p>
                  <p className="text-sm font-medium text-slate-900">{t("studio.attendance.sessions.present", { count: s.present, total: offering.expected })}</p>
                  <Link href={`${base}/${s.id}`} aria-label={t("studio.attendance.sessions.openNamed", { n: s.number })} className="flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-base font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
                    {t("studio.attendance.sessions.open")}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        {total > 0 && (
          <div className="space-y-2">
            {today.length > 0 && <h3 className="font-medium text-slate-900">{t("studio.attendance.sessions.others")}</h3>}
            <ol className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
              {offering.sessions.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
                  <div className="min-w-0">
                    <p className="font-medium text-slate-900">{t("studio.attendance.sessions.number", { n: s.number, total })}</p>
                    <p className="text-sm text-slate-700">{sessionText(s)}</p>
                    <p className="text-sm text-slate-600">{t("studio.attendance.sessions.present", { count: s.present, total: offering.expected })}</p>
                  </div>
                  <Link href={`${base}/${s.id}`} aria-label={t("studio.attendance.sessions.openNamed", { n: s.number })} className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-brand-700 ring-1 ring-inset ring-brand-600 hover:bg-brand-50">
                    {t("studio.attendance.sessions.open")}
                  </Link>
                </li>
              ))}
            </ol>
          </div>
        )}
      </section>

      <section aria-labelledby="completion" className="space-y-3">
        <h2 id="completion" className="text-lg font-semibold text-slate-900">{t("studio.attendance.completion.title")}</h2>
        <p className="text-sm text-slate-700">{t("studio.attendance.completion.intro")}</p>
        {offering.participants.length === 0 ? (
          <p className="text-slate-700">{t("studio.attendance.completion.nobody")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label={t("studio.attendance.completion.attendedLabel")}>
            {offering.participants.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-2">
                <span className="min-w-0 font-medium break-words text-slate-900">{p.name}</span>
                <span className="flex items-center gap-2 text-sm text-slate-700">
                  <span className="tabular-nums">{t("studio.attendance.completion.attended", { count: p.attended, total })}</span>
                  <Badge tone={STATE_TONE[p.state as keyof typeof STATE_TONE] ?? "neutral"}>{t(`enrollment.state.${p.state as "confirmed"}`)}</Badge>
                </span>
              </li>
            ))}
          </ul>
        )}
        {/* Kept while anyone holds a place, so the outcome of the last change stays in view. */}
        {!cancelled && total > 0 && offering.participants.length > 0 && (
          <AttendanceMessages>
            <CompletionForm
              offeringId={offering.id}
              sessions={total}
              attended={offering.participants.filter((p) => p.state === "confirmed").map((p) => p.attended)}
              open={now >= opensAt}
              notYet={t("studio.attendance.completion.notYet", { when: `${day(opensAt)} ${time(opensAt)}` })}
            />
          </AttendanceMessages>
        )}
      </section>
    </>
  );
}
