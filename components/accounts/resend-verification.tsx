"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { resendVerificationAction } from "@/lib/accounts/actions";
import { Button } from "@/components/ui/button";

export function ResendVerification({ email }: { email: string }) {
  const t = useTranslations("account.unverified");
  const failed = useTranslations("validation");
  const locale = useLocale();
  const [outcome, setOutcome] = useState<{ ok: boolean; text?: string }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p>{t("text", { email })}</p>
      {outcome?.ok ? (
        <p role="status" className="font-medium">{t("sent")}</p>
      ) : (
        <>
          {outcome?.text && <p role="alert" className="font-medium text-red-800">{outcome.text}</p>}
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => startTransition(async () => {
              const result = await resendVerificationAction(undefined, locale).catch(() => null);
              setOutcome(result?.ok ? { ok: true } : { ok: false, text: result?.formError ?? failed("failed") });
            })}
          >
            {t("resend")}
          </Button>
        </>
      )}
    </div>
  );
}
