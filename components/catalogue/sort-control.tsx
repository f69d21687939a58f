"use client";

import { useTranslations } from "next-intl";
import { SORTS, type Sort } from "@/lib/catalogue/schema";
import { CATALOGUE_FORM_ID } from "./form-id";

const LABEL = { relevance: "sortRelevance", soonest: "sortSoonest", closing: "sortClosing", newest: "sortNewest" } as const;

/**
 * The order of results, part of the catalogue form. With JavaScript a change applies at once;
 * without it, the form's buttons apply it.
 */
export function SortControl({ value, searching }: { value: Sort | undefined; searching: boolean }) {
  const t = useTranslations("catalogue");
  return (
    <label className="flex items-center gap-2 text-sm text-slate-700">
      {t("sortLabel")}
      <select
        name="sort"
        form={CATALOGUE_FORM_ID}
        defaultValue={value ?? ""}
        autoComplete="off"
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="min-h-11 rounded-lg border border-slate-300 bg-white px-2 text-sm lg:min-h-9"
      >
        {/* Empty: relevance when searching, newest otherwise, so a new search is ranked by relevance. */}
        <option value="">{t("sortDefault")}</option>
        {SORTS.filter((s) => searching || s !== "relevance").map((s) => (
          <option key={s} value={s}>{t(LABEL[s])}</option>
        ))}
      </select>
    </label>
  );
}
