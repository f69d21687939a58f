"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { answersSchema, askedKeys, stepKeys, type Question, type QuestionSet } from "@/lib/enrollment/questions";
import { applyAction, saveDraftAction } from "@/lib/enrollment/actions";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";
import { StepProgress } from "./step-progress";

type Values = Record<string, string>;

interface Props {
  offeringId: string;
  version: number;
  set: QuestionSet;
  draft?: { values: Values; step: number; savedAt: string; outdated: boolean };
  /** Reviewed programmes decide later; first-come ones confirm or waitlist at once. */
  reviewed: boolean;
  /** Staff previewing the questions (the questions editor): nothing is saved or sent; `done` is said once the answers pass. */
  preview?: { done: string };
}

/**
 * The application form of a programme that asks its own questions: one step per group of
 * questions, then a check-and-submit step. Each step is checked (by the same schema the server
 * uses) before moving on, and the answers so far are kept as a draft on the server at every step.
 */
export function ApplicationForm({ offeringId, version, set, draft, reviewed, preview }: Props) {
  const t = useTranslations("enrollment");
  const tv = useTranslations("validation");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const schema = useMemo(() => answersSchema(set), [set]);
  const form = useForm<Values>({ resolver: zodResolver(schema as never) as never, defaultValues: draft?.values ?? {}, mode: "onTouched" });
  const reviewStep = set.steps.length;
  const [step, setStep] = useState(Math.min(draft?.step ?? 0, reviewStep));
  const [savedAt, setSavedAt] = useState<string | undefined>(draft?.savedAt);
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const values = form.watch();
  const asked = askedKeys(set, values);
  const [returnToReview, setReturnToReview] = useState(false);

  // A field showing an error is checked again as soon as it changes, so a fixed answer clears its message.
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name && form.getFieldState(name).error) void form.trigger(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);
  const time = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const titles = [...set.steps.map((s) => localized(locale, s.title.zh, s.title.en)), t("form.review")];

  const save = async (nextStep: number) => {
    if (preview) return null;
    const result = await saveDraftAction({ offeringId, values: form.getValues(), step: nextStep, version }, locale).catch(() => null);
    if (result?.ok) setSavedAt(result.data.savedAt);
    return result;
  };

  const goTo = (next: number) => {
    setFormError(undefined);
    setStep(next);
    // Move focus to the new step's heading, so keyboard and screen-reader users start at its top.
    requestAnimationFrame(() => heading.current?.focus());
  };

  const next = async (to = step + 1) => {
    if (!(await form.trigger(stepKeys(set, step, form.getValues()), { shouldFocus: true }))) return;
    void save(to);
    goTo(to);
  };

  const submit = async () => {
    setBusy(true);
    setFormError(undefined);
    const valid = await form.trigger();
    if (!valid) {
      setBusy(false);
      return goTo(firstStepWithError(set, Object.keys(form.formState.errors)));
    }
    if (preview) {
      setBusy(false);
      setDone(preview.done);
      return requestAnimationFrame(() => outcome.current?.focus());
    }
    const result = await applyAction({ offeringId, application: { answers: form.getValues(), formVersion: version } }, locale).catch(() => null);
    setBusy(false);
    if (!result) return setFormError(tv("failed"));
    if (!result.ok) {
      const keys = Object.keys(result.fieldErrors).filter(Boolean);
      for (const key of keys) form.setError(key, { message: result.fieldErrors[key] });
      setFormError(result.formError);
      if (keys.length) goTo(firstStepWithError(set, keys));
      return;
    }
    const { state, position } = result.data;
    setDone(state === "waitlisted" ? t("result.waitlisted", { position: position ?? 0 }) : state === "confirmed" ? t("result.confirmed") : t("result.submitted"));
    // The form (and the focused button) is gone: focus moves to the outcome, which is read out.
    requestAnimationFrame(() => outcome.current?.focus());
  };

  if (done) {
    return (
      <section className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-5">
        <p ref={outcome} tabIndex={-1} role="status" className="font-medium text-emerald-950 outline-none">{done}</p>
        {!preview && <Link href="/me/enrollments" className="inline-block font-medium text-brand-700 underline underline-offset-2">{t("apply.view")}</Link>}
      </section>
    );
  }

  return (
    <div className="space-y-5">
      {draft && step === Math.min(draft.step, reviewStep) && (
        <p className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
          {t("form.draftRestored", { when: time(draft.savedAt) })}
          {draft.outdated && <> {t("form.draftOutdated")}</>}
        </p>
      )}
      <StepProgress titles={titles} current={step} label={t("form.steps")} progressText={t("form.progress", { step: step + 1, count: titles.length })} onSelect={(i) => i < step && goTo(i)} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void (step === reviewStep ? submit() : next());
        }}
        className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">{titles[step]}</h2>
        {step < reviewStep ? (
          set.steps[step]!.questions.filter((q) => asked.has(q.key)).map((q) => <QuestionField key={q.key} question={q} form={form} />)
        ) : (
          <Review set={set} values={values} asked={asked} onEdit={(i) => { setReturnToReview(true); goTo(i); }} intro={reviewed ? t("form.reviewIntro") : t("form.reviewIntroFirstCome")} />
        )}
        <FormMessage error={formError} />
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
          {step > 0 && (
            <Button type="button" variant="secondary" onClick={() => { void save(step - 1); goTo(step - 1); }}>{t("form.back")}</Button>
          )}
          <Button type="submit" disabled={busy}>{step === reviewStep ? (busy ? t("form.submitting") : t("form.submit")) : t("form.next")}</Button>
          {/* After "Edit" on the check step: straight back there, the steps in between already done. */}
          {returnToReview && step < reviewStep - 1 && (
            <Button type="button" variant="secondary" onClick={() => void next(reviewStep)}>{t("form.backToReview")}</Button>
          )}
          {!preview && <Button type="button" variant="ghost" onClick={() => void save(step)}>{t("form.saveDraft")}</Button>}
          <p role="status" className="text-sm text-slate-600">{savedAt ? t("form.draftSaved", { when: time(savedAt) }) : null}</p>
        </div>
      </form>
    </div>
  );
}

