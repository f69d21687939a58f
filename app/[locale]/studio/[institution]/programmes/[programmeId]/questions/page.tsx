import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findQuestionEditor } from "@/lib/offerings/queries";
import { toEditorSteps } from "@/lib/offerings/question-editor";
import { QuestionEditor } from "@/components/offerings/question-editor";
import { StudioMessages } from "@/components/offerings/studio-messages";
import { StudioTrail } from "@/components/offerings/studio-trail";

type Props = { params: Promise<{ locale: Locale; institution: string; programmeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.questions.title"));
}

/** The questions editor of a programme: edit, preview, and publish the next version. */
export default async function QuestionsPage({ params }: Props) {
  const { locale, institution: slug, programmeId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "institution.edit", `/programmes/${programmeId}/questions`);
  const data = idSchema.safeParse(programmeId).success ? await findQuestionEditor(institution.id, programmeId) : null;
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations({ locale }), getFormatter({ locale })]);
  const { programme, current, answered } = data;
  const base = `/studio/${institution.slug}`;
  const title = localized(locale, programme.titleZh, programme.titleEn) || "—";
  const answeredCount = answered.reduce((n, a) => n + a.count, 0);
  return (
    <>
      <div className="space-y-2">
        <StudioTrail label={t("studio.offerings.breadcrumb")} items={[
          { href: base, text: localized(locale, institution.nameZh, institution.nameEn) },
          { href: `${base}/programmes/${programme.id}`, text: title },
          { text: t("studio.questions.title") },
        ]} />
        <h1 className="text-2xl font-bold break-words text-slate-900">{t("studio.questions.heading", { programme: title })}</h1>
        <p className="text-sm text-slate-700">{t("studio.questions.intro")}</p>
        {current ? (
          <p className="text-sm text-slate-700">
            {t("studio.questions.current", { version: current.version, date: format.dateTime(current.publishedAt, { dateStyle: "medium" }) })}{" "}
            {t("studio.questions.answered", { count: answeredCount, label: answered.map((a) => a.version).join(locale === "en" ? ", " : "、") })}
          </p>
        ) : (
          <p className="text-sm text-slate-700">{t("studio.questions.noneYet")}</p>
        )}
        <Link href={`${base}/programmes/${programme.id}/offerings`} className="inline-block text-sm font-medium text-brand-700 underline underline-offset-2">{t("studio.questions.offeringsLink")}</Link>
      </div>
      <StudioMessages>
        <QuestionEditor programmeId={programme.id} initial={current ? toEditorSteps(current.set) : []} nextVersion={(current?.version ?? 0) + 1} reviewed={programme.admission === "reviewed"} />
      </StudioMessages>
    </>
  );
}
