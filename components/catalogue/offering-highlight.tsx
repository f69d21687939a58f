import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { OfferingHighlight as OfferingHighlightData } from "@/lib/catalogue/queries";
import { WindowBadge } from "./window-badge";
import { monthDayFormat, timeFormat } from "@/lib/i18n/formats";

/** One offering in a home-page list: date, title, who gives it or where, and its window. */
export async function OfferingHighlight({ offering, now, show }: { offering: OfferingHighlightData; now: Date; show: "start" | "closes" }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const format = await getFormatter();
  const p = offering.programme;
  const when = show === "start" ? offering.startsAt : offering.closesAt;
  const experts = p.experts.map((e) => localized(locale, e.expert.nameZh, e.expert.nameEn)).join(locale === "en" ? ", " : "、");
  const venue = offering.sessions[0];
  // A session's own place, else the offering's (only whether it meets online: links are for participants).
  const where = venue?.url || offering.mode === "online" ? t("mode.online") : localized(locale, venue?.venueZh ?? offering.venueZh, venue?.venueEn ?? offering.venueEn);
  return (
    <li className="relative flex gap-4 rounded-xl border border-slate-200 bg-white p-4">
      <time
        dateTime={when.toISOString()}
        className="flex w-20 shrink-0 flex-col items-center justify-center gap-0.5 whitespace-nowrap rounded-lg bg-brand-50 px-1 py-2 text-center text-brand-800"
      >
        <span className="text-xs">{t(show === "start" ? "home.startsLabel" : "home.closesLabel")}</span>
        <span className="text-sm font-semibold leading-tight">{format.dateTime(when, monthDayFormat(offering.timeZone))}</span>
      </time>
      <div className="min-w-0 flex-1">
        <h3 className="font-medium leading-snug text-slate-900">
          <Link href={`/programmes/${p.slug}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
            {localized(locale, p.titleZh, p.titleEn)}
          </Link>
        </h3>
        <p className="mt-1 truncate text-sm text-slate-600">
          {p.kind === "lecture" && experts ? experts : localized(locale, p.institution.nameZh, p.institution.nameEn)}
        </p>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
          {show === "start" ? (
            <span>
              {format.dateTime(offering.startsAt, timeFormat(offering.timeZone))}
              {where ? ` · ${where}` : ""}
            </span>
          ) : null}
          <WindowBadge offering={offering} now={now} timeZone={offering.timeZone} />
        </p>
      </div>
    </li>
  );
}
