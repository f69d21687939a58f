"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { leaveInstitutionAction } from "@/lib/staff/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";

/** A member leaves the institution; the last owner is refused by the server, and told why. */
export function LeaveInstitution({ institutionId }: { institutionId: string }) {
  const t = useTranslations("studio.staff");
  const failed = useTranslations("validation")("failed");
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const leave = () => {
    if (!window.confirm(t("leave.confirm"))) return;
    startTransition(async () => {
      setError(undefined);
      const result = await leaveInstitutionAction({ institutionId }, locale).catch(() => null);
      // The workspace is no longer theirs: a full navigation, so every part of the page sees it.
      if (result?.ok) window.location.assign(localePath(locale, "/studio"));
      else setError(result?.formError ?? failed);
    });
  };
  return (
    <div className="space-y-3">
      <FormMessage error={error} />
      <Button type="button" variant="secondary" disabled={pending} onClick={leave} className="text-rose-700">{t("leave.button")}</Button>
    </div>
  );
}
