import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/seo";
import { findInstitutions } from "@/lib/institutions/queries";
import { InstitutionCard } from "@/components/institutions/institution-card";
import { codeKey } from "@/lib/i18n/code-key";
import { groupByKind } from "@/lib/institutions/group";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: "/institutions", title: t("institutions.title"), description: t("institutions.description"), siteName: t("site.name") });
}

export default async function InstitutionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("institutions");
  const tKinds = await getTranslations();
  const institutions = await findInstitutions(locale);
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold">{t("heading")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("description")}</p>
      {groupByKind(institutions).map(([kind, members]) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
          <h2 id={`kind-${kind}`} className="text-lg font-semibold">{tKinds(codeKey("institutionKind", kind))}</h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {members.map((i) => <InstitutionCard key={i.slug} institution={i} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}
