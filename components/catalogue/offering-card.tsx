import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChevronDown, MapPin, MonitorPlay } from "lucide-react";
import { localized } from "@/lib/i18n/localized";
import { dayFormat, timeFormat } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/routing";
import type { ProgrammeDetail } from "@/lib/catalogue/queries";
import { enrollmentWindowState, hasEnded, seatsLeft } from "@/lib/catalogue/window";
import type { ReactNode } from "react";
import { WindowBadge } from "./window-badge";

type Offering = ProgrammeDetail["offerings"][number];

/**
 * One offering: its dates, enrolment window and its state, places left, and every session.
 * Cancelled and past offerings show only their dates (and why a cancelled one was cancelled).
 */
export async function OfferingCard({ offering, kind, now, enrolment }: { offering: Offering; kind: string; now: Date; enrolment?: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("programme");
  const format = await getFormatter();
  const tz = offering.timeZone;
  const day = (d: Date) => format.dateTime(d, dayFormat(tz));
  const time = (d: Date) => format.dateTime(d, timeFormat(tz));
  const sameDay = day(offering.startsAt) === day(offering.endsAt);
  const left = seatsLeft(offering);
  const cancelled = offering.status === "cancelled";
  const live = !cancelled && !hasEnded(offering, now);
  const state = enrollmentWindowState(offering, now);
  // The window never stays open past the first session (window.ts), so show that moment.
  const closesAt = state.kind === "open" || state.kind === "full" ? state.closesAt : offering.closesAt;
  const reason = localized(locale, offering.cancelReasonZh, offering.cancelReasonEn);
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          {sameDay ? day(offering.startsAt) : t("offeringDates", { start: day(offering.startsAt), end: day(offering.endsAt) })}
        </h3>
        <WindowBadge offering={offering} now={now} timeZone={tz} />
      </div>
      {cancelled && reason ? (
        <p className="mt-2 text-sm text-rose-800">
          {t("cancelReason")}
          {reason}
        </p>
      ) : null}
      {live ? (
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-600">{t("window")}</dt>
          <dd>{t("windowRange", { opens: day(offering.opensAt), closes: `${day(closesAt)} ${time(closesAt)}` })}</dd>
          <dt className="text-slate-600">{t("capacity")}</dt>
          <dd>{left === null ? t("unlimited") : t("seatsLeft", { left, capacity: offering.capacity ?? 0 })}</dd>
        </dl>
      ) : null}
      {live ? enrolment : null}
      <details className="group mt-3 text-sm" open={live && offering.sessions.length <= 3}>
        <summary className="flex min-h-9 cursor-pointer list-none items-center gap-1 font-medium text-brand-700 [&::-webkit-details-marker]:hidden">
          {t("sessions", { kind, count: offering.sessions.length })}
          <ChevronDown aria-hidden="true" className="size-4 transition group-open:rotate-180" />
        </summary>
        <ol className="mt-2 space-y-2">
          {offering.sessions.map((s, i) => (
            <li key={s.id} className="rounded-lg bg-slate-50 px-3 py-2">
              <p className="font-medium">
                <span className="text-slate-600">{t("sessionName", { kind, n: i + 1 })} · </span>
                <time dateTime={s.startsAt.toISOString()}>{day(s.startsAt)} {time(s.startsAt)}</time>–<time dateTime={s.endsAt.toISOString()}>{time(s.endsAt)}</time>
              </p>
              {s.url ? (
                // The link itself is for confirmed participants (enrolment issue), not the public page.
                <p className="flex items-start gap-1.5 text-slate-700">
                  <MonitorPlay aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
                  {t("onlineAfterEnrolment")}
                </p>
              ) : s.venueZh || s.venueEn ? (
                <p className="flex items-start gap-1.5 text-slate-700">
                  <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
                  <span className="sr-only">{t("venue")}: </span>
                  {localized(locale, s.venueZh, s.venueEn)}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
