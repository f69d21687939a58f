import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { codeKey } from "@/lib/i18n/code-key";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { InstitutionListItem } from "@/lib/institutions/queries";
import { Badge } from "@/components/ui/badge";
import { InstitutionPlace } from "./institution-place";

export async function InstitutionCard({ institution: i }: { institution: InstitutionListItem }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  return (
    <li className="relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-200 hover:shadow">
      <div className="flex flex-wrap gap-1.5">
        <Badge tone="success">{t(codeKey("institutionStatus", i.status))}</Badge>
      </div>
      <h3 className="mt-2 font-semibold leading-snug">
        <Link href={`/institutions/${i.slug}`} className="after:absolute after:inset-0 after:rounded-xl hover:text-brand-800">
          {localized(locale, i.nameZh, i.nameEn)}
        </Link>
      </h3>
      <p className="text-sm text-slate-600"><InstitutionPlace district={i.district} country={i.country} /></p>
      <p className="mt-2 line-clamp-3 text-sm text-slate-700">{localized(locale, i.summaryZh, i.summaryEn)}</p>
      <p className="mt-auto pt-3 text-sm font-medium text-brand-700">{t("institutions.programmes", { count: i.programmeCount })}</p>
    </li>
  );
}
