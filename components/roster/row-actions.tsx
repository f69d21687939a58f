"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { admitAction, moveOnWaitlistAction, outcomeAction } from "@/lib/roster/actions";
import { admitSchema, STAFF_REASON_MAX, waitlistMoveSchema } from "@/lib/enrollment/schema";
import type { ActionResult } from "@/lib/forms/result";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";

export interface RowActionsProps {
  offeringId: string;
  enrollmentId: string;
  name: string;
  /** What this person may have done to them by the viewer, given its state and the offering. */
  may: { move: boolean; admit: boolean; outcome: boolean };
  position: number | null;
}

/**
 * The actions of the staff running an offering on one enrollment: move a waitlisted person in the
 * line or admit them over capacity (each with a reason they will read), and, once the offering has
 * started, mark a confirmed person as having completed it or not having come.
 */
export function RowActions({ offeringId, enrollmentId, name, may, position }: RowActionsProps) {
  const t = useTranslations("studio.applicants.actions");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();
  const [open, setOpen] = useState<"move" | "admit" | null>(null);
  const [to, setTo] = useState(String(position === null || position === 1 ? 2 : position - 1));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState<string>();
  const [pending, startTransition] = useTransition();

  const run = <T,>(call: () => Promise<ActionResult<T>>, success: (data: T) => string) => {
    setErrors({});
    setFormError(undefined);
    setDone(undefined);
    startTransition(async () => {
      const result = await call().catch(() => null);
      if (!result) return setFormError(tv("failed"));
      if (!result.ok) {
        setErrors(result.fieldErrors);
        // Errors of the fields on screen show there; any other (an id that names nothing) on the form.
        return setFormError(result.formError ?? Object.entries(result.fieldErrors).find(([field]) => field !== "position" && field !== "reason")?.[1]);
      }
      setOpen(null);
      setReason("");
      setDone(success(result.data));
      router.refresh();
    });
  };
  const check = (schema: typeof waitlistMoveSchema | typeof admitSchema, input: object) => {
    const checked = schema.safeParse(input);
    if (checked.success) return true;
    setErrors(Object.fromEntries(checked.error.issues.map((issue) => [issue.path.join("."), issue.message])));
    return false;
  };
  const move = () => {
    const input = { enrollmentId, position: to, reason };
    if (check(waitlistMoveSchema, input)) run(() => moveOnWaitlistAction(input, locale), (data) => t("moved", { position: data.position }));
  };
  const admit = () => {
    const input = { enrollmentId, reason };
    if (check(admitSchema, input)) run(() => admitAction(input, locale), () => t("done"));
  };
  const outcome = (which: "complete" | "no-show") => {
    if (!window.confirm(t(which === "complete" ? "confirmComplete" : "confirmNoShow", { name }))) return;
    run(() => outcomeAction({ offeringId, enrollmentId, outcome: which }, locale), () => t("done"));
  };
  const close = () => { setOpen(null); setErrors({}); setFormError(undefined); };

  return (
    <div className="space-y-3">
      <FormMessage error={formError} success={done} />
      {open === null ? (
        <div className="flex flex-wrap gap-2">
          {may.move && <Button type="button" variant="secondary" disabled={pending} onClick={() => setOpen("move")} aria-label={`${t("move")}: ${name}`}>{t("move")}</Button>}
          {may.admit && <Button type="button" variant="secondary" disabled={pending} onClick={() => setOpen("admit")} aria-label={`${t("admit")}: ${name}`}>{t("admit")}</Button>}
          {may.outcome && <Button type="button" variant="secondary" disabled={pending} onClick={() => outcome("complete")} aria-label={`${t("complete")}: ${name}`}>{t("complete")}</Button>}
          {may.outcome && <Button type="button" variant="secondary" disabled={pending} onClick={() => outcome("no-show")} aria-label={`${t("no-show")}: ${name}`}>{t("no-show")}</Button>}
        </div>
      ) : (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
          {open === "move" && (
            <Field label={t("newPosition")} error={errors.position}>
              {(c) => <input {...c} type="number" inputMode="numeric" min={1} step={1} value={to} onChange={(e) => setTo(e.target.value)} className={`${inputClass} max-w-32`} />}
            </Field>
          )}
          {open === "admit" && <p className="text-sm text-slate-700">{t("admitHint")}</p>}
          <Field label={t("reason")} error={errors.reason}>
            {(c) => <textarea {...c} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={STAFF_REASON_MAX} className={inputClass} />}
          </Field>
          <div className="flex flex-wrap gap-2">
            <Button type="button" disabled={pending} onClick={open === "move" ? move : admit}>{t(open === "move" ? "confirmMove" : "confirmAdmit")}</Button>
            <Button type="button" variant="secondary" disabled={pending} onClick={close}>{t("cancel")}</Button>
          </div>
        </div>
      )}
    </div>
  );
}
