import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata } from "@/lib/auth/pages";
import { AuthCard } from "@/components/accounts/auth-card";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { FormMessages } from "@/components/forms/client-messages";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("auth.reset.title"));
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthCard title={t("reset.title")} description={t("reset.description")}>
      {typeof token === "string" && token ? (
        <FormMessages>
          <ResetPasswordForm token={token} />
        </FormMessages>
      ) : (
        <FormMessage error={t("missingToken")} />
      )}
    </AuthCard>
  );
}
