"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { INVITABLE_ROLES, inviteSchema, type InviteInput } from "@/lib/staff/schema";
import { inviteStaffAction } from "@/lib/staff/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass, useErrorText } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** An owner invites an address as an editor or a reviewer. */
export function InviteForm({ institutionId }: { institutionId: string }) {
  const t = useTranslations("studio.staff");
  const role = useTranslations("institutionRole");
  const working = useTranslations("auth")("working");
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const [sent, setSent] = useState<{ email: string; replaced: boolean }>();
  const empty: InviteInput = { institutionId, email: "", role: "editor" };
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    inviteSchema,
    empty,
    (values) => {
      setSent(undefined);
      return inviteStaffAction(values, locale);
    },
    (data) => {
      setSent(data);
      form.reset(empty);
      router.refresh();
    },
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("invite.email")} error={errors.email?.message}>
        {(c) => <input {...c} {...form.register("email")} type="email" inputMode="email" autoComplete="off" spellCheck={false} className={inputClass} />}
      </Field>
      <fieldset className="space-y-2" aria-describedby={errors.role ? "invite-role-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("invite.role")}</legend>
        {INVITABLE_ROLES.map((r) => (
          <label key={r} className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-200 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50/50">
            <input type="radio" value={r} {...form.register("role")} className="mt-1 size-4 shrink-0 accent-brand-700" />
            <span className="space-y-0.5">
              <span className="block font-medium text-slate-900">{role(r)}</span>
              <span className="block text-sm text-slate-600">{t(`roles.${r}`)}</span>
            </span>
          </label>
        ))}
        {errors.role && <p id="invite-role-error" className="text-sm font-medium text-red-700">{errorText(errors.role.message)}</p>}
      </fieldset>
      <FormMessage error={formError} success={sent ? t(sent.replaced ? "invite.replaced" : "invite.sent", { email: sent.email }) : undefined} />
      <Button type="submit" disabled={submitting}>{submitting ? working : t("invite.submit")}</Button>
    </form>
  );
}
