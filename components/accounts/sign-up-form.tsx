"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signUpSchema } from "@/lib/accounts/schema";
import { signUpAction } from "@/lib/accounts/actions";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";
import { PasswordInput } from "@/components/forms/password-input";
import { useActionForm } from "@/components/forms/use-action-form";

export function SignUpForm() {
  const t = useTranslations("auth");
  const languageName = useTranslations("languageName");
  const locale = useLocale() as Locale;
  const errorText = useErrorText();
  const [sentTo, setSentTo] = useState<string>();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    signUpSchema,
    { email: "", name: "", password: "", locale, consent: false as unknown as true },
    (values) => signUpAction(values, locale),
    (_data, values) => setSentTo(values.email.trim()),
  );

  if (sentTo) {
    return (
      <section aria-labelledby="sent-heading" className="space-y-3 rounded-xl border border-emerald-200 bg-emerald-50 p-5">
        <h2 id="sent-heading" className="text-lg font-semibold text-emerald-950">{t("signUp.sentTitle")}</h2>
        <p role="status" className="text-emerald-950">{t("signUp.sent", { email: sentTo })}</p>
      </section>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("signUp.name")} error={errors.name?.message}>
        {(control) => <input {...control} {...form.register("name")} autoComplete="name" className={inputClass} />}
      </Field>
      <Field label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" inputMode="email" className={inputClass} />}
      </Field>
      <Field label={t("password")} hint={t("signUp.passwordHint")} error={errors.password?.message}>
        {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="new-password" />}
      </Field>
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">{t("signUp.locale")}</legend>
        <div className="flex gap-4">
          {LOCALES.map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-2 text-slate-800">
              <input type="radio" value={value} {...form.register("locale")} className="size-4 accent-brand-700" />
              <span lang={value}>{languageName(value)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm text-slate-800">
          <input
            type="checkbox"
            {...form.register("consent")}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "consent-error" : undefined}
            className="mt-0.5 size-5 shrink-0 accent-brand-700"
          />
          <span>
            {t.rich("signUp.consent", {
              link: (chunks) => (
                <Link href="/privacy" target="_blank" className="font-medium text-brand-700 underline underline-offset-2">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </label>
        {errors.consent && <p id="consent-error" className="text-sm font-medium text-red-700">{errorText(errors.consent.message)}</p>}
      </div>
      <FormMessage error={formError} />
      <Button type="submit" disabled={submitting} className="w-full">{submitting ? t("working") : t("signUp.submit")}</Button>
      <p className="text-sm text-slate-700">
        {t("signUp.haveAccount")} <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">{t("signIn.submit")}</Link>
      </p>
    </form>
  );
}
