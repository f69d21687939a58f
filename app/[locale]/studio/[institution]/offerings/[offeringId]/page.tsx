import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { dayFormat, timeFormat } from "@/lib/i18n/formats";
import { Link } from "@/lib/i18n/navigation";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findOfferingEditor } from "@/lib/offerings/queries";
import { localParts, toLocalDateTime } from "@/lib/offerings/times";
import { MAX_SESSIONS } from "@/lib/offerings/schema";
import { Badge } from "@/components/ui/badge";
import { OfferingForm } from "@/components/offerings/offering-form";
import { CapacityForm } from "@/components/offerings/capacity-form";
import { AddSessionForm, SessionSeriesForm } from "@/components/offerings/session-forms";
import { DetailsPanel } from "@/components/ui/details-panel";
import { RemoveSessionButton } from "@/components/offerings/remove-session-button";
import { CancelOfferingForm } from "@/components/offerings/cancel-offering-form";
import { StudioMessages } from "@/components/offerings/studio-messages";
import { StudioTrail } from "@/components/offerings/studio-trail";

type Props = { params: Promise<{ locale: Locale; institution: string; offeringId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.offerings.title"));
}

const card = "space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6";

/** One offering: its details, capacity, sessions, and cancelling it; links to its applicants and check-in. */
export default async function OfferingPage({ params }: Props) {
  const { locale, institution: slug, offeringId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "institution.edit", `/offerings/${offeringId}`);
  const offering = idSchema.safeParse(offeringId).success ? await findOfferingEditor(institution.id, offeringId) : null;
  if (!offering) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const { programme, timeZone: zone } = offering;
  const base = `/studio/${institution.slug}`;
  const title = localized(locale, programme.titleZh, programme.titleEn) || "—";
  const cancelled = offering.status === "cancelled";
  const day = (d: Date) => format.dateTime(d, dayFormat(zone));
  const time = (d: Date) => format.dateTime(d, timeFormat(zone));
  const fee = programme.feeYuan === 0 ? t("catalogue.free") : format.number(programme.feeYuan, { style: "currency", currency: "CNY", maximumFractionDigits: 0 });
  const defaults = { fee, mode: t(codeKey("mode", programme.mode)), admission: t(codeKey("admission", programme.admission)) };
  const local = (d: Date) => toLocalDateTime(d, zone);
  const initial = {
    code: offering.code, timeZone: zone, startsAt: local(offering.startsAt), endsAt: local(offering.endsAt), opensAt: local(offering.opensAt), closesAt: local(offering.closesAt),
    feeYuan: offering.feeYuan === null ? "" : String(offering.feeYuan), mode: offering.mode ?? "", admission: offering.admission ?? "",
    venueZh: offering.venueZh ?? "", venueEn: offering.venueEn ?? "", onlineUrl: offering.onlineUrl ?? "",
  };
  const nextDate = localParts(offering.sessions.at(-1)?.startsAt ?? offering.startsAt, zone).date;
  return (
    <>
      <div className="space-y-2">
        <StudioTrail label={t("studio.offerings.breadcrumb")} items={[
          { href: base, text: localized(locale, institution.nameZh, institution.nameEn) },
          { href: `${base}/programmes/${programme.id}`, text: title },
          { href: `${base}/programmes/${programme.id}/offerings`, text: t("studio.offerings.title") },
          { text: offering.code },
        ]} />
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold break-words text-slate-900">{t("studio.offerings.pageTitle", { name: offering.code })}</h1>
          <Badge tone={cancelled ? "danger" : "success"}>{t(`studio.offerings.status.${cancelled ? "cancelled" : "scheduled"}`)}</Badge>
        </div>
        <p className="text-slate-700 break-words">{title}</p>
        <div className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
          <Link href={`${base}/offerings/${offering.id}/applicants`} className="font-medium text-brand-700 underline underline-offset-2">{t("studio.offerings.applicants")}</Link>
          <Link href={`${base}/offerings/${offering.id}/check-in`} className="font-medium text-brand-700 underline underline-offset-2">{t("studio.offerings.checkIn")}</Link>
          <Link href={`${base}/programmes/${programme.id}/questions`} className="font-medium text-brand-700 underline underline-offset-2">{t("studio.offerings.questionsLink")}</Link>
        </div>
        {cancelled && (
          <p role="status" className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {t("studio.offerings.cancelledBanner", { when: format.dateTime(offering.cancelledAt ?? offering.startsAt, { dateStyle: "medium", timeZone: zone }), reason: localized(locale, offering.cancelReasonZh, offering.cancelReasonEn) })}
          </p>
        )}
      </div>

      <StudioMessages>
        <section aria-labelledby="details" className={card}>
          <h2 id="details" className="text-lg font-semibold text-slate-900">{t("studio.offerings.form.details")}</h2>
          {cancelled ? (
            <p className="text-sm text-slate-700">{t("studio.offerings.cancelledReadOnly")}</p>
          ) : (
            <OfferingForm kind="edit" offeringId={offering.id} initial={initial} defaults={defaults} offeringBase={`${base}/offerings`} fromSessions={offering.sessions.length > 0} />
          )}
        </section>

        <section aria-labelledby="capacity" className={card}>
          <h2 id="capacity" className="text-lg font-semibold text-slate-900">{t("studio.offerings.capacity.title")}</h2>
          <p className="text-sm text-slate-700">
            {offering.capacity === null ? t("studio.offerings.seatsUnlimited", { taken: offering.seatsTaken }) : t("studio.offerings.seats", { taken: offering.seatsTaken, capacity: offering.capacity })}
            {" · "}
            {t("studio.offerings.capacity.taken", { taken: offering.seatsTaken, count: offering.waitlisted })}
          </p>
          {!cancelled && <CapacityForm offeringId={offering.id} capacity={offering.capacity} />}
        </section>

        <section aria-labelledby="sessions" className={card}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="sessions" className="text-lg font-semibold text-slate-900">{t("studio.offerings.sessions.title")}</h2>
            <p className="text-sm text-slate-600">{t("studio.offerings.sessionCount", { count: offering.sessions.length })} · {t("studio.offerings.sessions.limit", { limit: MAX_SESSIONS })}</p>
          </div>
          {offering.sessions.length === 0 ? (
            <p className="text-slate-700">{t("studio.offerings.sessions.none")}</p>
          ) : (
            <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
              {offering.sessions.map((s, i) => {
                const when = `${day(s.startsAt)} ${time(s.startsAt)}–${time(s.endsAt)}`;
                const place = localized(locale, s.venueZh ?? offering.venueZh, s.venueEn ?? offering.venueEn);
                return (
                  <li key={s.id} className="flex items-start justify-between gap-2 px-3 py-2">
                    <div className="min-w-0 text-sm">
                      <p className="font-medium text-slate-900">
                        <span className="text-slate-600">{t("studio.offerings.sessions.item", { n: i + 1 })} · </span>
                        <time dateTime={s.startsAt.toISOString()}>{when}</time>
                      </p>
                      <p className="break-words text-slate-700">
                        {[place, s.url || (!place && offering.onlineUrl) ? t("studio.offerings.sessions.online") : ""].filter(Boolean).join(" · ")}
                        {s._count.attendances > 0 && <span className="text-slate-600"> · {t("studio.offerings.sessions.attended", { count: s._count.attendances })}</span>}
                      </p>
                    </div>
                    {!cancelled && <RemoveSessionButton offeringId={offering.id} sessionId={s.id} n={i + 1} when={when} />}
                  </li>
                );
              })}
            </ol>
          )}
          {!cancelled && (
            <>
              <DetailsPanel className="group rounded-lg border border-slate-200 p-3" defaultOpen={offering.sessions.length === 0}>
                <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t("studio.offerings.sessions.series")}</summary>
                <p className="mb-3 text-sm text-slate-700">{t("studio.offerings.sessions.seriesIntro")}</p>
                <SessionSeriesForm offeringId={offering.id} defaultDate={nextDate} />
              </DetailsPanel>
              <details className="group rounded-lg border border-slate-200 p-3">
                <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-700">{t("studio.offerings.sessions.addOne")}</summary>
                <AddSessionForm offeringId={offering.id} defaultDate={nextDate} />
              </details>
            </>
          )}
        </section>

        {!cancelled && (
          <section aria-labelledby="cancel" className={`${card} border-rose-200`}>
            <h2 id="cancel" className="text-lg font-semibold text-rose-900">{t("studio.offerings.cancel.title")}</h2>
            <p className="text-sm text-slate-700">{t("studio.offerings.cancel.intro", { count: offering.live })}</p>
            <CancelOfferingForm offeringId={offering.id} live={offering.live} />
          </section>
        )}
      </StudioMessages>
    </>
  );
}
