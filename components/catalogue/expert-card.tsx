import { getLocale } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/i18n/names";

type Expert = { nameZh: string; nameEn: string; affiliationZh: string; affiliationEn: string; country: string; bioZh: string; bioEn: string };

export async function ExpertCard({ expert }: { expert: Expert }) {
  const locale = (await getLocale()) as Locale;
  const country = countryName(locale, expert.country);
  const name = localized(locale, expert.nameZh, expert.nameEn);
  const other = locale === "en" ? expert.nameZh : expert.nameEn;
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="font-semibold">
        {name}
        {other && other !== name ? <span className="ms-2 text-sm font-normal text-slate-600" lang={locale === "en" ? "zh-CN" : "en"}>{other}</span> : null}
      </h3>
      <p className="text-sm text-slate-600">
        {localized(locale, expert.affiliationZh, expert.affiliationEn)} · {country}
      </p>
      <p className="mt-2 text-sm text-slate-800">{localized(locale, expert.bioZh, expert.bioEn)}</p>
    </li>
  );
}
