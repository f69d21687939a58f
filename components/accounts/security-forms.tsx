"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { changeEmailSchema, changePasswordSchema } from "@/lib/accounts/schema";
import { changeEmailAction, changePasswordAction, signOutEverywhereAction } from "@/lib/accounts/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { PasswordInput } from "@/components/forms/password-input";
import { useActionForm } from "@/components/forms/use-action-form";

export function ChangePasswordForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    changePasswordSchema,
    { currentPassword: "", newPassword: "" },
    (values) => changePasswordAction(values, locale),
    // Every session ended with the change; this clears the cookie and asks for the new password.
    () => void signOut({ callbackUrl: `${localePath(locale, "/sign-in")}?notice=passwordChanged` }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("account.currentPassword")} error={errors.currentPassword?.message}>
        {(c) => <PasswordInput {...c} {...form.register("currentPassword")} autoComplete="current-password" />}
      </Field>
      <Field label={t("account.security.newPassword")} hint={t("auth.signUp.passwordHint")} error={errors.newPassword?.message}>
        {(c) => <PasswordInput {...c} {...form.register("newPassword")} autoComplete="new-password" />}
      </Field>
      <FormMessage error={formError} />
      <Button type="submit" disabled={submitting}>{submitting ? t("auth.working") : t("account.security.changePassword")}</Button>
    </form>
  );
}

export function ChangeEmailForm() {
  const t = useTranslations();
  const locale = useLocale();
  const [sentTo, setSentTo] = useState<string>();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    changeEmailSchema,
    { newEmail: "", currentPassword: "" },
    (values) => changeEmailAction(values, locale),
    (_data, values) => {
      setSentTo(values.newEmail.trim());
      form.reset();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("account.security.newEmail")} error={errors.newEmail?.message}>
        {(c) => <input {...c} {...form.register("newEmail")} type="email" autoComplete="email" inputMode="email" className={inputClass} />}
      </Field>
      <Field label={t("account.currentPassword")} error={errors.currentPassword?.message}>
        {(c) => <PasswordInput {...c} {...form.register("currentPassword")} autoComplete="current-password" />}
      </Field>
      <FormMessage error={formError} success={sentTo ? t("account.security.emailSent", { email: sentTo }) : undefined} />
      <Button type="submit" disabled={submitting}>{submitting ? t("auth.working") : t("account.security.changeEmail")}</Button>
    </form>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <FormMessage error={error} />
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(t("account.security.everywhereConfirm"))) return;
          startTransition(async () => {
            const result = await signOutEverywhereAction(undefined, locale).catch(() => null);
            if (!result?.ok) return setError(result?.formError ?? t("validation.failed"));
            await signOut({ callbackUrl: `${localePath(locale, "/sign-in")}?notice=signedOutEverywhere` });
          });
        }}
      >
        {t("account.security.everywhere")}
      </Button>
    </div>
  );
}
