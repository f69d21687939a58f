import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { getActor } from "@/lib/auth/session";
import { safeNextPath } from "@/lib/auth/request";
import { privatePageMetadata } from "@/lib/auth/pages";
import { AuthCard } from "@/components/accounts/auth-card";
import { SignInForm } from "@/components/accounts/sign-in-form";
import { FormMessages } from "@/components/forms/client-messages";
import { FormMessage } from "@/components/forms/field";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string; notice?: string }> };
const NOTICES = ["passwordChanged", "verified", "emailChanged", "deleted", "signedOutEverywhere"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("auth.signIn.title"));
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, notice } = await searchParams;
  // Only paths on this site, never another site's address (no open redirect).
  const safeNext = safeNextPath(next);
  if (await getActor()) redirect(safeNext ?? localePath(locale, "/me"));
  const t = await getTranslations({ locale, namespace: "auth.signIn" });
  const known = NOTICES.find((n) => n === notice);
  return (
    <AuthCard title={t("title")} description={t("description")}>
      {known && <FormMessage success={t(`notices.${known}`)} />}
      <FormMessages>
        <SignInForm next={safeNext} />
      </FormMessages>
    </AuthCard>
  );
}
