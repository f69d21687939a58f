import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { findStudiosOf } from "@/lib/studio/queries";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.indexTitle"));
}

/** The workspaces a person may open; with only one, straight into it. */
export default async function StudioIndexPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/studio");
  const [studios, t] = await Promise.all([findStudiosOf(actor.id), getTranslations({ locale })]);
  if (studios.length === 1) redirect(localePath(locale, `/studio/${studios[0]!.slug}`));
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 md:py-10">
      <h1 className="text-2xl font-bold text-slate-900">{t("studio.indexTitle")}</h1>
      {studios.length === 0 ? (
        <p className="text-slate-700">
          {t("studio.indexNone")}{" "}
          <Link href="/me/institutions" className="text-brand-700 underline underline-offset-2">{t("institutions.join.title")}</Link>
        </p>
      ) : (
        <ul className="space-y-3">
          {studios.map((s) => (
            <li key={s.slug}>
              <Link href={`/studio/${s.slug}`} className="flex flex-wrap items-center gap-2 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-300 focus-visible:outline-2 focus-visible:outline-brand-600">
                <span className="font-semibold text-slate-900">{localized(locale, s.nameZh, s.nameEn)}</span>
                <Badge tone="brand">{t(`institutionRole.${s.role as "owner"}`)}</Badge>
                {s.status !== "verified" && <Badge tone="warning">{t(codeKey("institutionStatus", s.status))}</Badge>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
