import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { privatePageMetadata } from "@/lib/auth/pages";
import { requireStudio } from "@/lib/studio/pages";
import { Link } from "@/lib/i18n/navigation";
import { EditorMessages } from "@/components/studio/editor-messages";
import { NewProgrammeForm } from "@/components/studio/new-programme-form";

type Props = { params: Promise<{ locale: Locale; institution: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.editor.newTitle"));
}

/** A new programme: its kind, area and title make a draft, which opens in the editor. */
export default async function NewProgrammePage({ params }: Props) {
  const { locale, institution: slug } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "institution.edit", "/programmes/new");
  const t = await getTranslations({ locale });
  return (
    <div className="max-w-3xl space-y-5">
      <Link href={`/studio/${institution.slug}`} className="text-sm text-brand-700 underline underline-offset-2">{t("studio.editor.backToWorkspace")}</Link>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("studio.editor.newTitle")}</h1>
        <p className="text-slate-700">{localized(locale, institution.nameZh, institution.nameEn)}</p>
        <p className="text-sm text-slate-600">{t("studio.editor.newIntro")}</p>
      </div>
      <EditorMessages>
        <NewProgrammeForm institution={{ id: institution.id, slug: institution.slug }} />
      </EditorMessages>
    </div>
  );
}
