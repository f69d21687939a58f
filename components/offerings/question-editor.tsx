"use client";

import { useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useFieldArray, type FieldErrors, type UseFormReturn } from "react-hook-form";
import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { blankQuestion, keyFrom, QUESTION_KINDS, questionEditorSchema, type EditorStep, type QuestionEditorValues, type QuestionKind } from "@/lib/offerings/question-editor";
import { publishQuestionsAction } from "@/lib/offerings/actions";
import type { QuestionSet } from "@/lib/enrollment/questions";
import type { z } from "@/lib/zod";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { ApplicationForm } from "@/components/enrollment/application-form";

type Form = UseFormReturn<QuestionEditorValues, unknown, z.output<typeof questionEditorSchema>>;

/** Keys the editor made up: replaced by one from the English text once it is typed. */
const AUTO_KEY = /^(q|s|o)-[a-z0-9]{4}$/;
const autoKey = (prefix: "q" | "s" | "o") => `${prefix}-${Math.random().toString(36).slice(2, 6).padEnd(4, "0")}`;

/** The message at a dotted path of the form's errors ("steps.0.questions.1.labelZh"). */
function errorAt(errors: FieldErrors, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  const message = (node as { message?: unknown; root?: { message?: unknown } } | undefined)?.message ?? (node as { root?: { message?: unknown } } | undefined)?.root?.message;
  return typeof message === "string" ? message : undefined;
}

interface Props {
  programmeId: string;
  initial: EditorStep[];
  /** The version publishing will make. */
  nextVersion: number;
  reviewed: boolean;
}

/**
 * The questions editor: steps of questions (short and long text, numbers, choices, and questions
 * asked only after a given answer), checked by the same schema the server uses, previewed as
 * applicants will see the form, and published as the programme's next version.
 */
