"use client";

import { useLocale, useTranslations } from "next-intl";
import { resetPasswordSchema } from "@/lib/accounts/schema";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/forms/field";
import { PasswordInput } from "@/components/forms/password-input";
import { useActionForm } from "@/components/forms/use-action-form";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const locale = useLocale() as Locale;
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    resetPasswordSchema,
    { token, password: "" },
    (values) => resetPasswordAction(values, locale),
    () => window.location.assign(`${localePath(locale, "/sign-in")}?notice=passwordChanged`),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("reset.newPassword")} hint={t("signUp.passwordHint")} error={errors.password?.message}>
        {(control) => <PasswordInput {...control} {...form.register("password")} autoComplete="new-password" />}
      </Field>
      <FormMessage error={formError} />
      {formError && <Link href="/forgot-password" className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">{t("reset.again")}</Link>}
      <Button type="submit" disabled={submitting} className="w-full">{submitting ? t("working") : t("reset.submit")}</Button>
    </form>
  );
}
