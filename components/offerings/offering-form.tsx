"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { ADMISSIONS, MODES } from "@/lib/catalogue/codes";
import { createOfferingSchema, updateOfferingSchema, type OfferingFormValues } from "@/lib/offerings/schema";
import { createOfferingAction, updateOfferingAction } from "@/lib/offerings/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** What the form says blank fields fall back to, in words. */
export interface ProgrammeDefaults { fee: string; mode: string; admission: string }

type Props = {
  defaults: ProgrammeDefaults;
  /** Where an offering's own page is: `${offeringBase}/${id}`. */
  offeringBase: string;
} & (
  | { kind: "create"; programmeId: string; initial: OfferingFormValues }
  | { kind: "edit"; offeringId: string; initial: Omit<OfferingFormValues, "programmeId" | "capacity">; fromSessions: boolean }
);

/** An offering's details: a new one (then on to its sessions), or an existing one's changes. */
export function OfferingForm(props: Props) {
  const locale = useLocale() as Locale;
  const router = useRouter();
  const t = useTranslations("studio.offerings.form");
  const tr = useTranslations();
  const [saved, setSaved] = useState(false);
  const create = props.kind === "create";
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    (create ? createOfferingSchema : updateOfferingSchema) as typeof createOfferingSchema,
    (create ? props.initial : { ...props.initial, offeringId: props.offeringId }) as OfferingFormValues,
    (values) => (create ? createOfferingAction(values, locale) : updateOfferingAction({ ...(values as object), offeringId: props.offeringId } as never, locale)) as never,
    (data: { id: string } | undefined) => {
      if (create && data) return router.push(localePath(locale, `${props.offeringBase}/${data.id}`));
      setSaved(true);
      router.refresh();
    },
  );
  const f = form as unknown as UseFormReturn<FieldValues>;
  const fixedDates = props.kind === "edit" && props.fromSessions;
  const input = (name: keyof OfferingFormValues, label: string, extra: Record<string, string | boolean> = {}, hint?: string, className?: string) => (
    <Field label={label} hint={hint} error={(errors as Record<string, { message?: string }>)[name]?.message} className={className}>
      {(c) => <input {...c} {...f.register(name)} {...extra} className={extra.readOnly ? `${inputClass} bg-slate-100 text-slate-600` : inputClass} />}
    </Field>
  );
  const choice = (name: "mode" | "admission", label: string, codes: readonly string[], fallback: string) => (
    <Field label={label} error={errors[name]?.message}>
      {(c) => (
        <select {...c} {...f.register(name)} className={inputClass}>
          <option value="">{t("programmeDefault", { label: fallback })}</option>
          {codes.map((code) => <option key={code} value={code}>{tr(`${name}.${code}` as never)}</option>)}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={(e) => { setSaved(false); void onSubmit(e); }} noValidate className="grid gap-4 sm:grid-cols-2">
      {input("code", t("code"), { autoCapitalize: "none", spellCheck: false, autoComplete: "off" }, t("codeHint"))}
      {input("timeZone", t("timeZone"), { autoCapitalize: "none", spellCheck: false, autoComplete: "off" }, t("timeZoneHint"))}
      {input("startsAt", t("startsAt"), { type: "datetime-local", readOnly: fixedDates }, fixedDates ? t("fromSessions") : undefined)}
      {input("endsAt", t("endsAt"), { type: "datetime-local", readOnly: fixedDates }, fixedDates ? t("fromSessions") : undefined)}
      {input("opensAt", t("opensAt"), { type: "datetime-local" })}
      {input("closesAt", t("closesAt"), { type: "datetime-local" }, t("closesHint"))}
      {create && input("capacity", t("capacity"), { inputMode: "numeric", autoComplete: "off" }, t("capacityHint"))}
      {input("feeYuan", t("fee"), { inputMode: "numeric", autoComplete: "off" }, t("feeHint", { fee: props.defaults.fee }))}
      {choice("mode", t("mode"), MODES, props.defaults.mode)}
      {choice("admission", t("admission"), ADMISSIONS, props.defaults.admission)}
      {input("venueZh", t("venueZh"), { lang: "zh-CN" })}
      {input("venueEn", t("venueEn"), { lang: "en" })}
      {input("onlineUrl", t("onlineUrl"), { type: "url", inputMode: "url", autoComplete: "off" }, t("onlineUrlHint"), "sm:col-span-2")}
      <div className="space-y-3 sm:col-span-2">
        <FormMessage error={formError} success={saved ? t("saved") : undefined} />
        <Button type="submit" disabled={submitting}>{submitting ? tr("auth.working") : t(create ? "create" : "save")}</Button>
      </div>
    </form>
  );
}
