import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/seo";
import { countProgrammesByKind, findHomeHighlights } from "@/lib/catalogue/queries";
import { PROGRAMME_KINDS } from "@/lib/catalogue/codes";
import { Button } from "@/components/ui/button";
import { KindEntry } from "@/components/home/kind-entry";
import { OfferingHighlight } from "@/components/catalogue/offering-highlight";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "site" });
  return { ...pageMetadata({ locale, path: "/", title: t("name"), description: t("description"), siteName: t("name") }), title: { absolute: t("name") } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  const now = new Date();
  const [counts, highlights] = await Promise.all([countProgrammesByKind(), findHomeHighlights(now)]);
  return (
    <>
      <section className="bg-gradient-to-b from-brand-800 to-brand-700 text-white">
        <div className="mx-auto max-w-6xl px-4 py-10 sm:py-14">
          <h1 className="max-w-2xl text-2xl font-bold leading-tight sm:text-4xl">{t("heroTitle")}</h1>
          <p className="mt-3 max-w-2xl text-base text-brand-50 sm:text-lg">{t("heroBody")}</p>
          <Button asChild variant="secondary" className="mt-6">
            <Link href="/programmes">{t("browseAll")}</Link>
          </Button>
        </div>
      </section>

      <div className="mx-auto max-w-6xl space-y-10 px-4 py-8">
        <section aria-labelledby="kinds-heading">
          <h2 id="kinds-heading" className="text-lg font-semibold">{t("kindsHeading")}</h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {PROGRAMME_KINDS.map((kind) => (
              <KindEntry key={kind} kind={kind} count={counts[kind]} />
            ))}
          </ul>
        </section>

        <div className="grid gap-10 lg:grid-cols-2">
          <section aria-labelledby="lectures-heading" className="min-w-0">
            <div className="flex items-baseline justify-between gap-2">
              <h2 id="lectures-heading" className="text-lg font-semibold">{t("lecturesHeading")}</h2>
              <span className="text-sm text-slate-600">{t("lecturesNote")}</span>
            </div>
            {highlights.lectures.length ? (
              <ul className="mt-3 space-y-3">
                {highlights.lectures.map((o) => (
                  <OfferingHighlight key={o.id} offering={o} now={now} show="start" />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-slate-600">{t("noLectures")}</p>
            )}
            <Link href="/programmes?kind=lecture" className="mt-3 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline-offset-2 hover:underline">
              {t("seeAllLectures")} →
            </Link>
          </section>

          <section aria-labelledby="closing-heading" className="min-w-0">
            <div className="flex items-baseline justify-between gap-2">
              <h2 id="closing-heading" className="text-lg font-semibold">{t("closingHeading")}</h2>
              <span className="text-sm text-slate-600">{t("closingNote")}</span>
            </div>
            {highlights.closingSoon.length ? (
              <ul className="mt-3 space-y-3">
                {highlights.closingSoon.map((o) => (
                  <OfferingHighlight key={o.id} offering={o} now={now} show="closes" />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-slate-600">{t("noClosing")}</p>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
