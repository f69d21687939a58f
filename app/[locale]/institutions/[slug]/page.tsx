import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/seo";
import { findInstitutionBySlug } from "@/lib/institutions/queries";
import { InstitutionView } from "@/components/institutions/institution-view";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const institution = await findInstitutionBySlug(slug);
  if (!institution) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({
    locale,
    path: `/institutions/${institution.slug}`,
    title: localized(locale, institution.nameZh, institution.nameEn),
    description: localized(locale, institution.summaryZh, institution.summaryEn),
    siteName: t("name"),
  });
}

export default async function InstitutionPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const institution = await findInstitutionBySlug(slug);
  if (!institution) notFound();
  return <InstitutionView institution={institution} now={new Date()} />;
}
