"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { enrollmentAction } from "@/lib/enrollment/actions";
import type { SelfTransition } from "@/lib/enrollment/states";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";

/** The one-click actions an enrollment's state allows, each confirmed first when it gives something up. */
export function EnrollmentActions({ enrollmentId, actions, waitlisted }: { enrollmentId: string; actions: SelfTransition[]; waitlisted: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  if (!actions.length) return null;
  const label = (a: SelfTransition) => (a === "withdraw" && waitlisted ? t("enrollment.actions.leaveWaitlist") : t(`enrollment.actions.${a}`));
  const confirmText = (a: SelfTransition) =>
    a === "accept" ? null : a === "decline" ? t("enrollment.confirm.decline") : waitlisted ? t("enrollment.confirm.leaveWaitlist") : t("enrollment.confirm.withdraw");
  const run = (a: SelfTransition) => {
    const question = confirmText(a);
    if (question && !window.confirm(question)) return;
    startTransition(async () => {
      const result = await enrollmentAction({ enrollmentId, action: a }, locale).catch(() => null);
      if (!result?.ok) return setError(result?.formError ?? t("validation.failed"));
      setError(undefined);
      router.refresh();
    });
  };
  return (
    <div className="space-y-2">
      <FormMessage error={error} />
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <Button key={a} type="button" variant={a === "accept" ? "primary" : "secondary"} disabled={pending} onClick={() => run(a)}>
            {label(a)}
          </Button>
        ))}
      </div>
    </div>
  );
}
