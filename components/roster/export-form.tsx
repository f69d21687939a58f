"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { LOCALES, type Locale } from "@/lib/i18n/routing";
import { ROSTER_COLUMNS, ROSTER_FORMATS, type RosterColumn } from "@/lib/roster/schema";
import type { EnrollmentState } from "@/lib/enrollment/states";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";

/**
 * The roster download: an ordinary GET form to the API route (so it works without JavaScript and
 * the browser saves the attachment), with the columns, format and language chosen here. The state
 * filter of the list above carries over.
 */
export function ExportForm({ action, locale, state, stateLabel }: { action: string; locale: Locale; state?: EnrollmentState; stateLabel?: string }) {
  const t = useTranslations("studio.applicants.export");
  const tl = useTranslations("languageName");
  const [columns, setColumns] = useState<ReadonlySet<RosterColumn>>(new Set(ROSTER_COLUMNS));
  const toggle = (column: RosterColumn, on: boolean) => setColumns((current) => {
    const next = new Set(current);
    if (on) next.add(column);
    else next.delete(column);
    return next;
  });
  const none = columns.size === 0;
  return (
    <form method="get" action={action} className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("format")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-1">
          {ROSTER_FORMATS.map((format) => (
            <label key={format} className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input type="radio" name="format" value={format} defaultChecked={format === "csv"} className="size-4 accent-brand-700" />
              {t(format)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("columns")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
          {ROSTER_COLUMNS.map((column) => (
            <label key={column} className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-800">
              <input type="checkbox" name="columns" value={column} checked={columns.has(column)} onChange={(e) => toggle(column, e.target.checked)} className="size-4 accent-brand-700" />
              {t(`choose.${column}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor="roster-lang" className="block text-sm font-medium text-slate-800">{t("language")}</label>
        <select id="roster-lang" name="lang" defaultValue={locale} className={`${inputClass} max-w-60`}>
          {LOCALES.map((l) => <option key={l} value={l}>{tl(l)}</option>)}
        </select>
      </div>
      {state && (
        <p className="text-sm text-slate-700">
          <input type="hidden" name="state" value={state} />
          {t("onlyState", { state: stateLabel ?? state })}
        </p>
      )}
      {none && <p role="alert" className="text-sm font-medium text-red-700">{t("noColumns")}</p>}
      <Button type="submit" disabled={none}>{t("submit")}</Button>
    </form>
  );
}
