"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ArrowDown, ArrowUp, X } from "lucide-react";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { LIMITS, newExpertSchema, type NewExpertFormValues, type NewExpertInput } from "@/lib/programmes/schema";
import { createExpertAction } from "@/lib/programmes/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";

export interface ExpertOption { id: string; nameZh: string; nameEn: string; affiliationZh: string; affiliationEn: string; country: string }

const iconButton = "inline-flex size-11 items-center justify-center rounded-lg text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-brand-600";

/**
 * A lecture's experts in order: move, remove, choose an existing one, or add a new one (shared by
 * every institution). Not a <form> of its own: it sits inside the editor's.
 */
export function ExpertPicker({ institutionId, options, onOptionsChange, value, onChange, label, error, countries }: {
  institutionId: string; options: ExpertOption[]; onOptionsChange: (options: ExpertOption[]) => void;
  value: string[]; onChange: (ids: string[]) => void; label: React.ReactNode; error?: string; countries: { code: string; name: string }[];
}) {
  const t = useTranslations("studio.editor.experts");
  const locale = useLocale() as Locale;
  const id = useId();
  const errorText = useErrorText()(error);
  const [choice, setChoice] = useState("");
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<string>();
  const byId = new Map(options.map((o) => [o.id, o]));
  const name = (o: ExpertOption) => localized(locale, o.nameZh, o.nameEn);
  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onChange(next);
  };
  const available = options.filter((o) => !value.includes(o.id));
  const full = value.length >= LIMITS.experts;
  return (
    <fieldset className="space-y-3" aria-describedby={errorText ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <p className="text-sm text-slate-600">{t("chosen")}</p>
      {value.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t("noneChosen")}</p>
      ) : (
        <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {value.map((expertId, index) => {
            const expert = byId.get(expertId);
            const shown = expert ? name(expert) : expertId;
            return (
              <li key={expertId} className="flex items-center gap-2 p-2">
                <span className="w-6 shrink-0 text-center text-sm tabular-nums text-slate-600">{index + 1}</span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium break-words text-slate-900">{shown}</span>
                  {expert && <span className="block text-xs break-words text-slate-600">{localized(locale, expert.affiliationZh, expert.affiliationEn)}</span>}
                </span>
                <button type="button" className={iconButton} disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t("moveUp", { name: shown })}><ArrowUp aria-hidden className="size-4" /></button>
                <button type="button" className={iconButton} disabled={index === value.length - 1} onClick={() => move(index, index + 1)} aria-label={t("moveDown", { name: shown })}><ArrowDown aria-hidden className="size-4" /></button>
                <button type="button" className={iconButton} onClick={() => onChange(value.filter((x) => x !== expertId))} aria-label={t("remove", { name: shown })}><X aria-hidden className="size-4" /></button>
              </li>
            );
          })}
        </ol>
      )}
      {errorText && <p id={`${id}-error`} className="text-sm font-medium text-red-700">{errorText}</p>}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1 space-y-1">
          <label htmlFor={`${id}-choose`} className="block text-sm font-medium text-slate-800">{t("choose")}</label>
          <select id={`${id}-choose`} value={choice} onChange={(e) => setChoice(e.target.value)} className={inputClass} disabled={full}>
            <option value="">—</option>
            {available.map((o) => <option key={o.id} value={o.id}>{`${name(o)} · ${localized(locale, o.affiliationZh, o.affiliationEn)}`}</option>)}
          </select>
        </div>
        <Button type="button" variant="secondary" disabled={!choice || full} onClick={() => { onChange([...value, choice]); setChoice(""); }}>{t("add")}</Button>
      </div>
      {full && <p className="text-sm text-slate-600">{t("limit", { limit: LIMITS.experts })}</p>}
      {created && <p role="status" className="text-sm text-emerald-800">{created}</p>}
      {!adding ? (
        <Button type="button" variant="ghost" className="px-0" disabled={full} onClick={() => { setAdding(true); setCreated(undefined); }}>{t("new")}</Button>
      ) : (
        <NewExpert
          institutionId={institutionId} countries={countries} onCancel={() => setAdding(false)}
          onCreated={(expert) => {
            onOptionsChange([...options, expert]);
            onChange([...value, expert.id]);
            setAdding(false);
            setCreated(t("created", { name: name(expert) }));
          }}
        />
      )}
    </fieldset>
  );
}

const EMPTY: NewExpertFormValues = { institutionId: "", nameZh: "", nameEn: "", affiliationZh: "", affiliationEn: "", country: "CN", bioZh: "", bioEn: "" };

/** The new expert's fields, checked by the server's own schema, created by the server action. */
function NewExpert({ institutionId, countries, onCancel, onCreated }: { institutionId: string; countries: { code: string; name: string }[]; onCancel: () => void; onCreated: (expert: ExpertOption) => void }) {
  const t = useTranslations("studio.editor.experts");
  const tv = useTranslations("validation");
  const locale = useLocale() as Locale;
  const form = useForm<NewExpertFormValues, unknown, NewExpertInput>({ resolver: zodResolver(newExpertSchema) as unknown as Resolver<NewExpertFormValues, unknown, NewExpertInput>, defaultValues: { ...EMPTY, institutionId }, mode: "onTouched" });
  const [formError, setFormError] = useState<string>();
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async () => {
    setFormError(undefined);
    const result = await createExpertAction(form.getValues(), locale).catch(() => null);
    if (!result) return setFormError(tv("failed"));
    if (!result.ok) {
      for (const [path, message] of Object.entries(result.fieldErrors)) if (path) form.setError(path as keyof NewExpertFormValues, { message }, { shouldFocus: true });
      return setFormError(result.formError);
    }
    onCreated(result.data);
  });
  const text = (name: "nameZh" | "nameEn" | "affiliationZh" | "affiliationEn", lang: string, max: number) => (
    <Field label={t(name)} error={errors[name]?.message}>
      {(c) => <input {...c} {...form.register(name)} lang={lang} maxLength={max} className={inputClass} />}
    </Field>
  );
  return (
    <div role="group" aria-labelledby="new-expert-heading" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <p id="new-expert-heading" className="font-medium text-slate-900">{t("new")}</p>
      <p className="text-sm text-slate-600">{t("newIntro")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {text("nameZh", "zh-CN", LIMITS.expertName)}
        {text("nameEn", "en", LIMITS.expertName)}
        {text("affiliationZh", "zh-CN", LIMITS.affiliation)}
        {text("affiliationEn", "en", LIMITS.affiliation)}
        <Field label={t("country")} error={errors.country?.message}>
          {(c) => (
            <select {...c} {...form.register("country")} className={inputClass}>
              {countries.map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
            </select>
          )}
        </Field>
        <div className="hidden sm:block" />
        <Field label={t("bioZh")} error={errors.bioZh?.message}>
          {(c) => <textarea {...c} {...form.register("bioZh")} lang="zh-CN" rows={3} maxLength={LIMITS.bio} className={inputClass} />}
        </Field>
        <Field label={t("bioEn")} error={errors.bioEn?.message}>
          {(c) => <textarea {...c} {...form.register("bioEn")} lang="en" rows={3} maxLength={LIMITS.bio} className={inputClass} />}
        </Field>
      </div>
      <FormMessage error={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" disabled={isSubmitting} onClick={() => void submit()}>{t("create")}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>{t("cancel")}</Button>
      </div>
    </div>
  );
}
