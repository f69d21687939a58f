"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { capacitySchema } from "@/lib/offerings/schema";
import { changeCapacityAction } from "@/lib/offerings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

/** A new capacity (blank: no limit), never below the seats taken; the server says how many are when it is. */
export function CapacityForm({ offeringId, capacity }: { offeringId: string; capacity: number | null }) {
  const locale = useLocale();
  const router = useRouter();
  const t = useTranslations("studio.offerings.capacity");
  const tr = useTranslations();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    capacitySchema,
    { offeringId, capacity: capacity === null ? "" : String(capacity) },
    (values) => changeCapacityAction(values, locale),
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  return (
    <form onSubmit={(e) => { setSaved(false); void onSubmit(e); }} noValidate className="space-y-3">
      <Field label={tr("studio.offerings.form.capacity")} hint={t("hint")} error={errors.capacity?.message}>
        {(c) => <input {...c} {...form.register("capacity")} inputMode="numeric" autoComplete="off" className={`${inputClass} max-w-40`} />}
      </Field>
      <FormMessage error={formError} success={saved ? t("saved") : undefined} />
      <Button type="submit" variant="secondary" disabled={submitting}>{submitting ? tr("auth.working") : t("save")}</Button>
    </form>
  );
}
