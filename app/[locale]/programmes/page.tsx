import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/seo";
import { localePath } from "@/lib/i18n/paths";
import { findProgrammes } from "@/lib/catalogue/queries";
import { findInstitutionNames } from "@/lib/institutions/queries";
import { catalogueSearchParams, parseCatalogueQueryLenient } from "@/lib/catalogue/schema";
import { SearchBar, FilterPanel } from "@/components/catalogue/filter-form";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale });
  const meta = pageMetadata({ locale, path: "/programmes", title: t("catalogue.title"), description: t("catalogue.description"), siteName: t("site.name") });
  // Filtered and paged variants are not separate pages for search engines.
  const hasQuery = Object.keys(await searchParams).length > 0;
  return hasQuery ? { ...meta, robots: { index: false, follow: true } } : meta;
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("catalogue");
  const query = parseCatalogueQueryLenient(await searchParams);
  const now = new Date();
  const result = await findProgrammes(query, now);
  const institutionNames = await findInstitutionNames([...new Set([...result.facets.institution.slice(0, 10).map((c) => c.value), ...query.institution])]);
  // A page past the end (an old link, a hand-edited URL) goes to the last page of results.
  if (query.page > result.pageCount) redirect(localePath(locale, `/programmes?${catalogueSearchParams({ ...query, page: result.pageCount })}`));
  // Uncontrolled fields keep their state across client-side navigation; a new key per query
  // makes them show the URL's filters after a chip or pagination link is followed.
  const formKey = catalogueSearchParams({ ...query, page: 1 }).toString();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="mb-4 text-2xl font-bold">{t("heading")}</h1>
      <SearchBar key={`search-${formKey}`} action={localePath(locale, "/programmes")} query={query} />
      <div className="mt-4 grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <FilterPanel key={`filters-${formKey}`} query={query} facets={result.facets} institutionNames={institutionNames} />
        <CatalogueResults key={`results-${formKey}`} query={query} result={result} institutionNames={institutionNames} now={now} hrefFor={(page) => `/programmes?${catalogueSearchParams({ ...query, page })}`} />
      </div>
    </div>
  );
}
