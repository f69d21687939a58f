"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { applyAction } from "@/lib/enrollment/actions";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";

/** Applies to one offering and says what happened (confirmed, waitlisted at position N, submitted). */
export function ApplyButton({ offeringId, label }: { offeringId: string; label: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="mt-3 space-y-2">
      <FormMessage error={message && !message.ok ? message.text : undefined} success={message?.ok ? message.text : undefined} />
      {message?.ok && <Link href="/me/enrollments" className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">{t("enrollment.apply.view")}</Link>}
      {!message?.ok && (
        <Button
          type="button"
          disabled={pending}
          onClick={() => startTransition(async () => {
            const result = await applyAction({ offeringId }, locale).catch(() => null);
            if (!result) return setMessage({ ok: false, text: t("validation.failed") });
            if (!result.ok) return setMessage({ ok: false, text: result.formError ?? "" });
            const { state, position } = result.data;
            // No refresh: the page would swap this message for the "your application" badge before it is read.
            setMessage({ ok: true, text: state === "waitlisted" ? t("enrollment.result.waitlisted", { position: position ?? 0 }) : state === "confirmed" ? t("enrollment.result.confirmed") : t("enrollment.result.submitted") });
          })}
        >
          {pending ? t("auth.working") : label}
        </Button>
      )}
    </div>
  );
}
