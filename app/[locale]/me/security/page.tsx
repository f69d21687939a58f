import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { ChangeEmailForm, ChangePasswordForm, SignOutEverywhereButton } from "@/components/accounts/security-forms";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("account.security.title"));
}

export default async function SecurityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me/security");
  const t = await getTranslations({ locale, namespace: "account.security" });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
      <section aria-labelledby="password-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="password-heading" className="text-lg font-semibold text-slate-900">{t("passwordTitle")}</h2>
        <p className="text-sm text-slate-700">{t("passwordNote")}</p>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="email-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="email-heading" className="text-lg font-semibold text-slate-900">{t("emailTitle")}</h2>
        <p className="text-sm text-slate-700">{t("currentEmail", { email: actor.email })} {t("emailNote")}</p>
        <ChangeEmailForm />
      </section>
      <section aria-labelledby="everywhere-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <h2 id="everywhere-heading" className="text-lg font-semibold text-slate-900">{t("everywhereTitle")}</h2>
        <p className="text-sm text-slate-700">{t("everywhereNote")}</p>
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
