import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/ui/cn";
import { pageWindow } from "@/lib/ui/page-window";

/** Page links around the current page; `hrefFor` builds each page's URL so the other filters are kept. */
export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const pages = pageWindow(page, pageCount);
  const itemClass = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg px-3 text-sm font-medium";
  return (
    <nav aria-label={t("label")} className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-1">
        <li>
          {page > 1 ? (
            <Link href={hrefFor(page - 1)} rel="prev" className={cn(itemClass, "text-brand-700 hover:bg-brand-50")}>
              {t("previous")}
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(itemClass, "text-slate-400")}>{t("previous")}</span>
          )}
        </li>
        {pages.map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-400">…</li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page" aria-label={t("current", { page: p })} className={cn(itemClass, "bg-brand-700 text-white")}>
                  {p}
                </span>
              ) : (
                <Link href={hrefFor(p)} aria-label={t("page", { page: p })} className={cn(itemClass, "text-slate-700 hover:bg-slate-100")}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < pageCount ? (
            <Link href={hrefFor(page + 1)} rel="next" className={cn(itemClass, "text-brand-700 hover:bg-brand-50")}>
              {t("next")}
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(itemClass, "text-slate-400")}>{t("next")}</span>
          )}
        </li>
      </ul>
    </nav>
  );
}
