import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { countryName } from "@/lib/i18n/names";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { findInstitutionQueue } from "@/lib/institutions/queries";
import { Pagination } from "@/components/ui/pagination";
import { InstitutionReview } from "@/components/institutions/institution-review";
import { ApplicationTimeline } from "@/components/institutions/application-timeline";
import { pageParam } from "@/lib/ui/page-window";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("institutions.join.review.title"));
}

/** Applications to register an institution, oldest first, each with what the office needs to decide. */
export default async function InstitutionQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale, "bureau.review", "/admin/institutions");
  const page = pageParam((await searchParams).page);
  const [result, t, format] = await Promise.all([findInstitutionQueue(page), getTranslations({ locale }), getFormatter({ locale })]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("institutions.join.review.title")}</h1>
      <p className="text-sm text-slate-700">{t("admin.total", { count: result.total })}</p>
      {result.items.length === 0 && <p className="text-slate-700">{t("institutions.join.review.none")}</p>}
      <ul className="space-y-4">
        {result.items.map((i) => {
          const name = localized(locale, i.nameZh, i.nameEn);
          const owner = i.memberships[0]?.user;
          const facts: [string, string | null][] = [
            [t("institutions.join.form.kind"), t(codeKey("institutionKind", i.kind))],
            [i.kind === "overseas-partner" ? t("institutions.join.form.registrationNumber") : t("institutions.join.form.registrationCode"), i.registrationCode],
            [i.kind === "overseas-partner" ? t("institutions.country") : t("institutions.join.form.district"), i.kind === "overseas-partner" ? countryName(locale, i.country) : i.district ? t(codeKey("district", i.district)) : null],
            [t("institutions.join.form.address"), i.address],
            [t("institutions.join.form.website"), i.website],
            [t("institutions.join.form.contactName"), [i.contactName, i.contactEmail, i.contactPhone].filter(Boolean).join(" · ")],
          ];
          return (
            <li key={i.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap justify-between gap-2">
                <div>
                  <h2 className="font-semibold text-slate-900">{name}</h2>
                  <p className="text-sm text-slate-600" lang={locale === "en" ? "zh-CN" : "en"}>{locale === "en" ? i.nameZh : i.nameEn}</p>
                </div>
                <div className="text-sm text-slate-600">
                  {owner && <p>{t("institutions.join.review.appliedBy", { name: owner.name, email: owner.email })}</p>}
                  <p>{t("institutions.join.review.appliedAt", { when: when(i.createdAt) })}</p>
                </div>
              </div>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                {facts.filter(([, value]) => value).map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="text-slate-600">{label}</dt>
                    <dd className="break-words text-slate-900">{value}</dd>
                  </div>
                ))}
              </dl>
              <p className="whitespace-pre-line text-sm text-slate-800">{localized(locale, i.summaryZh, i.summaryEn)}</p>
              {i.events.length > 1 && (
                <ApplicationTimeline heading={t("institutions.join.timeline")} events={i.events.map((e) => ({ message: e.message, when: when(e.at), label: e.from === null ? t("institutions.join.submitted") : t(codeKey("institutionStatus", e.to)) }))} />
              )}
              <InstitutionReview institutionId={i.id} name={name} />
            </li>
          );
        })}
      </ul>
      <Pagination page={result.page} pageCount={Math.max(1, Math.ceil(result.total / result.pageSize))} hrefFor={(p) => `/admin/institutions?page=${p}`} />
    </>
  );
}
