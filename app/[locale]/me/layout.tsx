import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { FormMessages } from "@/components/forms/client-messages";
import { SectionNav } from "@/components/accounts/section-nav";
import { SignOutButton } from "@/components/accounts/sign-out-button";

// Layout only: every page under /me checks who is asking itself (lib/auth/pages.ts).
export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "account" });
  const actor = await getActor();
  const items = [
    { href: "/me/enrollments", text: t("nav.enrollments") },
    { href: "/me/notifications", text: t("nav.notifications") },
    { href: "/me/institutions", text: t("nav.institutions") },
    ...(actor && actor.memberships.length > 0 ? [{ href: "/studio", text: t("nav.studio") }] : []),
    { href: "/me", text: t("nav.profile") },
    { href: "/me/security", text: t("nav.security") },
    { href: "/me/tokens", text: t("nav.tokens") },
    { href: "/me/data", text: t("nav.data") },
    ...(can(actor, "bureau.review") ? [{ href: "/admin/enrollments", text: t("nav.admin") }] : []),
  ];
  return (
    <FormMessages>
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 md:grid-cols-[14rem_1fr] md:py-10">
        <aside className="min-w-0 space-y-3">
          <p className="text-lg font-bold text-slate-900">{t("title")}</p>
          <SectionNav label={t("nav.label")} items={items} />
          <div className="hidden md:block"><SignOutButton /></div>
        </aside>
        <div className="min-w-0 space-y-6">
          {children}
          <div className="md:hidden"><SignOutButton /></div>
        </div>
      </div>
    </FormMessages>
  );
}
