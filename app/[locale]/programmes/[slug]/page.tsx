import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { pageMetadata } from "@/lib/seo";
import { findProgrammeBySlug } from "@/lib/catalogue/queries";
import { getActor } from "@/lib/auth/session";
import { findStandingEnrollments } from "@/lib/enrollment/queries";
import { findParticipantLinks } from "@/lib/offerings/queries";
import { ProgrammeView } from "@/components/catalogue/programme-view";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const programme = await findProgrammeBySlug(slug);
  if (!programme) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return pageMetadata({
    locale,
    path: `/programmes/${programme.slug}`,
    title: localized(locale, programme.titleZh, programme.titleEn),
    description: localized(locale, programme.summaryZh, programme.summaryEn),
    siteName: t("name"),
  });
}

export default async function ProgrammePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const programme = await findProgrammeBySlug(slug);
  if (!programme) notFound();
  const now = new Date();
  // The person's own applications here, in one query (none for anonymous visitors).
  const actor = await getActor();
  const offeringIds = programme.offerings.map((o) => o.id);
  const [standing, links] = actor
    ? await Promise.all([findStandingEnrollments(actor.id, offeringIds, now), findParticipantLinks(actor.id, offeringIds)])
    : [new Map(), new Map()];
  return <ProgrammeView programme={programme} now={now} actor={actor} standing={standing} links={links} />;
}
