"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signIn } from "next-auth/react";
import { signInSchema } from "@/lib/auth/schema";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { PasswordInput } from "@/components/forms/password-input";
import { useActionForm } from "@/components/forms/use-action-form";

const ERRORS = ["invalid", "throttled"] as const;

/** Signs in through next-auth's credentials endpoint; `next` is a path on this site to go to afterwards. */
export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string>();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    signInSchema,
    { email: "", password: "" },
    async (values) => {
      const result = await signIn("credentials", { email: values.email, password: values.password, redirect: false });
      if (result?.ok && !result.error) return { ok: true, data: undefined };
      const code = ERRORS.find((e) => e === result?.error) ?? "generic";
      return { ok: false, fieldErrors: {}, formError: t(`signIn.errors.${code}`) };
    },
    () => {
      setError(undefined);
      // A full navigation, so every server-rendered part (the header too) sees the new session.
      window.location.assign(next ?? localePath(locale, "/me"));
    },
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="username" inputMode="email" className={inputClass} />}
      </Field>
      <Field label={t("password")} error={errors.password?.message}>
        {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="current-password" />}
      </Field>
      <FormMessage error={formError ?? error} />
      <Button type="submit" disabled={submitting} className="w-full">{submitting ? t("working") : t("signIn.submit")}</Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-700 underline underline-offset-2">{t("signIn.forgot")}</Link>
        <span className="text-slate-700">
          {t("signIn.noAccount")} <Link href="/sign-up" className="font-medium text-brand-700 underline underline-offset-2">{t("signIn.signUpLink")}</Link>
        </span>
      </div>
    </form>
  );
}
