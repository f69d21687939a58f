import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/localized";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { findAwaitingReview } from "@/lib/enrollment/queries";
import { Link } from "@/lib/i18n/navigation";
import { Pagination } from "@/components/ui/pagination";
import { AnswerList } from "@/components/enrollment/answer-list";
import { ReviewDecision } from "@/components/enrollment/review-decision";
import { pageParam } from "@/lib/ui/page-window";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("enrollment.review.title"));
}

/** Until institutions review their own applicants (a later issue), the bureau decides here. */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale, "bureau.review", "/admin/enrollments");
  const page = pageParam((await searchParams).page);
  const result = await findAwaitingReview(page);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("enrollment.review.title")}</h1>
      <p className="text-sm text-slate-700">{t("admin.total", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="text-slate-700">{t("enrollment.review.none")}</p>
      ) : (
        <ul className="space-y-4">
          {result.items.map((e) => {
            const p = e.offering.programme;
            return (
              <li key={e.id} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
                <div className="flex flex-wrap justify-between gap-2">
                  <div>
                    <h2 className="font-semibold text-slate-900">{e.user.name} <span className="font-normal text-slate-600">&lt;{e.user.email}&gt;</span></h2>
                    <p className="text-sm text-slate-700">
                      <Link href={`/programmes/${p.slug}`} className="text-brand-700 underline underline-offset-2">{localized(locale, p.titleZh, p.titleEn)}</Link>
                      {" · "}{localized(locale, p.institution.nameZh, p.institution.nameEn)}
                      {" · "}{format.dateTime(e.offering.startsAt, { dateStyle: "medium", timeZone: e.offering.timeZone })}
                    </p>
                  </div>
                  <div className="text-sm text-slate-600">
                    <p>{t("enrollment.review.submittedAt", { when: format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
                    {e.offering.capacity !== null && <p>{t("enrollment.review.seats", { taken: e.offering.seatsTaken, capacity: e.offering.capacity })}</p>}
                  </div>
                </div>
                <AnswerList answers={e.answers} locale={locale} />
                <ReviewDecision enrollmentId={e.id} applicant={e.user.name} />
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => `${localePath(locale, "/admin/enrollments")}?page=${n}`} />
    </>
  );
}
