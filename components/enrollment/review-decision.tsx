"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { decideAction } from "@/lib/enrollment/actions";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/enrollment/states";
import { DECISION_MESSAGE_MAX, decisionSchema, type DecisionInput } from "@/lib/enrollment/schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";

/** Approve, or reject with a reason code and a message the applicant will read. */
export function ReviewDecision({ enrollmentId, applicant }: { enrollmentId: string; applicant: string }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [rejecting, setRejecting] = useState(false);
  const [code, setCode] = useState<RejectionReason>(REJECTION_REASONS[0]);
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const decide = (decision: "approve" | "reject") => {
    if (decision === "approve" && !window.confirm(t("enrollment.review.confirmApprove", { name: applicant }))) return;
    startTransition(async () => {
      const input = decision === "approve" ? { enrollmentId, decision } : { enrollmentId, decision, reasonCode: code, message };
      // The same schema as the server's, so a missing reason is named before anything is sent.
      const checked = decisionSchema.safeParse(input);
      if (!checked.success) {
        setErrors(Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join("."), issue.message])));
        return;
      }
      const result = await decideAction(input as DecisionInput, locale).catch(() => null);
      if (!result) return setFormError(t("validation.failed"));
      if (!result.ok) {
        setErrors(result.fieldErrors);
        return setFormError(result.formError);
      }
      router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      <FormMessage error={formError} />
      {!rejecting ? (
        <div className="flex flex-wrap gap-2">
          <Button type="button" disabled={pending} onClick={() => decide("approve")} aria-label={`${t("enrollment.review.approve")}: ${applicant}`}>{t("enrollment.review.approve")}</Button>
          <Button type="button" variant="secondary" disabled={pending} onClick={() => setRejecting(true)} aria-label={`${t("enrollment.review.reject")}: ${applicant}`}>{t("enrollment.review.reject")}</Button>
        </div>
      ) : (
        <div className="space-y-3 rounded-lg border border-slate-200 p-3">
          <Field label={t("enrollment.review.reason")} error={errors.reasonCode}>
            {(c) => (
              <select {...c} value={code} onChange={(e) => setCode(e.target.value as RejectionReason)} className={inputClass}>
                {REJECTION_REASONS.map((r) => <option key={r} value={r}>{t(`enrollment.rejection.${r}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t("enrollment.review.message")} error={errors.message}>
            {(c) => <textarea {...c} value={message} onChange={(e) => setMessage(e.target.value)} rows={3} maxLength={DECISION_MESSAGE_MAX} className={inputClass} />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={pending} className="bg-red-700 hover:bg-red-800" onClick={() => decide("reject")}>{t("enrollment.review.confirmReject")}</Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => { setRejecting(false); setErrors({}); setFormError(undefined); }}>{t("enrollment.review.cancel")}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
