import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { can } from "@/lib/auth/policy";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { enrollmentWindowState } from "@/lib/catalogue/window";
import { findApplicationForm } from "@/lib/enrollment/queries";
import { draftValues } from "@/lib/enrollment/questions";
import type { EnrollmentState } from "@/lib/enrollment/states";
import { FormMessages } from "@/components/forms/client-messages";
import { ApplicationForm } from "@/components/enrollment/application-form";
import { OfferingEnrolment } from "@/components/enrollment/offering-enrolment";

type Props = { params: Promise<{ locale: Locale; slug: string; offering: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("enrollment.apply.reviewed"));
}

export default async function ApplyPage({ params }: Props) {
  const { locale, slug, offering: code } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", `/programmes/${slug}/apply/${code}`);
  const form = await findApplicationForm(slug, code, actor.id);
  if (!form) notFound();
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const { offering, questions, draft, standing } = form;
  const programme = offering.programme;
  const window = enrollmentWindowState(offering, new Date());
  const admission = offering.admission ?? programme.admission;
  const open = window.kind === "open" || window.kind === "full";

  let body;
  if (!questions || standing || !open || !can(actor, "account.verified-actions")) {
    // No questions to ask, already applied, closed, or email not verified: what the programme page offers.
    body = (
      <>
        <OfferingEnrolment offeringId={offering.id} window={window} admission={admission} programmeSlug={programme.slug} actor={actor} enrollment={standing ? { id: standing.id, state: standing.state as EnrollmentState } : undefined} />
        {!standing && !open && <p className="text-slate-700">{t("enrollment.form.closed")}</p>}
      </>
    );
  } else {
    const restored = draft
      ? { values: draftValues(questions.set, draft.values), step: draft.step, savedAt: draft.updatedAt.toISOString(), outdated: draft.formVersion !== questions.version }
      : undefined;
    body = (
      <FormMessages>
        <ApplicationForm offeringId={offering.id} version={questions.version} set={questions.set} draft={restored} reviewed={admission === "reviewed"} />
      </FormMessages>
    );
  }

  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 md:py-10">
      <div className="space-y-1">
        <Link href={`/programmes/${programme.slug}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">{t("enrollment.form.backToProgramme")}</Link>
        <h1 className="text-2xl font-bold text-slate-900">{t("enrollment.form.title", { programme: localized(locale, programme.titleZh, programme.titleEn) })}</h1>
        <p className="text-slate-600">
          {localized(locale, programme.institution.nameZh, programme.institution.nameEn)} · {t("enrollment.form.offering", { start: format.dateTime(offering.startsAt, { dateStyle: "long", timeZone: offering.timeZone }) })}
        </p>
      </div>
      {body}
    </div>
  );
}
