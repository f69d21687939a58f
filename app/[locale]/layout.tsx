import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";
import { getActor } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { countUnread } from "@/lib/notifications/queries";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";

// Every page reads live data (seats, windows), so nothing is rendered at build time.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1a4fb0" };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("name"), template: `%s | ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
    formatDetection: { telephone: false },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const [t, actor] = await Promise.all([getTranslations("nav"), getActor()]);
  const account = actor ? { name: actor.name, unread: await countUnread(actor.id), admin: can(actor, "bureau.review") } : null;
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        {/* Client components need only these texts (navigation, error page, catalogue sort). */}
        <NextIntlClientProvider messages={{ nav: messages.nav, error: messages.error, catalogue: messages.catalogue }}>
          <SiteHeader account={account} />
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter icpFiling={env.ICP_FILING} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
