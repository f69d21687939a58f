import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata } from "@/lib/auth/pages";
import { AuthCard } from "@/components/accounts/auth-card";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { FormMessages } from "@/components/forms/client-messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("auth.forgot.title"));
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth.forgot" });
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <FormMessages>
        <ForgotPasswordForm />
      </FormMessages>
    </AuthCard>
  );
}
