"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { institutionApplicationSchema, type InstitutionApplicationInput } from "@/lib/institutions/schema";
import { applyInstitutionAction, resubmitInstitutionAction } from "@/lib/institutions/actions";
import { INSTITUTION_KINDS } from "@/lib/catalogue/codes";
import { CHONGQING_DISTRICTS } from "@/lib/geo/districts";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

const EMPTY: InstitutionApplicationInput = {
  nameZh: "", nameEn: "", kind: "university-college", registrationCode: "", country: "", district: null, address: "", website: "",
  contactName: "", contactEmail: "", contactPhone: "", summaryZh: "", summaryEn: "",
};

/** The application to register an institution; with `institutionId`, the same form sends a returned application again. */
export function JoinForm({ institutionId, initial }: { institutionId?: string; initial?: InstitutionApplicationInput }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [sent, setSent] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    institutionApplicationSchema,
    initial ?? EMPTY,
    (values) => (institutionId ? resubmitInstitutionAction({ institutionId, ...values }, locale) : applyInstitutionAction(values, locale)),
    () => {
      setSent(true);
      if (!institutionId) form.reset(EMPTY);
      router.refresh();
    },
  );
  const overseas = form.watch("kind") === "overseas-partner";
  const text = (name: keyof InstitutionApplicationInput, label: string, extra: Record<string, string> = {}, hint?: string) => (
    <Field label={label} hint={hint} error={errors[name]?.message}>
      {(c) => <input {...c} {...form.register(name)} {...extra} className={inputClass} />}
    </Field>
  );
  const area = (name: "summaryZh" | "summaryEn", label: string, lang: string) => (
    <Field label={label} error={errors[name]?.message} className="sm:col-span-2">
      {(c) => <textarea {...c} {...form.register(name)} lang={lang} rows={3} maxLength={500} className={inputClass} />}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field label={t("institutions.join.form.kind")} error={errors.kind?.message} className="sm:col-span-2">
        {(c) => (
          <select {...c} {...form.register("kind")} className={inputClass}>
            {INSTITUTION_KINDS.map((kind) => <option key={kind} value={kind}>{t(`institutionKind.${kind}`)}</option>)}
          </select>
        )}
      </Field>
      {text("nameZh", t("institutions.join.form.nameZh"), { lang: "zh-CN", autoComplete: "organization" })}
      {text("nameEn", t("institutions.join.form.nameEn"), { lang: "en" })}
      {overseas ? (
        <>
          {text("registrationCode", t("institutions.join.form.registrationNumber"))}
          {text("country", t("institutions.join.form.country"), { autoComplete: "country", maxLength: "2" })}
        </>
      ) : (
        <>
          {text("registrationCode", t("institutions.join.form.registrationCode"), { autoCapitalize: "characters", spellCheck: "false" }, t("institutions.join.form.registrationCodeHint"))}
          <Field label={t("institutions.join.form.district")} error={errors.district?.message}>
            {(c) => (
              <select {...c} {...form.register("district")} className={inputClass}>
                <option value="">{t("institutions.join.form.choose")}</option>
                {CHONGQING_DISTRICTS.map((d) => <option key={d} value={d}>{t(`district.${d}`)}</option>)}
              </select>
            )}
          </Field>
        </>
      )}
      {text("address", t("institutions.join.form.address"), { autoComplete: "street-address" })}
      {text("website", t("institutions.join.form.website"), { type: "url", inputMode: "url" })}
      {text("contactName", t("institutions.join.form.contactName"), { autoComplete: "name" })}
      {text("contactEmail", t("institutions.join.form.contactEmail"), { type: "email", autoComplete: "email" })}
      {text("contactPhone", t("institutions.join.form.contactPhone"), { type: "tel", inputMode: "tel", autoComplete: "tel" })}
      {area("summaryZh", t("institutions.join.form.summaryZh"), "zh-CN")}
      {area("summaryEn", t("institutions.join.form.summaryEn"), "en")}
      <div className="space-y-3 sm:col-span-2">
        <FormMessage error={formError} success={sent ? t(institutionId ? "institutions.join.resent" : "institutions.join.sent") : undefined} />
        <Button type="submit" disabled={submitting}>{submitting ? t("auth.working") : t(institutionId ? "institutions.join.resubmit" : "institutions.join.submit")}</Button>
      </div>
    </form>
  );
}
