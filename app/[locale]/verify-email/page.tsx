import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { RedeemLinkPage, redeemLinkMetadata } from "@/components/accounts/redeem-link-page";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return redeemLinkMetadata((await params).locale, "verify");
}

export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <RedeemLinkPage locale={locale} purpose="verify" token={(await searchParams).token} />;
}
