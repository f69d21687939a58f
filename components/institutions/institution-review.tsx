"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { reviewInstitutionAction } from "@/lib/institutions/actions";
import { institutionReviewSchema, type InstitutionReviewInput } from "@/lib/institutions/schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";

/** Verify an application, or send it back or refuse it with a message the applicant reads. */
export function InstitutionReview({ institutionId, name }: { institutionId: string; name: string }) {
  const t = useTranslations("institutions.join.review");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [writing, setWriting] = useState<"request-changes" | "reject" | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<string>();
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const send = (input: InstitutionReviewInput) => {
    const checked = institutionReviewSchema.safeParse(input);
    if (!checked.success) return setError(checked.error.issues[0]?.message);
    if (input.decision === "verify" && !window.confirm(t("confirmVerify", { name }))) return;
    startTransition(async () => {
      const result = await reviewInstitutionAction(input, locale).catch(() => null);
      if (!result) return setFormError(tv("failed"));
      if (!result.ok) {
        setError(result.fieldErrors.message);
        return setFormError(result.formError);
      }
      router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      <FormMessage error={formError} />
      {writing === null ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" disabled={pending} onClick={() => send({ institutionId, decision: "verify" })} aria-label={`${t("verify")}: ${name}`}>{t("verify")}</Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setWriting("request-changes")} aria-label={`${t("requestChanges")}: ${name}`}>{t("requestChanges")}</Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setWriting("reject")} aria-label={`${t("reject")}: ${name}`}>{t("reject")}</Button>
        </div>
      ) : (
        <div className="space-y-3 rounded-lg border border-slate-200 p-3">
          <Field label={t("message")} error={error}>
            {(c) => <textarea {...c} value={message} onChange={(e) => setMessage(e.target.value)} rows={3} maxLength={1000} className={inputClass} />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={pending} className={writing === "reject" ? "bg-red-700 hover:bg-red-800" : undefined} onClick={() => send({ institutionId, decision: writing, message })}>
              {t(writing === "reject" ? "confirmReject" : "confirmRequest")}
            </Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => { setWriting(null); setError(undefined); setFormError(undefined); }}>{t("cancel")}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
