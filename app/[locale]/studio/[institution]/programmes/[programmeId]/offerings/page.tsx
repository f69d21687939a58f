import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { dateFormat } from "@/lib/i18n/formats";
import { Link } from "@/lib/i18n/navigation";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findProgrammeOfferings } from "@/lib/offerings/queries";
import { toLocalDateTime } from "@/lib/offerings/times";
import { DEFAULT_TIME_ZONE, calendarDate, zonedDateTime } from "@/lib/dates";
import { Badge } from "@/components/ui/badge";
import { OfferingForm } from "@/components/offerings/offering-form";
import { StudioMessages } from "@/components/offerings/studio-messages";
import { StudioTrail } from "@/components/offerings/studio-trail";

type Props = { params: Promise<{ locale: Locale; institution: string; programmeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.offerings.title"));
}

/** A programme's offerings, and the form for a new one. */
export default async function ProgrammeOfferingsPage({ params }: Props) {
  const { locale, institution: slug, programmeId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "institution.edit", `/programmes/${programmeId}/offerings`);
  const data = idSchema.safeParse(programmeId).success ? await findProgrammeOfferings(institution.id, programmeId) : null;
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const { programme, offerings } = data;
  const base = `/studio/${institution.slug}`;
  const title = localized(locale, programme.titleZh, programme.titleEn) || "—";
  const now = new Date();
  const day = (d: Date, zone: string) => format.dateTime(d, dateFormat(zone));
  const fee = programme.feeYuan === 0 ? t("catalogue.free") : format.number(programme.feeYuan, { style: "currency", currency: "CNY", maximumFractionDigits: 0 });
  const defaults = { fee, mode: t(codeKey("mode", programme.mode)), admission: t(codeKey("admission", programme.admission)) };
  // A new offering starts a month from today at 09:00, its window open from today until the day before.
  const today = calendarDate(now, DEFAULT_TIME_ZONE);
  const at = (days: number, time: string) => toLocalDateTime(zonedDateTime(today, days, time, DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE);
  const initial = {
    programmeId: programme.id, code: "", timeZone: DEFAULT_TIME_ZONE, startsAt: at(30, "09:00"), endsAt: at(30, "17:00"), opensAt: at(0, "09:00"), closesAt: at(29, "23:59"),
    capacity: "", feeYuan: "", mode: "", admission: "", venueZh: "", venueEn: "", onlineUrl: "",
  };
  return (
    <>
      <div className="space-y-2">
        <StudioTrail label={t("studio.offerings.breadcrumb")} items={[
          { href: base, text: localized(locale, institution.nameZh, institution.nameEn) },
          { href: `${base}/programmes/${programme.id}`, text: title },
          { text: t("studio.offerings.title") },
        ]} />
        <h1 className="text-2xl font-bold break-words text-slate-900">{t("studio.offerings.heading", { programme: title })}</h1>
        <p className="text-sm text-slate-700">{t("studio.offerings.defaults", { fee: defaults.fee, label: defaults.mode, state: defaults.admission })}</p>
        <Link href={`${base}/programmes/${programme.id}/questions`} className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">{t("studio.offerings.questionsLink")}</Link>
      </div>

      <section aria-labelledby="offering-list" className="space-y-3">
        <h2 id="offering-list" className="text-lg font-semibold text-slate-900">{t("studio.offerings.list")}</h2>
        {offerings.length === 0 ? (
          <p className="text-slate-700">{t("studio.offerings.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {offerings.map((o) => {
              const status = o.status === "cancelled" ? "cancelled" : o.endsAt <= now ? "ended" : "scheduled";
              return (
                <li key={o.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0 space-y-1">
                    <div className="flex flex-wrap items-center gap-2">
                      <Link href={`${base}/offerings/${o.id}`} aria-label={t("studio.offerings.edit", { name: o.code })} className="font-medium break-all text-brand-700 underline underline-offset-2">{o.code}</Link>
                      <Badge tone={status === "cancelled" ? "danger" : status === "ended" ? "muted" : "success"}>{t(`studio.offerings.status.${status}`)}</Badge>
                    </div>
                    <p className="text-sm text-slate-700">{t("studio.offerings.dates", { start: day(o.startsAt, o.timeZone), end: day(o.endsAt, o.timeZone) })}</p>
                    <p className="text-xs text-slate-600">{t("studio.offerings.window", { opens: day(o.opensAt, o.timeZone), closes: day(o.closesAt, o.timeZone) })}</p>
                  </div>
                  <div className="flex shrink-0 flex-wrap gap-2">
                    <Badge>{o.capacity === null ? t("studio.offerings.seatsUnlimited", { taken: o.seatsTaken }) : t("studio.offerings.seats", { taken: o.seatsTaken, capacity: o.capacity })}</Badge>
                    {o.waitlisted > 0 && <Badge tone="warning">{t("studio.workspace.waitlisted", { count: o.waitlisted })}</Badge>}
                    <Badge tone="neutral">{t("studio.offerings.sessionCount", { count: o.sessionCount })}</Badge>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="new-offering" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="new-offering" className="text-lg font-semibold text-slate-900">{t("studio.offerings.newTitle")}</h2>
        <p className="text-sm text-slate-700">{t("studio.offerings.newIntro")}</p>
        <StudioMessages>
          <OfferingForm kind="create" programmeId={programme.id} initial={initial} defaults={defaults} offeringBase={`${base}/offerings`} />
        </StudioMessages>
      </section>
    </>
  );
}
