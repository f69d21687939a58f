import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { PRIVACY_NOTICE_VERSION } from "@/lib/accounts/codes";
import { pageMetadata } from "@/lib/seo";

type Props = { params: Promise<{ locale: Locale }> };
const SECTIONS = ["collect", "use", "access", "retention", "rights"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: "/privacy", title: t("privacy.title"), description: t("privacy.sections.use.text"), siteName: t("site.name") });
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <article className="mx-auto max-w-3xl space-y-6 px-4 py-8 sm:py-12">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-slate-900">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
      </header>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`privacy-${section}`} className="space-y-2">
          <h2 id={`privacy-${section}`} className="text-xl font-semibold text-slate-900">{t(`sections.${section}.title`)}</h2>
          <p className="leading-relaxed text-slate-800">{t(`sections.${section}.text`)}</p>
        </section>
      ))}
    </article>
  );
}
