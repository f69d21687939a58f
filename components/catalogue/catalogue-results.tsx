import { codeKey } from "@/lib/i18n/code-key";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CatalogueQuery } from "@/lib/catalogue/schema";
import { catalogueSearchParams } from "@/lib/catalogue/schema";
import { getLocale } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { SortControl } from "./sort-control";
import type { ProgrammeCard as ProgrammeCardData } from "@/lib/catalogue/queries";
import { Pagination } from "@/components/ui/pagination";
import { ProgrammeCard } from "./programme-card";

type Result = { items: ProgrammeCardData[]; total: number; page: number; pageCount: number };

type Names = Map<string, { nameZh: string; nameEn: string }>;

/** The catalogue URL with one selection removed (and back to page 1). */
function without(query: CatalogueQuery, change: Partial<CatalogueQuery>): string {
  const qs = catalogueSearchParams({ ...query, ...change, page: 1 }).toString();
  return qs ? `/programmes?${qs}` : "/programmes";
}

export async function CatalogueResults({ query, result, institutionNames, now, hrefFor }: { query: CatalogueQuery; result: Result; institutionNames: Names; now: Date; hrefFor: (page: number) => string }) {
  const t = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const drop = <K extends "kind" | "area" | "level" | "institution" | "mode">(key: K, value: string) =>
    without(query, { [key]: (query[key] as string[]).filter((v) => v !== value) } as Partial<CatalogueQuery>);
  const chips = [
    ...(query.open ? [{ key: "open", label: t("catalogue.openNow"), href: without(query, { open: undefined }) }] : []),
    ...query.kind.map((k) => ({ key: `kind-${k}`, label: t(codeKey("kind", k)), href: drop("kind", k) })),
    ...query.area.map((a) => ({ key: `area-${a}`, label: t(codeKey("area", a)), href: drop("area", a) })),
    ...query.level.map((l) => ({ key: `level-${l}`, label: t(codeKey("level", l)), href: drop("level", l) })),
    ...query.mode.map((m) => ({ key: `mode-${m}`, label: t(codeKey("mode", m)), href: drop("mode", m) })),
    ...query.free.map((f) => ({ key: `free-${f}`, label: t(f ? "catalogue.feeFree" : "catalogue.feePaid"), href: without(query, { free: query.free.filter((v) => v !== f) }) })),
    ...query.institution.map((slug) => {
      const name = institutionNames.get(slug);
      return { key: `institution-${slug}`, label: name ? localized(locale, name.nameZh, name.nameEn) : slug, href: drop("institution", slug) };
    }),
    ...(query.from ? [{ key: "from", label: t("catalogue.dateFromChip", { date: query.from }), href: without(query, { from: undefined }) }] : []),
    ...(query.to ? [{ key: "to", label: t("catalogue.dateToChip", { date: query.to }), href: without(query, { to: undefined }) }] : []),
  ];
  return (
    <section aria-labelledby="results-heading">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="results-heading" className="text-base font-semibold" aria-live="polite">
          {query.q ? t("catalogue.resultsFor", { total: result.total, q: query.q }) : t("catalogue.results", { total: result.total })}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {result.pageCount > 1 ? <p className="text-sm text-slate-600">{t("catalogue.pageOf", { page: result.page, pageCount: result.pageCount })}</p> : null}
          <SortControl value={query.sort} searching={Boolean(query.q)} />
        </div>
      </div>
      {chips.length ? (
        <ul aria-label={t("catalogue.activeFilters")} className="mt-2 flex flex-wrap gap-2">
          {chips.map((c) => (
            <li key={c.key}>
              <Link
                href={c.href}
                aria-label={t("catalogue.removeFilter", { label: c.label })}
                className="inline-flex min-h-9 items-center gap-1 rounded-full bg-brand-50 px-3 text-sm text-brand-800 hover:bg-brand-100"
              >
                {c.label} <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {result.items.length ? (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {result.items.map((p) => (
            <li key={p.id}>
              <ProgrammeCard programme={p} now={now} />
            </li>
          ))}
        </ul>
      ) : (
        <div className="mt-4 rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center">
          <p className="font-medium">{t("catalogue.emptyTitle")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("catalogue.emptyBody")}</p>
          <Link href="/programmes" className="mt-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
            {t("catalogue.reset")}
          </Link>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </section>
  );
}
