"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { AREAS, PROGRAMME_KINDS } from "@/lib/catalogue/codes";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { LIMITS, newProgrammeSchema } from "@/lib/programmes/schema";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** The first fields of a programme: its kind, area and title; creating it opens the editor. */
export function NewProgrammeForm({ institution }: { institution: { id: string; slug: string } }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const errorText = useErrorText();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    newProgrammeSchema,
    { institutionId: institution.id, kind: "training", area: "general", titleZh: "", titleEn: "" },
    (values) => createProgrammeAction(values, locale),
    ({ id }) => router.push(localePath(locale, `/studio/${institution.slug}/programmes/${id}`)),
  );
  const kindError = errorText(errors.kind?.message);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset className="space-y-2" aria-describedby={kindError ? "kind-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("studio.editor.newKind")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {PROGRAMME_KINDS.map((kind) => (
            <label key={kind} className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 bg-white p-3 has-[:checked]:border-brand-600 has-[:checked]:ring-1 has-[:checked]:ring-brand-600 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600">
              {/* The whole card chooses; the kind's name names it and its description describes it. */}
              <input type="radio" value={kind} {...form.register("kind")} aria-labelledby={`kind-${kind}`} aria-describedby={`kind-${kind}-text`} className="mt-1 size-4 shrink-0 accent-brand-700" />
              <span className="space-y-0.5">
                <span id={`kind-${kind}`} className="block font-medium text-slate-900">{t(`kind.${kind}`)}</span>
                <span id={`kind-${kind}-text`} className="block text-sm text-slate-600">{t(`kindDescription.${kind}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {kindError && <p id="kind-error" className="text-sm font-medium text-red-700">{kindError}</p>}
      </fieldset>
      <Field label={t("studio.editor.fields.area")} error={errors.area?.message}>
        {(c) => (
          <select {...c} {...form.register("area")} className={inputClass}>
            {AREAS.map((area) => <option key={area} value={area}>{t(`area.${area}`)}</option>)}
          </select>
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("studio.editor.fields.titleZh")} error={errors.titleZh?.message} hint={t("studio.editor.newTitleHint")}>
          {(c) => <input {...c} {...form.register("titleZh")} lang="zh-CN" maxLength={LIMITS.title} className={inputClass} />}
        </Field>
        <Field label={t("studio.editor.fields.titleEn")} error={errors.titleEn?.message}>
          {(c) => <input {...c} {...form.register("titleEn")} lang="en" maxLength={LIMITS.title} className={inputClass} />}
        </Field>
      </div>
      <FormMessage error={formError} />
      <Button type="submit" disabled={submitting}>{submitting ? t("studio.editor.actions.working") : t("studio.editor.newSubmit")}</Button>
    </form>
  );
}
