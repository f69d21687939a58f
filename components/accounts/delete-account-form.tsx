"use client";

import { useState, useTransition, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { deleteAccountAction } from "@/lib/privacy/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/forms/field";
import { PasswordInput } from "@/components/forms/password-input";

export function DeleteAccountForm() {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const [password, setPassword] = useState("");
  const [understand, setUnderstand] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await deleteAccountAction({ password, understand }, locale).catch(() => null);
      if (!result) return setFormError(t("validation.failed"));
      if (!result.ok) {
        setErrors(result.fieldErrors);
        setFormError(result.formError);
        return;
      }
      await signOut({ callbackUrl: `${localePath(locale, "/sign-in")}?notice=deleted` });
    });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <Field label={t("account.currentPassword")} error={errors.password}>
        {(c) => <PasswordInput {...c} value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />}
      </Field>
      <div className="space-y-1">
        <label className="flex items-start gap-3 text-sm text-slate-800">
          <input
            type="checkbox"
            checked={understand}
            onChange={(e) => setUnderstand(e.target.checked)}
            aria-invalid={errors.understand ? true : undefined}
            aria-describedby={errors.understand ? "understand-error" : undefined}
            className="mt-0.5 size-5 shrink-0 accent-red-700"
          />
          <span>{t("account.data.understand")}</span>
        </label>
        {errors.understand && <p id="understand-error" className="text-sm font-medium text-red-700">{errors.understand}</p>}
      </div>
      <FormMessage error={formError} />
      <Button type="submit" disabled={pending} className="bg-red-700 hover:bg-red-800">{pending ? t("auth.working") : t("account.data.delete")}</Button>
    </form>
  );
}
