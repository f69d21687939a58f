import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { FormMessages } from "@/components/forms/client-messages";
import { SectionNav } from "@/components/accounts/section-nav";

// Layout only: every page under /admin checks who is asking itself (lib/auth/pages.ts).
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "admin" });
  const items = [
    { href: "/admin/enrollments", text: t("nav.enrollments") },
    { href: "/admin/institutions", text: t("nav.institutions") },
    { href: "/admin/users", text: t("nav.users") },
    { href: "/admin/audit", text: t("nav.audit") },
    { href: "/admin/outbox", text: t("nav.outbox") },
  ];
  return (
    <FormMessages>
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[12rem_1fr] md:py-10">
        <aside className="min-w-0 space-y-3">
          <p className="text-lg font-bold text-slate-900">{t("title")}</p>
          <SectionNav label={t("nav.label")} items={items} />
        </aside>
        <div className="min-w-0 space-y-5">{children}</div>
      </div>
    </FormMessages>
  );
}
