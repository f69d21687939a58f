"use client";

import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("account");
  const locale = useLocale() as Locale;
  return (
    <Button type="button" variant="secondary" onClick={() => void signOut({ callbackUrl: localePath(locale, "/") })}>
      {t("signOut")}
    </Button>
  );
}
