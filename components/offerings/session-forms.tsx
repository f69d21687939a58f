"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "@/lib/zod";
import type { ActionResult } from "@/lib/forms/result";
import type { Locale } from "@/lib/i18n/routing";
import { sessionSchema, sessionSeriesSchema, WEEKDAYS } from "@/lib/offerings/schema";
import { addSessionAction, addSessionSeriesAction } from "@/lib/offerings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

type Place = "venueZh" | "venueEn" | "url";

/** Venue and link fields both session forms share. */
function PlaceFields({ form, errors }: { form: UseFormReturn<FieldValues>; errors: Record<string, { message?: string } | undefined> }) {
  const t = useTranslations("studio.offerings.sessions");
  const field = (name: Place, extra: Record<string, string>) => (
    <Field label={t(name)} error={errors[name]?.message} className={name === "url" ? "sm:col-span-2" : undefined}>
      {(c) => <input {...c} {...form.register(name)} {...extra} className={inputClass} />}
    </Field>
  );
  return (
    <>
      {field("venueZh", { lang: "zh-CN" })}
      {field("venueEn", { lang: "en" })}
      {field("url", { type: "url", inputMode: "url", autoComplete: "off" })}
      <p className="text-sm text-slate-600 sm:col-span-2">{t("placeHint")}</p>
    </>
  );
}

/**
 * What both session forms share: the action answers how many sessions were added, which is said
 * once the page (refreshed) shows them.
 */
function useAddingForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaults: DefaultValues<z.input<S>>, action: (values: z.input<S>, locale: Locale) => Promise<ActionResult<{ added: number }>>) {
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [added, setAdded] = useState<number>();
  const result = useActionForm(schema, defaults, (values) => action(values, locale), (data) => {
    setAdded(data.added);
    router.refresh();
  });
  const submit = (event: FormEvent) => {
    setAdded(undefined);
    void result.onSubmit(event);
  };
  return { ...result, added, submit };
}

/** The outcome and the button under a session form. */
function Outcome({ added, formError, submitting, label }: { added?: number; formError?: string; submitting: boolean; label: string }) {
  const t = useTranslations("studio.offerings.sessions");
  const tr = useTranslations();
  return (
    <>
      <FormMessage error={formError} success={added !== undefined ? t("added", { count: added }) : undefined} />
      <Button type="submit" variant="secondary" disabled={submitting}>{submitting ? tr("auth.working") : label}</Button>
    </>
  );
}

/** One session: a date and two clock times in the offering's zone. */
export function AddSessionForm({ offeringId, defaultDate }: { offeringId: string; defaultDate: string }) {
  const t = useTranslations("studio.offerings.sessions");
  const { form, submit, added, formError, errors, submitting } = useAddingForm(
    sessionSchema,
    { offeringId, date: defaultDate, startTime: "19:00", endTime: "21:00", venueZh: "", venueEn: "", url: "" },
    addSessionAction,
  );
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-3">
      <Field label={t("date")} error={errors.date?.message}>{(c) => <input {...c} {...form.register("date")} type="date" className={inputClass} />}</Field>
      <Field label={t("startTime")} error={errors.startTime?.message}>{(c) => <input {...c} {...form.register("startTime")} type="time" className={inputClass} />}</Field>
      <Field label={t("endTime")} error={errors.endTime?.message}>{(c) => <input {...c} {...form.register("endTime")} type="time" className={inputClass} />}</Field>
      <div className="grid gap-4 sm:col-span-3 sm:grid-cols-2">
        <PlaceFields form={form as unknown as UseFormReturn<FieldValues>} errors={errors as never} />
      </div>
      <div className="space-y-3 sm:col-span-3">
        <Outcome added={added} formError={formError} submitting={submitting} label={t("add")} />
      </div>
    </form>
  );
}

/** A weekly series in one step: first date, time, length, number of weeks and (optionally) the weekdays. */
export function SessionSeriesForm({ offeringId, defaultDate }: { offeringId: string; defaultDate: string }) {
  const t = useTranslations("studio.offerings.sessions");
  const { form, submit, added, formError, errors, submitting } = useAddingForm(
    sessionSeriesSchema,
    { offeringId, firstDate: defaultDate, startTime: "19:00", durationMinutes: "120", weeks: "8", weekdays: [] as string[], venueZh: "", venueEn: "", url: "" },
    addSessionSeriesAction,
  );
  const weeks = Number(form.watch("weeks"));
  const days = form.watch("weekdays");
  const chosen = Array.isArray(days) ? days.length : 0;
  const count = Number.isInteger(weeks) && weeks > 0 ? weeks * Math.max(1, chosen) : 0;
  return (
    <form onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <Field label={t("firstDate")} error={errors.firstDate?.message}>{(c) => <input {...c} {...form.register("firstDate")} type="date" className={inputClass} />}</Field>
      <Field label={t("startTime")} error={errors.startTime?.message}>{(c) => <input {...c} {...form.register("startTime")} type="time" className={inputClass} />}</Field>
      <Field label={t("duration")} error={errors.durationMinutes?.message}>{(c) => <input {...c} {...form.register("durationMinutes")} inputMode="numeric" autoComplete="off" className={inputClass} />}</Field>
      <Field label={t("weeks")} error={errors.weeks?.message}>{(c) => <input {...c} {...form.register("weeks")} inputMode="numeric" autoComplete="off" className={inputClass} />}</Field>
      <fieldset className="space-y-2 sm:col-span-2" aria-describedby="series-weekdays-hint">
        <legend className="text-sm font-medium text-slate-800">{t("weekdays")}</legend>
        <div className="flex flex-wrap gap-1">
          {WEEKDAYS.map((day) => (
            <label key={day} className="flex min-h-11 items-center gap-2 rounded-lg px-3 ring-1 ring-inset ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-300">
              <input type="checkbox" value={day} {...form.register("weekdays")} className="size-4 accent-brand-700" />
              <span className="text-sm">{t(`weekday.${day}`)}</span>
            </label>
          ))}
        </div>
        <p id="series-weekdays-hint" className="text-sm text-slate-600">{t("weekdaysHint")}</p>
      </fieldset>
      <PlaceFields form={form as unknown as UseFormReturn<FieldValues>} errors={errors as never} />
      <div className="space-y-3 sm:col-span-2">
        <p className="text-sm font-medium text-slate-800" aria-live="polite">{t("seriesCount", { count })}</p>
        <Outcome added={added} formError={formError} submitting={submitting} label={t("addSeries")} />
      </div>
    </form>
  );
}
