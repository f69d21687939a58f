import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChevronDown, MapPin, MonitorPlay } from "lucide-react";
import { localized } from "@/lib/i18n/localized";
import { dayFormat, timeFormat } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/routing";
import type { ProgrammeDetail } from "@/lib/catalogue/queries";
import { enrollmentWindowState, hasEnded, seatsLeft } from "@/lib/catalogue/window";
import type { ReactNode } from "react";
import { codeKey } from "@/lib/i18n/code-key";
import { WindowBadge } from "./window-badge";
import { Fee } from "./fee";

type Offering = ProgrammeDetail["offerings"][number];

/** The online links of an offering where the reader holds a confirmed place: its own, and sessions' own by session id. */
export interface ParticipantLinks { onlineUrl: string | null; sessions: Map<string, string> }

function OnlineLink({ url, label }: { url: string; label: string }) {
  return (
    <a href={url} rel="noopener noreferrer" className="font-medium break-all text-brand-700 underline underline-offset-2">
      <span className="sr-only">{label}: </span>{url}
    </a>
  );
}

/**
 * One offering: its dates, enrolment window and its state, places left, what it sets apart from
 * its programme (fee, mode, admission, venue), and every session. Online links only for people
 * with a confirmed place (`links`). Cancelled and past offerings show only their dates (and why a
 * cancelled one was cancelled).
 */
export async function OfferingCard({ offering, programme, now, enrolment, links }: {
  offering: Offering; programme: Pick<ProgrammeDetail, "kind" | "feeYuan" | "mode" | "admission">; now: Date; enrolment?: ReactNode; links?: ParticipantLinks;
}) {
  const kind = programme.kind;
  const tAll = await getTranslations();
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
  const venue = localized(locale, offering.venueZh, offering.venueEn);
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
          {offering.feeYuan !== null && offering.feeYuan !== programme.feeYuan ? (
            <>
              <dt className="text-slate-600">{t("fee")}</dt>
              <dd><Fee yuan={offering.feeYuan} perYear={kind === "degree"} /></dd>
            </>
          ) : null}
          {offering.mode && offering.mode !== programme.mode ? (
            <>
              <dt className="text-slate-600">{t("mode")}</dt>
              <dd>{tAll(codeKey("mode", offering.mode))}</dd>
            </>
          ) : null}
          {offering.admission && offering.admission !== programme.admission ? (
            <>
              <dt className="text-slate-600">{t("admission")}</dt>
              <dd>{tAll(codeKey("admission", offering.admission))}</dd>
            </>
          ) : null}
          {venue ? (
            <>
              <dt className="text-slate-600">{t("venue")}</dt>
              <dd className="break-words">{venue}</dd>
            </>
          ) : null}
          {links?.onlineUrl ? (
            <>
              <dt className="text-slate-600">{t("onlineLink")}</dt>
              <dd><OnlineLink url={links.onlineUrl} label={t("onlineLink")} /></dd>
            </>
          ) : null}
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
              {s.venueZh || s.venueEn ? (
                <p className="flex items-start gap-1.5 text-slate-700">
                  <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
                  <span className="sr-only">{t("venue")}: </span>
                  {localized(locale, s.venueZh, s.venueEn)}
                </p>
              ) : null}
              {s.online ? (
                // The link itself is for confirmed participants only (lib/offerings/links.ts); others learn that it meets online.
                <p className="flex min-w-0 items-start gap-1.5 text-slate-700">
                  <MonitorPlay aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-slate-500" />
                  {links && (links.sessions.get(s.id) ?? links.onlineUrl) ? (
                    <OnlineLink url={(links.sessions.get(s.id) ?? links.onlineUrl)!} label={t("onlineLink")} />
                  ) : (
                    t("onlineAfterEnrolment")
                  )}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
