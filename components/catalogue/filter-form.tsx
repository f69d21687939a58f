import { codeKey } from "@/lib/i18n/code-key";
import Form from "next/form";
import { getTranslations } from "next-intl/server";
import { AREAS, PROGRAMME_KINDS } from "@/lib/catalogue/codes";
import type { CatalogueQuery } from "@/lib/catalogue/schema";
import { Button } from "@/components/ui/button";
import { ResponsiveDisclosure } from "@/components/ui/responsive-disclosure";
import { Link } from "@/lib/i18n/navigation";

// The search box and the filter panel are one GET form rendered on the server (the panel's fields
// join it through the `form` attribute, so the results can sit between them in the layout). It
// works without JavaScript and every state has a shareable URL.
export const CATALOGUE_FORM_ID = "catalogue-form";

export async function SearchBar({ action, query }: { action: string; query: CatalogueQuery }) {
  const t = await getTranslations("catalogue");
  return (
    // next/form turns the GET submission into a client-side navigation when JavaScript runs and is
    // a plain form without it. autoComplete="off" stops the browser from restoring stale ticks
    // when someone goes back to an earlier URL.
    <Form id={CATALOGUE_FORM_ID} action={action} role="search" aria-label={t("searchLabel")} autoComplete="off" className="flex gap-2">
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
    </Form>
  );
}

function CheckboxGroup({ legend, name, options, checked }: { legend: string; name: string; options: { value: string; label: string }[]; checked: string[] }) {
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
                  className="size-4 shrink-0 accent-brand-700"
                />
                {o.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export async function FilterPanel({ query }: { query: CatalogueQuery }) {
  const t = await getTranslations();
  const selected = query.kind.length + query.area.length;
  return (
    <ResponsiveDisclosure
      summary={selected ? t("catalogue.showFiltersCount", { count: selected }) : t("catalogue.showFilters")}
      className="self-start"
    >
      <div className="mt-2 rounded-xl border border-slate-200 bg-white p-4 lg:mt-0">
        <h2 className="text-base font-semibold">{t("catalogue.filters")}</h2>
        <CheckboxGroup
          legend={t("catalogue.kindLegend")}
          name="kind"
          checked={query.kind}
          options={PROGRAMME_KINDS.map((k) => ({ value: k, label: t(codeKey("kind", k)) }))}
        />
        <CheckboxGroup
          legend={t("catalogue.areaLegend")}
          name="area"
          checked={query.area}
          options={AREAS.map((a) => ({ value: a, label: t(codeKey("area", a)) }))}
        />
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