function firstStepWithError(set: QuestionSet, keys: string[]): number {
  const index = set.steps.findIndex((s) => s.questions.some((q) => keys.includes(q.key)));
  return index < 0 ? set.steps.length : index;
}

function QuestionField({ question: q, form }: { question: Question; form: UseFormReturn<Values> }) {
  const t = useTranslations("enrollment.form");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const error = form.formState.errors[q.key]?.message;
  const label = (
    <>
      {localized(locale, q.label.zh, q.label.en)}
      {!q.required && <span className="font-normal text-slate-500">{t("optional")}</span>}
    </>
  );
  const help = q.help ? localized(locale, q.help.zh, q.help.en) : undefined;

  if (q.kind === "choice") {
    const errorId = `${q.key}-error`;
    const helpId = `${q.key}-help`;
    const describedBy = [help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
    return (
      <fieldset className="space-y-2" aria-describedby={describedBy}>
        <legend className="text-sm font-medium text-slate-800">{label}</legend>
        {help && <p id={helpId} className="text-sm text-slate-600">{help}</p>}
        <div className="grid gap-1 sm:grid-cols-2">
          {q.options.map((o) => (
            <label key={o.value} className="flex min-h-11 items-center gap-3 rounded-lg px-2 text-slate-800 hover:bg-slate-50">
              <input type="radio" value={o.value} {...form.register(q.key)} aria-invalid={error ? true : undefined} className="size-4 shrink-0 accent-brand-700" />
              <span>{localized(locale, o.label.zh, o.label.en)}</span>
            </label>
          ))}
        </div>
        {error && <p id={errorId} className="text-sm font-medium text-red-700">{errorText(error)}</p>}
      </fieldset>
    );
  }
  if (q.kind === "long-text") {
    const length = [...(form.watch(q.key) ?? "")].length;
    const counter = q.minLength > 0 ? t("charactersRange", { min: q.minLength, limit: q.maxLength, count: length }) : t("characters", { count: length, limit: q.maxLength });
    return (
      <Field label={label} hint={help ? `${help} · ${counter}` : counter} error={error}>
        {(control) => <textarea {...control} {...form.register(q.key)} rows={7} className={inputClass} />}
      </Field>
    );
  }
  if (q.kind === "number") {
    const unit = q.unit ? ` ${localized(locale, q.unit.zh, q.unit.en)}` : "";
    const range = t("range", { min: q.min, max: q.max }) + unit;
    return (
      <Field label={label} hint={help ? `${help} · ${range}` : range} error={error}>
        {(control) => <input {...control} {...form.register(q.key)} inputMode={q.integer ? "numeric" : "decimal"} autoComplete="off" className={`${inputClass} max-w-40`} />}
      </Field>
    );
  }
  return (
    <Field label={label} hint={help} error={error}>
      {(control) => <input {...control} {...form.register(q.key)} autoComplete="off" className={inputClass} />}
    </Field>
  );
}

function Review({ set, values, asked, onEdit, intro }: { set: QuestionSet; values: Values; asked: Set<string>; onEdit: (step: number) => void; intro: string }) {
  const t = useTranslations("enrollment.form");
  const locale = useLocale() as Locale;
  const shown = (q: Question) => {
    const value = (values[q.key] ?? "").trim();
    if (!value) return <span className="text-slate-500">{t("notAnswered")}</span>;
    if (q.kind === "choice") {
      const option = q.options.find((o) => o.value === value);
      return option ? localized(locale, option.label.zh, option.label.en) : value;
    }
    if (q.kind === "number" && q.unit) return `${value} ${localized(locale, q.unit.zh, q.unit.en)}`;
    return <span className="whitespace-pre-line">{value}</span>;
  };
  return (
    <div className="space-y-5">
      <p className="text-sm text-slate-700">{intro}</p>
      {set.steps.map((s, index) => (
        <section key={s.key} className="space-y-2 border-t border-slate-100 pt-4 first:border-0 first:pt-0">
          <div className="flex items-center justify-between gap-2">
            <h3 className="font-semibold text-slate-900">{localized(locale, s.title.zh, s.title.en)}</h3>
            <Button type="button" variant="ghost" onClick={() => onEdit(index)} aria-label={`${t("edit")}: ${localized(locale, s.title.zh, s.title.en)}`}>{t("edit")}</Button>
          </div>
          <dl className="space-y-2">
            {s.questions.filter((q) => asked.has(q.key)).map((q) => (
              <div key={q.key} className="grid gap-0.5 sm:grid-cols-[14rem_1fr] sm:gap-3">
                <dt className="text-sm text-slate-600">{localized(locale, q.label.zh, q.label.en)}</dt>
                <dd className="break-words text-slate-900">{shown(q)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