export function QuestionEditor({ programmeId, initial, nextVersion, reviewed }: Props) {
  const locale = useLocale() as Locale;
  const router = useRouter();
  const t = useTranslations("studio.questions");
  const tr = useTranslations();
  const [notice, setNotice] = useState<string>();
  const [preview, setPreview] = useState<{ set: QuestionSet; n: number } | null>(null);
  const [previewError, setPreviewError] = useState<string>();
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const { form, onSubmit, formError, submitting } = useActionForm(
    questionEditorSchema,
    { programmeId, steps: initial.length ? initial : [{ key: "s-1", titleZh: "", titleEn: "", questions: [blankQuestion(autoKey("q"))] }] },
    (values) => publishQuestionsAction(values, locale),
    (data) => {
      setNotice(data.unchanged ? t("unchanged") : t("published", { version: data.version }));
      router.refresh();
    },
  );
  const steps = useFieldArray({ control: form.control, name: "steps" });
  const errors = form.formState.errors;
  const errorText = useErrorText();

  const showPreview = async () => {
    setPreviewError(undefined);
    const parsed = questionEditorSchema.safeParse(form.getValues());
    if (!parsed.success) {
      await form.trigger();
      setPreview(null);
      return setPreviewError(t("previewInvalid"));
    }
    setPreview((p) => ({ set: parsed.data.set, n: (p?.n ?? 0) + 1 }));
    requestAnimationFrame(() => previewHeading.current?.focus());
  };

  return (
    <div className="space-y-6">
      <form onSubmit={(e) => { setNotice(undefined); void onSubmit(e); }} noValidate className="space-y-6">
        {steps.fields.map((step, s) => (
          <StepEditor key={step.id} form={form} s={s} count={steps.fields.length} onRemove={() => steps.remove(s)} />
        ))}
        {errorText(errorAt(errors, "steps")) && <p className="text-sm font-medium text-red-700">{errorText(errorAt(errors, "steps"))}</p>}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="secondary" onClick={() => steps.append({ key: autoKey("s"), titleZh: "", titleEn: "", questions: [blankQuestion(autoKey("q"))] })} disabled={steps.fields.length >= 6}>
            {t("addStep")}
          </Button>
        </div>
        <div className="space-y-3 border-t border-slate-200 pt-4">
          <FormMessage error={formError ?? previewError} success={notice} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={submitting}>{submitting ? tr("auth.working") : t("publish", { version: nextVersion })}</Button>
            <Button type="button" variant="secondary" onClick={() => void showPreview()}>{t("preview")}</Button>
            {preview && <Button type="button" variant="ghost" onClick={() => setPreview(null)}>{t("hidePreview")}</Button>}
          </div>
        </div>
      </form>
      {preview && (
        <section aria-labelledby="question-preview" className="space-y-3 rounded-xl border-2 border-dashed border-brand-300 bg-slate-50 p-3 sm:p-5">
          <h2 id="question-preview" ref={previewHeading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">{t("previewTitle")}</h2>
          <p className="text-sm text-slate-700">{t("previewNote")}</p>
          <ApplicationForm key={preview.n} offeringId="preview" version={nextVersion} set={preview.set} reviewed={reviewed} preview={{ done: t("previewNote") }} />
        </section>
      )}
    </div>
  );
}

function StepEditor({ form, s, count, onRemove }: { form: Form; s: number; count: number; onRemove: () => void }) {
  const t = useTranslations("studio.questions");
  const questions = useFieldArray({ control: form.control, name: `steps.${s}.questions` });
  const errors = form.formState.errors;
  const errorText = useErrorText();
  const base = `steps.${s}` as const;
  const englishTitle = form.register(`${base}.titleEn`);
  return (
    <fieldset className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
      <legend className="px-1"><h2 className="text-lg font-semibold text-slate-900">{t("step", { n: s + 1 })}</h2></legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("stepTitleZh")} error={errorAt(errors, `${base}.titleZh`)}>{(c) => <input {...c} {...form.register(`${base}.titleZh`)} lang="zh-CN" className={inputClass} />}</Field>
        <Field label={t("stepTitleEn")} error={errorAt(errors, `${base}.titleEn`)}>
          {(c) => (
            <input {...c} {...englishTitle} lang="en" className={inputClass} onBlur={(e) => {
              void englishTitle.onBlur(e);
              const key = form.getValues(`${base}.key`);
              if (AUTO_KEY.test(key) || /^s-\d+$/.test(key)) form.setValue(`${base}.key`, keyFrom(e.target.value, key));
            }} />
          )}
        </Field>
        <Field label={t("stepKey")} hint={t("keyHint")} error={errorAt(errors, `${base}.key`)}>{(c) => <input {...c} {...form.register(`${base}.key`)} autoComplete="off" autoCapitalize="none" spellCheck={false} className={`${inputClass} max-w-72`} />}</Field>
      </div>
      <ol className="space-y-4">
        {questions.fields.map((q, i) => (
          <QuestionCard
            key={q.id} form={form} s={s} i={i} count={questions.fields.length}
            onMove={(to) => questions.move(i, to)} onRemove={() => questions.remove(i)}
          />
        ))}
      </ol>
      {errorText(errorAt(errors, `${base}.questions`)) && <p className="text-sm font-medium text-red-700">{errorText(errorAt(errors, `${base}.questions`))}</p>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" onClick={() => questions.append(blankQuestion(autoKey("q")))} disabled={questions.fields.length >= 20}>{t("addQuestion")}</Button>
        {count > 1 && <Button type="button" variant="ghost" className="text-red-700 hover:bg-red-50" onClick={onRemove}>{t("removeStep", { n: s + 1 })}</Button>}
      </div>
    </fieldset>
  );
}

function QuestionCard({ form, s, i, count, onMove, onRemove }: { form: Form; s: number; i: number; count: number; onMove: (to: number) => void; onRemove: () => void }) {
  const t = useTranslations("studio.questions");
  const locale = useLocale() as Locale;
  const errors = form.formState.errors;
  const errorText = useErrorText();
  const base = `steps.${s}.questions.${i}` as const;
  const kind = form.watch(`${base}.kind`) as QuestionKind;
  const options = useFieldArray({ control: form.control, name: `${base}.options` });
  // Questions this one may depend on: choice questions before it, in this step or earlier ones.
  const all = form.watch("steps");
  const earlier = all.flatMap((step, si) => step.questions.filter((_, qi) => si < s || (si === s && qi < i))).filter((q) => q.kind === "choice" && q.key);
  const whenQuestion = form.watch(`${base}.whenQuestion`) ?? "";
  const parent = earlier.find((q) => q.key === whenQuestion);
  const n = i + 1;
  const text = (name: string, label: string, extra: Record<string, string | boolean> = {}, hint?: string, className?: string) => (
    <Field label={label} hint={hint} error={errorAt(errors, `${base}.${name}`)} className={className}>
      {(c) => <input {...c} {...form.register(`${base}.${name}` as never)} {...extra} className={inputClass} />}
    </Field>
  );
  const englishLabel = form.register(`${base}.labelEn`);
  return (
    <li className="space-y-4 rounded-lg border border-slate-200 bg-slate-50/60 p-3 sm:p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{t("question", { n })}</h3>
        <div className="flex gap-1">
          <Button type="button" variant="ghost" className="px-3" disabled={i === 0} onClick={() => onMove(i - 1)} aria-label={t("moveUp", { n })}><ArrowUp aria-hidden="true" className="size-4" /></Button>
          <Button type="button" variant="ghost" className="px-3" disabled={i === count - 1} onClick={() => onMove(i + 1)} aria-label={t("moveDown", { n })}><ArrowDown aria-hidden="true" className="size-4" /></Button>
          <Button type="button" variant="ghost" className="px-3 text-red-700 hover:bg-red-50" disabled={count <= 1} onClick={onRemove} aria-label={t("removeQuestion", { n })}><Trash2 aria-hidden="true" className="size-4" /></Button>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("kind")} error={errorAt(errors, `${base}.kind`)}>
          {(c) => (
            <select {...c} {...form.register(`${base}.kind`)} className={inputClass}>
              {QUESTION_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
          )}
        </Field>
        <label className="flex min-h-11 items-center gap-3 self-end text-sm font-medium text-slate-800">
          <input type="checkbox" {...form.register(`${base}.required`)} className="size-4 accent-brand-700" />
          {t("required")}
        </label>
        {text("labelZh", t("labelZh"), { lang: "zh-CN" })}
        <Field label={t("labelEn")} error={errorAt(errors, `${base}.labelEn`)}>
          {(c) => (
            <input {...c} {...englishLabel} lang="en" className={inputClass} onBlur={(e) => {
              void englishLabel.onBlur(e);
              const key = form.getValues(`${base}.key`);
              if (AUTO_KEY.test(key)) form.setValue(`${base}.key`, keyFrom(e.target.value, key));
            }} />
          )}
        </Field>
        {text("helpZh", t("helpZh"), { lang: "zh-CN" })}
        {text("helpEn", t("helpEn"), { lang: "en" })}
      </div>
      {kind !== "choice" && (
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {kind === "long-text" && text("minLength", t("minLength"), { inputMode: "numeric", autoComplete: "off" })}
          {(kind === "text" || kind === "long-text") && text("maxLength", t("maxLength"), { inputMode: "numeric", autoComplete: "off" })}
          {kind === "number" && (
            <>
              {text("min", t("min"), { inputMode: "decimal", autoComplete: "off" })}
              {text("max", t("max"), { inputMode: "decimal", autoComplete: "off" })}
              {text("step", t("stepSize"), { inputMode: "decimal", autoComplete: "off" }, t("stepSizeHint"))}
              <label className="flex min-h-11 items-center gap-3 self-start pt-6 text-sm font-medium text-slate-800">
                <input type="checkbox" {...form.register(`${base}.integer`)} className="size-4 accent-brand-700" />
                {t("integer")}
              </label>
              {text("unitZh", t("unitZh"), { lang: "zh-CN" }, undefined, "sm:col-span-1 lg:col-span-2")}
              {text("unitEn", t("unitEn"), { lang: "en" }, undefined, "sm:col-span-1 lg:col-span-2")}
            </>
          )}
        </div>
      )}
      {kind === "choice" && (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800">{t("options")}</legend>
          <ol className="space-y-3">
            {options.fields.map((o, j) => (
              <li key={o.id} className="grid gap-2 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_1fr_10rem_auto] sm:items-end">
                {text(`options.${j}.labelZh`, `${t("optionZh")} ${j + 1}`, { lang: "zh-CN" })}
                {text(`options.${j}.labelEn`, `${t("optionEn")} ${j + 1}`, { lang: "en" })}
                {text(`options.${j}.value`, `${t("optionValue")} ${j + 1}`, { autoComplete: "off", autoCapitalize: "none", spellCheck: false })}
                <Button type="button" variant="ghost" className="text-red-700 hover:bg-red-50" disabled={options.fields.length <= 2} onClick={() => options.remove(j)} aria-label={t("removeOption", { n: j + 1 })}>
                  <Trash2 aria-hidden="true" className="size-4" />
                </Button>
              </li>
            ))}
          </ol>
          {errorText(errorAt(errors, `${base}.options`)) && <p className="text-sm font-medium text-red-700">{errorText(errorAt(errors, `${base}.options`))}</p>}
          <Button type="button" variant="secondary" disabled={options.fields.length >= 30} onClick={() => options.append({ value: autoKey("o"), labelZh: "", labelEn: "" })}>{t("addOption")}</Button>
        </fieldset>
      )}
      {earlier.length > 0 && (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("when")} error={errorAt(errors, `${base}.whenQuestion`)}>
            {(c) => (
              <select {...c} {...form.register(`${base}.whenQuestion`, { onChange: () => form.setValue(`${base}.whenIn`, []) })} className={inputClass}>
                <option value="">{t("whenNone")}</option>
                {earlier.map((q) => <option key={q.key} value={q.key}>{localized(locale, q.labelZh, q.labelEn) || q.key}</option>)}
              </select>
            )}
          </Field>
          {parent && (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-800">{t("whenValues")}</legend>
              <div className="flex flex-wrap gap-1">
                {(parent.options ?? []).map((o) => (
                  <label key={o.value} className="flex min-h-11 items-center gap-2 rounded-lg px-3 ring-1 ring-inset ring-slate-200">
                    <input type="checkbox" value={o.value} {...form.register(`${base}.whenIn`)} className="size-4 accent-brand-700" />
                    <span className="text-sm">{localized(locale, o.labelZh, o.labelEn) || o.value}</span>
                  </label>
                ))}
              </div>
              {errorText(errorAt(errors, `${base}.whenIn`)) && <p className="text-sm font-medium text-red-700">{errorText(errorAt(errors, `${base}.whenIn`))}</p>}
            </fieldset>
          )}
        </div>
      )}
      <div className="sm:max-w-sm">
        {text("key", t("key"), { autoComplete: "off", autoCapitalize: "none", spellCheck: false }, t("keyHint"))}
      </div>
    </li>
  );
}
