import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Eye } from "lucide-react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { privatePageMetadata } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { idSchema } from "@/lib/forms/schemas";
import { requireStudio } from "@/lib/studio/pages";
import { findProgrammePreview } from "@/lib/programmes/queries";
import { Link } from "@/lib/i18n/navigation";
import { ProgrammeView } from "@/components/catalogue/programme-view";

type Props = { params: Promise<{ locale: Locale; institution: string; programmeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.editor.preview"));
}

/**
 * The working copy as the public will see it: the public page's own view, as an anonymous visitor
 * sees it, under a banner that says it is a preview. For the institution's staff and the bureau.
 */
export default async function ProgrammePreviewPage({ params }: Props) {
  const { locale, institution: slug, programmeId } = await params;
  setRequestLocale(locale);
  const { actor, institution } = await requireStudio(locale, slug, "institution.staff-area", `/programmes/${programmeId}/preview`);
  const programme = idSchema.safeParse(programmeId).success ? await findProgrammePreview(institution.id, programmeId) : null;
  if (!programme) notFound();
  const t = await getTranslations({ locale, namespace: "studio.editor" });
  const banner = programme.status !== "published" ? "banner" : programme.draft !== null ? "bannerPublished" : "bannerSaved";
  return (
    <>
      <div role="note" aria-label={t("preview")} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border-2 border-dashed border-amber-400 bg-amber-50 px-4 py-3">
        <p className="flex items-start gap-2 text-sm font-medium text-amber-950">
          <Eye aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t(`previewPage.${banner}`)}
        </p>
        {can(actor, "institution.edit", { institutionId: institution.id }) && (
          <Link href={`/studio/${institution.slug}/programmes/${programme.id}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            {t("previewPage.back")}
          </Link>
        )}
      </div>
      <div className="rounded-xl border border-slate-200 bg-slate-50" aria-label={t("previewPage.title", { name: localized(locale, programme.titleZh, programme.titleEn) })} role="region">
        <ProgrammeView programme={programme} now={new Date()} actor={null} standing={new Map()} />
      </div>
    </>
  );
}
