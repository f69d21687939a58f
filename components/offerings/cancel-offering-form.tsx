"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { cancelOfferingSchema, REASON_MAX } from "@/lib/offerings/schema";
import { cancelOfferingAction } from "@/lib/offerings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** Cancelling an offering: the reason in both languages, then a last confirmation naming how many applicants will be told. */
export function CancelOfferingForm({ offeringId, live }: { offeringId: string; live: number }) {
  const locale = useLocale();
  const router = useRouter();
  const t = useTranslations("studio.offerings.cancel");
  const tr = useTranslations();
  const [done, setDone] = useState<number>();
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    cancelOfferingSchema,
    { offeringId, reasonZh: "", reasonEn: "" },
    (values) => cancelOfferingAction(values, locale),
    (data) => {
      setDone(data.cancelled);
      router.refresh();
    },
  );
  const area = (name: "reasonZh" | "reasonEn", lang: string) => (
    <Field label={t(name)} hint={t("reasonHint")} error={errors[name]?.message}>
      {(c) => <textarea {...c} {...form.register(name)} lang={lang} rows={3} maxLength={REASON_MAX} className={inputClass} />}
    </Field>
  );
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void form.trigger().then((valid) => {
          if (valid && window.confirm(t("confirm", { count: live }))) void onSubmit();
          else if (!valid) void onSubmit(); // shows the errors, focusing the first
        });
      }}
    >
      {area("reasonZh", "zh-CN")}
      {area("reasonEn", "en")}
      <FormMessage error={formError} success={done !== undefined ? t("done", { count: done }) : undefined} />
      <Button type="submit" disabled={submitting} className="bg-red-700 hover:bg-red-800">{submitting ? tr("auth.working") : t("submit")}</Button>
    </form>
  );
}
