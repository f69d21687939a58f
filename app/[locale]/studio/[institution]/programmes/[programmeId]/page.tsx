import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { countryName } from "@/lib/i18n/names";
import { privatePageMetadata } from "@/lib/auth/pages";
import { idSchema } from "@/lib/forms/schemas";
import { COUNTRIES } from "@/lib/geo/countries";
import { isPublicInstitution } from "@/lib/catalogue/visibility";
import { requireStudio } from "@/lib/studio/pages";
import { findExpertChoices, findHostChoices, findProgrammeForEditor } from "@/lib/programmes/queries";
import { EditorMessages } from "@/components/studio/editor-messages";
import { ProgrammeEditor } from "@/components/studio/programme-editor";

type Props = { params: Promise<{ locale: Locale; institution: string; programmeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.editor.title"));
}

/** The programme editor, for staff who may edit the institution's programmes (and bureau admins). */
export default async function ProgrammeEditorPage({ params }: Props) {
  const { locale, institution: slug, programmeId } = await params;
  setRequestLocale(locale);
  const { institution } = await requireStudio(locale, slug, "institution.edit", `/programmes/${programmeId}`);
  const programme = idSchema.safeParse(programmeId).success ? await findProgrammeForEditor(institution.id, programmeId) : null;
  if (!programme) notFound();
  const [experts, hosts] = await Promise.all([
    programme.kind === "lecture" ? findExpertChoices() : [],
    programme.kind === "overseas" ? findHostChoices() : [],
  ]);
  const countries = programme.kind === "overseas" || programme.kind === "lecture"
    ? COUNTRIES.map((code) => ({ code, name: countryName(locale, code) })).sort((a, b) => a.name.localeCompare(b.name, locale))
    : [];
  return (
    <EditorMessages>
      <ProgrammeEditor
        institution={{ id: institution.id, slug: institution.slug, verified: isPublicInstitution(institution) }}
        programme={{
          id: programme.id, kind: programme.kind, status: programme.status, slug: programme.slug, version: programme.version, values: programme.values,
          publishedAt: programme.publishedAt?.toISOString() ?? null, draftSavedAt: programme.draftSavedAt?.toISOString() ?? null,
        }}
        experts={experts} hosts={hosts} countries={countries}
      />
    </EditorMessages>
  );
}
