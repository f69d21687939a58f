import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { privatePageMetadata } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findApplicants } from "@/lib/roster/queries";
import { applicantFilterSchema } from "@/lib/roster/schema";
import { ApplicantsView } from "@/components/roster/applicants-view";

type Props = {
  params: Promise<{ locale: Locale; institution: string; offeringId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.applicants.title"));
}

/** One offering's applicants, for its institution's reviewers and the staff running it (and the bureau). */
export default async function ApplicantsPage({ params, searchParams }: Props) {
  const { locale, institution: slug, offeringId } = await params;
  setRequestLocale(locale);
  const { actor, institution } = await requireStudio(locale, slug, "institution.staff-area", `/offerings/${encodeURIComponent(offeringId)}/applicants`);
  const rights = { review: can(actor, "enrollment.review", { institutionId: institution.id }), run: can(actor, "enrollment.run", { institutionId: institution.id }) };
  if (!rights.review && !rights.run) forbidden();
  const id = idSchema.safeParse(offeringId);
  const now = new Date();
  const filter = applicantFilterSchema.parse(await searchParams);
  const data = id.success ? await findApplicants(institution.id, id.data, filter, actor.id, now) : null;
  if (!data) notFound();
  return <ApplicantsView locale={locale} institutionSlug={institution.slug} data={data} filter={filter} rights={rights} now={now} />;
}
