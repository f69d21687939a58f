import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { ProgrammeDetail } from "@/lib/catalogue/queries";
import { seatsLeft } from "@/lib/catalogue/window";
import { safeHttpUrl } from "@/lib/ui/safe-url";
import { WindowBadge } from "./window-badge";

type Offering = ProgrammeDetail["offerings"][number];

/** One offering: its dates, enrollment window and its state, places left, and every session. */
export async function OfferingCard({ offering, now }: { offering: Offering; now: Date }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("programme");
  const format = await getFormatter();
  const tz = offering.timeZone;
  const day = (d: Date) => format.dateTime(d, { year: "numeric", month: "short", day: "numeric", weekday: "short", timeZone: tz });
  const time = (d: Date) => format.dateTime(d, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: tz });
  const sameDay = day(offering.startsAt) === day(offering.endsAt);
  const left = seatsLeft(offering);
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-semibold">
          {sameDay ? day(offering.startsAt) : t("offeringDates", { start: day(offering.startsAt), end: day(offering.endsAt) })}
        </h3>
        <WindowBadge offering={offering} now={now} timeZone={tz} />
      </div>
      {offering.status === "cancelled" && offering.cancelReason ? (
        <p className="mt-2 text-sm text-rose-800">{t("cancelReason", { reason: offering.cancelReason })}</p>
      ) : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-600">{t("window")}</dt>
        <dd>{t("windowRange", { opens: day(offering.opensAt), closes: `${day(offering.closesAt)} ${time(offering.closesAt)}` })}</dd>
        <dt className="text-slate-600">{t("capacity")}</dt>
        <dd>{left === null ? t("unlimited") : t("seatsLeft", { left, capacity: offering.capacity ?? 0 })}</dd>
      </dl>
      <details className="mt-3 text-sm" open={offering.sessions.length <= 3}>
        <summary className="inline-flex min-h-9 cursor-pointer items-center font-medium text-brand-700">
          {t("sessions", { count: offering.sessions.length })}
        </summary>
        <ol className="mt-2 space-y-2">
          {offering.sessions.map((s, i) => (
            <li key={s.id} className="rounded-lg bg-slate-50 px-3 py-2">
              <p className="font-medium">
                <span className="text-slate-600">{t("sessionLabel", { n: i + 1 })}</span>
                <time dateTime={s.startsAt.toISOString()}>{day(s.startsAt)} {time(s.startsAt)}</time>–<time dateTime={s.endsAt.toISOString()}>{time(s.endsAt)}</time>
              </p>
              {safeHttpUrl(s.url) ? (
                <p className="text-slate-700">
                  {t("onlineLine")}
                  <a href={safeHttpUrl(s.url)!} rel="noopener noreferrer" className="break-all text-brand-700 underline">{s.url}</a>
                </p>
              ) : s.venueZh || s.venueEn ? (
                <p className="text-slate-700">{t("venueLine", { venue: localized(locale, s.venueZh, s.venueEn) })}</p>
              ) : null}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}
