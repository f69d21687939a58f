import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { FormMessages } from "@/components/forms/client-messages";
import { SectionNav } from "@/components/accounts/section-nav";

// Layout only: every page under /studio/{institution} checks who is asking itself (lib/studio/pages.ts).
export default async function StudioLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string; institution: string }> }) {
  const { locale, institution } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "studio" });
  const base = `/studio/${encodeURIComponent(institution)}`;
  const items = [
    { href: base, text: t("nav.overview") },
    { href: `${base}/staff`, text: t("nav.staff") },
  ];
  return (
    <FormMessages>
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[12rem_1fr] md:py-10">
        <aside className="min-w-0 space-y-3">
          <p className="text-lg font-bold text-slate-900">{t("title")}</p>
          <SectionNav label={t("nav.label")} items={items} />
        </aside>
        <div className="min-w-0 space-y-6">{children}</div>
      </div>
    </FormMessages>
  );
}
