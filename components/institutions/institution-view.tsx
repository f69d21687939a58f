import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { codeKey } from "@/lib/i18n/code-key";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { InstitutionDetail } from "@/lib/institutions/queries";
import { safeHttpUrl } from "@/lib/ui/safe-url";
import { Badge } from "@/components/ui/badge";
import { ProgrammeCard } from "@/components/catalogue/programme-card";
import { InstitutionPlace } from "./institution-place";

export async function InstitutionView({ institution: i, now }: { institution: InstitutionDetail; now: Date }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const otherName = locale === "en" ? i.nameZh : i.nameEn;
  const website = safeHttpUrl(i.website);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <nav aria-label={t("programme.breadcrumb")} className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li><Link href="/" className="hover:underline">{t("nav.home")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href="/institutions" className="hover:underline">{t("nav.institutions")}</Link></li>
        </ol>
      </nav>
      <header className="mt-3">
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="brand">{t(codeKey("institutionKind", i.kind))}</Badge>
          <Badge tone="success">{t(codeKey("institutionStatus", i.status))}</Badge>
        </div>
        <h1 className="mt-2 text-2xl font-bold sm:text-3xl">{localized(locale, i.nameZh, i.nameEn)}</h1>
        {otherName ? <p className="text-slate-600" lang={locale === "en" ? "zh-CN" : "en"}>{otherName}</p> : null}
        <p className="mt-3 max-w-3xl text-slate-800">{localized(locale, i.summaryZh, i.summaryEn)}</p>
        <dl className="mt-4 grid max-w-xl grid-cols-[8rem_1fr] gap-y-1 text-sm">
          <dt className="text-slate-600">{i.country === "CN" ? t("institutions.district") : t("institutions.country")}</dt>
          <dd><InstitutionPlace district={i.district} country={i.country} /></dd>
          {website ? (
            <>
              <dt className="text-slate-600">{t("institutions.website")}</dt>
              <dd><a href={website} rel="noopener noreferrer" className="break-all text-brand-700 underline">{website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a></dd>
            </>
          ) : null}
        </dl>
      </header>
      <section aria-labelledby="programmes-heading" className="mt-8">
        <h2 id="programmes-heading" className="text-lg font-semibold">{t("institutions.programmesHeading")}</h2>
        {i.programmes.length ? (
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {i.programmes.map((p) => <li key={p.id}><ProgrammeCard programme={p} now={now} /></li>)}
          </ul>
        ) : (
          <p className="mt-3 text-slate-600">{t("institutions.noProgrammes")}</p>
        )}
      </section>
    </div>
  );
}
