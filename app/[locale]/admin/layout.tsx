import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { SectionLayout } from "@/components/layout/section-layout";

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
  return <SectionLayout title={t("title")} navLabel={t("nav.label")} items={items}>{children}</SectionLayout>;
}
