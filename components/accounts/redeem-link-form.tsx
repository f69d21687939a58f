"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { confirmEmailAction, verifyEmailAction } from "@/lib/accounts/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";

/**
 * The page an emailed link opens: a button, not an automatic change, because mail scanners open
 * links on their own and would use them up.
 */
export function RedeemLinkForm({ token, purpose }: { token: string; purpose: "verify" | "confirmEmail" }) {
  const t = useTranslations("auth");
  const locale = useLocale() as Locale;
  const [failed, setFailed] = useState(false);
  const [pending, startTransition] = useTransition();
  const redeem = () =>
    startTransition(async () => {
      const result = await (purpose === "verify" ? verifyEmailAction({ token }, locale) : confirmEmailAction({ token }, locale)).catch(() => null);
      if (!result?.ok) return setFailed(true);
      window.location.assign(`${localePath(locale, "/sign-in")}?notice=${purpose === "verify" ? "verified" : "emailChanged"}`);
    });
  return (
    <div className="space-y-4">
      <FormMessage error={failed ? t(`${purpose}.invalid`) : undefined} />
      {!failed && (
        <Button type="button" onClick={redeem} disabled={pending} className="w-full">
          {pending ? t("working") : t(`${purpose}.submit`)}
        </Button>
      )}
    </div>
  );
}
