import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata } from "@/lib/auth/pages";
import { FormMessages } from "@/components/forms/client-messages";
import { FormMessage } from "@/components/forms/field";
import { AuthCard } from "./auth-card";
import { RedeemLinkForm } from "./redeem-link-form";

type Purpose = "verify" | "confirmEmail";

export async function redeemLinkMetadata(locale: Locale, purpose: Purpose) {
  return privatePageMetadata((await getTranslations({ locale }))(`auth.${purpose}.title`));
}

/** The page an emailed link (verify email, confirm a new email) opens. */
export async function RedeemLinkPage({ locale, purpose, token }: { locale: Locale; purpose: Purpose; token: unknown }) {
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <AuthCard title={t(`${purpose}.title`)} description={t(`${purpose}.description`)}>
      {typeof token === "string" && token ? (
        <FormMessages>
          <RedeemLinkForm token={token} purpose={purpose} />
        </FormMessages>
      ) : (
        <FormMessage error={t("missingToken")} />
      )}
    </AuthCard>
  );
}
