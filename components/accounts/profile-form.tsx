"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { profileSchema, type ProfileInput } from "@/lib/accounts/schema";
import { updateProfileAction } from "@/lib/accounts/actions";
import { EDUCATION_LEVELS, TALENT_LEVELS } from "@/lib/accounts/codes";
import { LOCALES } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ProfileForm({ initial }: { initial: ProfileInput }) {
  const t = useTranslations();
  const locale = useLocale();
  const [saved, setSaved] = useState(false);
  const router = useRouter();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    profileSchema,
    initial,
    (values) => {
      setSaved(false);
      return updateProfileAction(values, locale);
    },
    () => {
      setSaved(true);
      router.refresh(); // the header shows the name
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field label={t("account.profile.name")} error={errors.name?.message}>
        {(c) => <input {...c} {...form.register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field label={t("account.profile.phone")} hint={t("account.profile.phoneHint")} error={errors.phone?.message}>
        {(c) => <input {...c} {...form.register("phone")} type="tel" autoComplete="tel" inputMode="tel" className={inputClass} />}
      </Field>
      <Field label={t("account.profile.education")} error={errors.education?.message}>
        {(c) => (
          <select {...c} {...form.register("education")} className={inputClass}>
            <option value="">{t("account.profile.notGiven")}</option>
            {EDUCATION_LEVELS.map((code) => <option key={code} value={code}>{t(`education.${code}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("account.profile.employer")} error={errors.employer?.message}>
        {(c) => <input {...c} {...form.register("employer")} autoComplete="organization" className={inputClass} />}
      </Field>
      <Field label={t("account.profile.years")} error={errors.yearsExperience?.message}>
        {(c) => <input {...c} {...form.register("yearsExperience")} type="number" min={0} max={70} inputMode="numeric" className={inputClass} />}
      </Field>
      <Field label={t("account.profile.talentLevel")} error={errors.talentLevel?.message}>
        {(c) => (
          <select {...c} {...form.register("talentLevel")} className={inputClass}>
            <option value="">{t("account.profile.notGiven")}</option>
            {TALENT_LEVELS.map((code) => <option key={code} value={code}>{t(`level.${code}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t("account.profile.locale")} error={errors.locale?.message}>
        {(c) => (
          <select {...c} {...form.register("locale")} className={inputClass}>
            {LOCALES.map((code) => <option key={code} value={code} lang={code}>{t(`languageName.${code}`)}</option>)}
          </select>
        )}
      </Field>
      <div className="space-y-3 sm:col-span-2">
        <FormMessage error={formError} success={saved ? t("account.saved") : undefined} />
        <Button type="submit" disabled={submitting}>{submitting ? t("auth.working") : t("account.save")}</Button>
      </div>
    </form>
  );
}
