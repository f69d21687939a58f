import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { dayFormat, timeFormat } from "@/lib/i18n/formats";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findCheckInSession } from "@/lib/attendance/queries";
import { nameQuerySchema } from "@/lib/attendance/schema";
import { Link } from "@/lib/i18n/navigation";
import { AttendanceMessages } from "@/components/attendance/attendance-messages";
import { CheckInDesk } from "@/components/attendance/check-in-desk";

type Props = {
  params: Promise<{ locale: Locale; institution: string; offeringId: string; sessionId: string }>;
  searchParams: Promise<{ q?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.attendance.title"));
}

/**
 * One session at the door, made for a phone held in one hand: scan people's QR codes with its
 * camera (allowed on this page only: next.config.ts), type a code, or find them by name.
 */
export default async function CheckInSessionPage({ params, searchParams }: Props) {
  const { locale, institution: slug, offeringId, sessionId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "enrollment.run", `/offerings/${encodeURIComponent(offeringId)}/check-in/${encodeURIComponent(sessionId)}`);
  const valid = idSchema.safeParse(offeringId).success && idSchema.safeParse(sessionId).success;
  const session = valid ? await findCheckInSession(institution.id, offeringId, sessionId) : null;
  if (!session) notFound();
  const q = (await searchParams).q;
  const query = nameQuerySchema.parse(Array.isArray(q) ? q[0] : q);
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const tz = session.offering.timeZone;
  const time = (d: Date) => format.dateTime(d, timeFormat(tz));
  const venue = localized(locale, session.venueZh, session.venueEn);
  const cancelled = session.offering.status === "cancelled";
  return (
    <>
      <div className="space-y-1">
        <Link href={`/studio/${institution.slug}/offerings/${session.offering.id}/check-in`} className="inline-flex min-h-11 items-center text-sm text-brand-700 underline underline-offset-2">
          {t("studio.attendance.allSessions")}
        </Link>
        <h1 className="text-2xl font-bold break-words text-slate-900">
          {t("studio.attendance.heading", { programme: localized(locale, session.offering.programme.titleZh, session.offering.programme.titleEn) })}
        </h1>
        <p className="text-slate-700">
          {t("studio.attendance.session.title", { n: session.number, total: session.offering._count.sessions })}
          {" · "}{format.dateTime(session.startsAt, dayFormat(tz))} {time(session.startsAt)}–{time(session.endsAt)}
          {venue ? ` · ${venue}` : ""}
        </p>
        {cancelled && <p className="font-medium text-amber-900">{t("studio.attendance.cancelled")}</p>}
      </div>
      <AttendanceMessages>
        <CheckInDesk
          sessionId={session.id}
          timeZone={tz}
          query={query}
          closed={cancelled}
          people={session.participants.map((p) => ({ id: p.id, name: p.name, email: p.email, presentAt: p.presentAt?.toISOString() ?? null }))}
        />
      </AttendanceMessages>
    </>
  );
}
