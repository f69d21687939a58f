import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { getActor } from "@/lib/auth/session";
import { pageMetadata } from "@/lib/seo";
import { AuthCard } from "@/components/accounts/auth-card";
import { SignUpForm } from "@/components/accounts/sign-up-form";
import { FormMessages } from "@/components/forms/client-messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  return pageMetadata({ locale, path: "/sign-up", title: t("auth.signUp.title"), description: t("auth.signUp.description"), siteName: t("site.name") });
}

export default async function SignUpPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getActor()) redirect(localePath(locale, "/me"));
  const t = await getTranslations({ locale, namespace: "auth.signUp" });
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <FormMessages>
        <SignUpForm />
      </FormMessages>
    </AuthCard>
  );
}
