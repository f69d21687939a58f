"use client";

import { useId, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { completionAction } from "@/lib/attendance/actions";
import { completionPlan, DEFAULT_THRESHOLD, sessionsNeeded } from "@/lib/attendance/completion";
import { thresholdSchema } from "@/lib/attendance/schema";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";

/**
 * Completion from attendance: the share of sessions staff require (80% unless they change it),
 * what that means for the confirmed participants (counted here as they type, by the same rule the
 * server applies), and one button for each bulk change, asked again before it is made.
 */
export function CompletionForm({ offeringId, sessions, attended, open, notYet }: {
  offeringId: string;
  sessions: number;
  /** Sessions attended by each confirmed participant. */
  attended: number[];
  open: boolean;
  /** Why it is not open yet, when it is not. */
  notYet?: string;
}) {
  const t = useTranslations("studio.attendance.completion");
  const locale = useLocale();
  const router = useRouter();
  const [threshold, setThreshold] = useState(String(DEFAULT_THRESHOLD));
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const failed = useTranslations("validation")("failed");
  const summaryId = useId();
  const parsed = thresholdSchema.safeParse(threshold);
  const plan = completionPlan(attended.map((n) => ({ attended: n })), sessions, parsed.success ? parsed.data : 101);

  const run = (mark: "completed" | "no-show") => {
    const count = mark === "completed" ? plan.complete.length : plan.noShow.length;
    if (!parsed.success || !window.confirm(t(mark === "completed" ? "confirmComplete" : "confirmNoShow", { count }))) return;
    startTransition(async () => {
      const result = await completionAction({ offeringId, threshold: parsed.data, mark }, locale).catch(() => null);
      if (!result?.ok) {
        setDone(undefined);
        return setError((result && (result.formError ?? Object.values(result.fieldErrors)[0])) || failed);
      }
      setError(undefined);
      const { changed, unchanged } = result.data;
      setDone([t(mark === "completed" ? "doneCompleted" : "doneNoShow", { count: changed }), unchanged > 0 ? t("unchanged", { count: unchanged }) : ""].filter(Boolean).join(" "));
      router.refresh();
    });
  };

  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <Field label={t("threshold")} hint={parsed.success ? t("thresholdHint", { n: sessionsNeeded(sessions, parsed.data), total: sessions }) : undefined} error={parsed.success ? undefined : parsed.error.issues[0]?.message}>
        {(control) => (
          <input {...control} type="number" inputMode="numeric" min={1} max={100} step={1} value={threshold} onChange={(e) => setThreshold(e.target.value)} className={`${inputClass} max-w-32`} />
        )}
      </Field>
      <ul id={summaryId} className="space-y-1 text-sm text-slate-800">
        <li>{t("meeting", { count: plan.complete.length })}</li>
        <li>{t("withNone", { count: plan.noShow.length })}</li>
        <li>{t("below", { count: plan.below.length })}</li>
      </ul>
      {!open && notYet && <p className="text-sm font-medium text-amber-900">{notYet}</p>}
      <FormMessage error={error} success={done} />
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="button" className="min-h-12" aria-describedby={summaryId} disabled={!open || pending || !parsed.success || plan.complete.length === 0} onClick={() => run("completed")}>
          {t("complete", { count: plan.complete.length })}
        </Button>
        <Button type="button" variant="secondary" className="min-h-12" aria-describedby={summaryId} disabled={!open || pending || plan.noShow.length === 0} onClick={() => run("no-show")}>
          {t("noShow", { count: plan.noShow.length })}
        </Button>
      </div>
    </div>
  );
}
