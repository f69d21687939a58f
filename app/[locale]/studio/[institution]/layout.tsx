import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SectionLayout } from "@/components/layout/section-layout";

// Layout only: every page under /studio/{institution} checks who is asking itself (lib/studio/pages.ts).
export default async function StudioLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; institution: string }> }) {
  const { locale, institution } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "studio" });
  const base = `/studio/${encodeURIComponent(institution)}`;
  const items = [
    { href: base, text: t("nav.overview") },
    { href: `${base}/staff`, text: t("nav.staff") },
  ];
  return <SectionLayout title={t("title")} navLabel={t("nav.label")} items={items}>{children}</SectionLayout>;
}
