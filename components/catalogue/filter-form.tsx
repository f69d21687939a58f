import { codeKey } from "@/lib/i18n/code-key";
import { getLocale, getTranslations } from "next-intl/server";
import { AREAS, LEVELS, MODES, PROGRAMME_KINDS } from "@/lib/catalogue/codes";
import type { FacetCounts } from "@/lib/search/queries";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { CatalogueQuery } from "@/lib/catalogue/schema";
import { Button } from "@/components/ui/button";
import { ResponsiveDisclosure } from "@/components/ui/responsive-disclosure";
import { Link } from "@/lib/i18n/navigation";
import { CATALOGUE_FORM_ID } from "./form-id";
import { CatalogueForm } from "./catalogue-form";

// The search box, the filter panel and the sort control are one GET form rendered on the server
// (fields join it through the `form` attribute, so the results can sit between them in the
// layout). It works without JavaScript and every state has a shareable URL.

export async function SearchBar({ action, query }: { action: string; query: CatalogueQuery }) {
  const t = await getTranslations("catalogue");
  return (
    // autoComplete="off" stops the browser from restoring stale ticks when someone goes back to an
    // earlier URL.
    <CatalogueForm id={CATALOGUE_FORM_ID} action={action} role="search" aria-label={t("searchLabel")} autoComplete="off" className="flex gap-2">
      <label htmlFor="catalogue-q" className="sr-only">{t("searchLabel")}</label>
      <input
        id="catalogue-q"
        type="search"
        name="q"
        defaultValue={query.q}
        maxLength={100}
        placeholder={t("searchPlaceholder")}
        className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base placeholder:text-slate-500"
      />
      <Button type="submit">{t("search")}</Button>
    </CatalogueForm>
  );
}

type Option = { value: string; label: string; count?: number };

function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: Option[]; checked: string[] }) {
  return (
    <fieldset className="mt-4">
      <legend className="mb-1 text-sm font-semibold text-slate-900">{legend}</legend>
      <ul>
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <li key={o.value}>
              <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1 text-sm text-slate-800 hover:bg-slate-50 lg:min-h-9">
                <input
                  id={id}
                  form={CATALOGUE_FORM_ID}
                  type="checkbox"
                  name={name}
                  value={o.value}
                  defaultChecked={checked.includes(o.value)}
                  autoComplete="off"
                  // The count is the checkbox's description, so its name stays the option itself.
                  aria-describedby={o.count !== undefined ? `${id}-count` : undefined}
                  className="size-4 shrink-0 accent-brand-700"
                />
                <span className="flex-1">{o.label}</span>
                {o.count !== undefined ? <span aria-hidden="true" className="text-xs tabular-nums text-slate-500">{o.count}</span> : null}
              </label>
              {o.count !== undefined ? <span id={`${id}-count`} className="sr-only">{o.count}</span> : null}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/** Every known code with its count (0 when none match), in the catalogue's order. */
function withCounts(codes: readonly string[], counts: { value: string; count: number }[], label: (code: string) => string): Option[] {
  const byValue = new Map(counts.map((c) => [c.value, c.count]));
  return codes.map((code) => ({ value: code, label: label(code), count: byValue.get(code) ?? 0 }));
}

export async function FilterPanel({ query, facets, institutionNames }: { query: CatalogueQuery; facets: FacetCounts; institutionNames: Map<string, { nameZh: string; nameEn: string }> }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const selected = query.kind.length + query.area.length + query.level.length + query.institution.length + query.mode.length +
    query.free.length + (query.open ? 1 : 0) + (query.from ? 1 : 0) + (query.to ? 1 : 0);
  const count = (list: { value: string; count: number }[], value: string) => list.find((c) => c.value === value)?.count ?? 0;
  // The ten institutions with most matches, plus any already selected.
  const institutions = [...new Set([...facets.institution.slice(0, 10).map((c) => c.value), ...query.institution])];
  return (
    <ResponsiveDisclosure
      summary={selected ? t("catalogue.showFiltersCount", { count: selected }) : t("catalogue.showFilters")}
      className="self-start"
    >
      <div className="mt-2 rounded-xl border border-slate-200 bg-white p-4 lg:mt-0">
        <h2 className="text-base font-semibold">{t("catalogue.filters")}</h2>
        <CheckboxGroup legend={t("catalogue.openLegend")} name="open" checked={query.open ? ["true"] : []}
          options={[{ value: "true", label: t("catalogue.openNow"), count: count(facets.open, "true") }]} />
        <CheckboxGroup legend={t("catalogue.kindLegend")} name="kind" checked={query.kind}
          options={withCounts(PROGRAMME_KINDS, facets.kind, (k) => t(codeKey("kind", k)))} />
        <CheckboxGroup legend={t("catalogue.areaLegend")} name="area" checked={query.area}
          options={withCounts(AREAS, facets.area, (a) => t(codeKey("area", a)))} />
        <CheckboxGroup legend={t("catalogue.levelLegend")} name="level" checked={query.level}
          options={withCounts(LEVELS, facets.level, (l) => t(codeKey("level", l)))} />
        <CheckboxGroup legend={t("catalogue.modeLegend")} name="mode" checked={query.mode}
          options={withCounts(MODES, facets.mode, (m) => t(codeKey("mode", m)))} />
        <CheckboxGroup legend={t("catalogue.feeLegend")} name="free" checked={query.free.map(String)}
          options={[
            { value: "true", label: t("catalogue.feeFree"), count: count(facets.free, "true") },
            { value: "false", label: t("catalogue.feePaid"), count: count(facets.free, "false") },
          ]} />
        {institutions.length ? (
          <CheckboxGroup legend={t("catalogue.institutionLegend")} name="institution" checked={query.institution}
            options={institutions.map((slug) => {
              const name = institutionNames.get(slug);
              return { value: slug, label: name ? localized(locale, name.nameZh, name.nameEn) : slug, count: count(facets.institution, slug) };
            })} />
        ) : null}
        <fieldset className="mt-4">
          <legend className="mb-1 text-sm font-semibold text-slate-900">{t("catalogue.dateLegend")}</legend>
          <div className="grid grid-cols-2 gap-2 lg:grid-cols-1">
            {(["from", "to"] as const).map((name) => (
              <label key={name} className="text-sm text-slate-700">
                {t(name === "from" ? "catalogue.dateFrom" : "catalogue.dateTo")}
                <input type="date" name={name} form={CATALOGUE_FORM_ID} defaultValue={query[name] ?? ""} autoComplete="off"
                  className="mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2 text-base lg:min-h-9 lg:text-sm" />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="submit" form={CATALOGUE_FORM_ID}>{t("catalogue.apply")}</Button>
          <Button asChild variant="ghost">
            <Link href="/programmes">{t("catalogue.reset")}</Link>
          </Button>
        </div>
      </div>
    </ResponsiveDisclosure>
  );
}
