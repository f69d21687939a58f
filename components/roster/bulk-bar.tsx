"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { bulkAction } from "@/lib/roster/actions";
import { BULK_MAX, bulkActionSchema, type BulkActionName } from "@/lib/roster/schema";
import type { BulkSummary } from "@/lib/roster/mutations";
import { REJECTION_REASONS, type RejectionReason } from "@/lib/enrollment/states";
import { DECISION_MESSAGE_MAX } from "@/lib/enrollment/schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { SelectAll, useSelection } from "./selection";

type Translate = ReturnType<typeof useTranslations<"studio.applicants">>;

/** What a bulk action did, in words: "8 approved and confirmed; 1 was already decided". */
export function summaryText(t: Translate, s: BulkSummary): string {
  const parts: string[] = [];
  if (s.action === "approve") {
    if (s.states.confirmed) parts.push(t("result.confirmed", { count: s.states.confirmed }));
    if (s.states.waitlisted) parts.push(t("result.waitlisted", { count: s.states.waitlisted }));
  } else if (s.done) parts.push(t(`result.${s.action}`, { count: s.done }));
  if (s.notAllowed) parts.push(t(s.action === "approve" || s.action === "reject" ? "result.alreadyDecided" : "result.notConfirmed", { count: s.notAllowed }));
  if (s.conflict) parts.push(t("result.conflict", { count: s.conflict }));
  if (s.notFound) parts.push(t("result.notFound", { count: s.notFound }));
  return parts.length ? parts.join(t("result.separator")) : t("result.nothingDone");
}

/**
 * Acts on the applicants selected on this page: the actions offered are the ones the person may
 * take (deciding for reviewers; completion and no-show for the staff running a started offering).
 */
export function BulkBar({ offeringId, actions }: { offeringId: string; actions: BulkActionName[] }) {
  const t = useTranslations("studio.applicants");
  const te = useTranslations("enrollment");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const { selected, clear } = useSelection();
  const [action, setAction] = useState<BulkActionName>(actions[0]!);
  const [reasonCode, setReasonCode] = useState<RejectionReason>(REJECTION_REASONS[0]);
  const [message, setMessage] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [summary, setSummary] = useState<string>();
  const [pending, startTransition] = useTransition();
  const count = selected.size;

  const submit = () => {
    setErrors({});
    setFormError(undefined);
    setSummary(undefined);
    if (count === 0) return setFormError(t("bulk.nothing"));
    if (count > BULK_MAX) return setFormError(t("bulk.limit", { limit: BULK_MAX }));
    const input = action === "reject"
      ? { offeringId, enrollmentIds: [...selected], action, reasonCode, message }
      : { offeringId, enrollmentIds: [...selected], action };
    const checked = bulkActionSchema.safeParse(input);
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join("."), issue.message])));
      return;
    }
    if (!window.confirm(t("bulk.confirm", { count }))) return;
    startTransition(async () => {
      const result = await bulkAction(input, locale).catch(() => null);
      if (!result) return setFormError(tv("failed"));
      if (!result.ok) {
        setErrors(result.fieldErrors);
        return setFormError(result.formError ?? Object.values(result.fieldErrors)[0]);
      }
      setSummary(summaryText(t, result.data));
      clear();
      if (action === "reject") setMessage("");
      router.refresh();
    });
  };

  return (
    <section aria-labelledby="bulk-heading" className="space-y-3 rounded-xl border border-slate-200 bg-slate-50 p-3">
      <h2 id="bulk-heading" className="sr-only">{t("bulk.label")}</h2>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <SelectAll label={t("select.all")} />
        <p className="text-sm text-slate-700" aria-live="polite">{t("select.count", { count })}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t("bulk.action")} className="min-w-40 grow sm:grow-0">
          {(c) => (
            <select {...c} value={action} onChange={(e) => setAction(e.target.value as BulkActionName)} className={inputClass}>
              {actions.map((a) => <option key={a} value={a}>{t(`bulk.${a}`)}</option>)}
            </select>
          )}
        </Field>
        <Button type="button" disabled={pending || count === 0} onClick={submit} className={action === "reject" ? "bg-red-700 hover:bg-red-800" : undefined}>
          {t("bulk.submit", { count })}
        </Button>
      </div>
      {action === "reject" && (
        <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
          <Field label={te("review.reason")} error={errors.reasonCode}>
            {(c) => (
              <select {...c} value={reasonCode} onChange={(e) => setReasonCode(e.target.value as RejectionReason)} className={inputClass}>
                {REJECTION_REASONS.map((r) => <option key={r} value={r}>{te(`rejection.${r}`)}</option>)}
              </select>
            )}
          </Field>
          <Field label={te("review.message")} error={errors.message}>
            {(c) => <textarea {...c} value={message} onChange={(e) => setMessage(e.target.value)} rows={2} maxLength={DECISION_MESSAGE_MAX} className={inputClass} />}
          </Field>
        </div>
      )}
      <FormMessage error={formError} success={summary} />
    </section>
  );
}
