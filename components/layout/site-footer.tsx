import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { calendarDate, DEFAULT_TIME_ZONE } from "@/lib/dates";

export async function SiteFooter({ icpFiling }: { icpFiling: string }) {
  const t = await getTranslations("footer");
  const tNav = await getTranslations("nav");
  // The year in the city's time zone, not the server's.
  const year = calendarDate(new Date(), DEFAULT_TIME_ZONE)[0];
  return (
    <footer aria-label={t("label")} className="mt-12 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8 text-sm text-slate-600">
        <p className="max-w-3xl">{t("about")}</p>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <span>{t("copyright", { year })}</span>
          <span>{t("policy")}</span>
          <Link href="/api-docs" className="underline underline-offset-2 hover:text-slate-900">{tNav("api")}</Link>
          {icpFiling ? (
            <a href="https://beian.miit.gov.cn/" rel="noopener noreferrer" className="underline underline-offset-2 hover:text-slate-900">
              <span className="sr-only">{t("filing")}: </span>
              {icpFiling}
            </a>
          ) : null}
        </p>
      </div>
    </footer>
  );
}
