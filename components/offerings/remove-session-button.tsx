"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { removeSessionAction } from "@/lib/offerings/actions";
import { Button } from "@/components/ui/button";

/** Removes one session after a confirmation naming it; the server refuses one where people were checked in. */
export function RemoveSessionButton({ offeringId, sessionId, n, when }: { offeringId: string; sessionId: string; n: number; when: string }) {
  const locale = useLocale();
  const router = useRouter();
  const t = useTranslations("studio.offerings.sessions");
  const tv = useTranslations("validation");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const remove = () => {
    if (!window.confirm(t("removeConfirm", { n, when }))) return;
    setError(undefined);
    startTransition(async () => {
      const result = await removeSessionAction({ offeringId, sessionId }, locale).catch(() => null);
      if (!result) return setError(tv("failed"));
      if (!result.ok) return setError(result.formError ?? Object.values(result.fieldErrors)[0]);
      router.refresh();
    });
  };
  return (
    <div className="flex flex-col items-end gap-1">
      <Button type="button" variant="ghost" disabled={pending} onClick={remove} aria-label={t("removeLabel", { n, when })} className="text-red-700 hover:bg-red-50">{t("remove")}</Button>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
    </div>
  );
}
