"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { requestResetSchema } from "@/lib/accounts/schema";
import { requestResetAction } from "@/lib/accounts/actions";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [sentTo, setSentTo] = useState<string>();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    requestResetSchema,
    { email: "" },
    (values) => requestResetAction(values, locale),
    (_data, values) => setSentTo(values.email.trim()),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("email")} error={errors.email?.message}>
        {(control) => <input {...control} {...form.register("email")} type="email" autoComplete="email" inputMode="email" className={inputClass} />}
      </Field>
      <FormMessage error={formError} success={sentTo ? t("forgot.sent", { email: sentTo }) : undefined} />
      <Button type="submit" disabled={submitting} className="w-full">{submitting ? t("working") : t("forgot.submit")}</Button>
      <Link href="/sign-in" className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">{t("forgot.back")}</Link>
    </form>
  );
}
