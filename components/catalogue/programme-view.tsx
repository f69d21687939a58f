import { codeKey } from "@/lib/i18n/code-key";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { contentLanguage, localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { timeZoneName } from "@/lib/i18n/names";
import type { ProgrammeDetail } from "@/lib/catalogue/queries";
import { enrollmentWindowState, hasEnded } from "@/lib/catalogue/window";
import type { Actor } from "@/lib/auth/policy";
import type { EnrollmentState } from "@/lib/enrollment/states";
import { OfferingEnrolment } from "@/components/enrollment/offering-enrolment";
import { ChevronDown } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Markdown } from "@/components/ui/markdown";
import { ProgrammeFacts } from "./programme-facts";
import { OfferingCard, type ParticipantLinks } from "./offering-card";
import { ExpertCard } from "./expert-card";

/**
 * A programme's page; `standing` holds the signed-in person's own applications here, by offering,
 * and `links` the online links of offerings where they hold a confirmed place (nobody else's).
 */
export async function ProgrammeView({ programme, now, actor, standing, links = new Map() }: {
  programme: ProgrammeDetail; now: Date; actor: Actor | null; standing: Map<string, { id: string; state: EnrollmentState }>; links?: Map<string, ParticipantLinks>;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const title = localized(locale, programme.titleZh, programme.titleEn);
  const bodyLang = contentLanguage(locale, programme.bodyZh, programme.bodyEn);
  const current = programme.offerings.filter((o) => !hasEnded(o, now));
  const past = programme.offerings.filter((o) => hasEnded(o, now)).reverse();
  const zone = programme.offerings[0]?.timeZone;
  const enrolment = (o: (typeof current)[number]) => (
    <OfferingEnrolment
      offeringId={o.id} window={enrollmentWindowState(o, now)} admission={o.admission ?? programme.admission} programmeSlug={programme.slug}
      actor={actor} enrollment={standing.get(o.id)}
      formPath={programme.questionSets.length > 0 ? `/programmes/${programme.slug}/apply/${o.code}` : undefined}
    />
  );
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <nav aria-label={t("programme.breadcrumb")} className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li><Link href="/" className="hover:underline">{t("nav.home")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href="/programmes" className="hover:underline">{t("nav.programmes")}</Link></li>
          <li aria-hidden="true">/</li>
          <li><Link href={`/programmes?kind=${programme.kind}`} className="hover:underline">{t(codeKey("kind", programme.kind))}</Link></li>
        </ol>
      </nav>

      <header className="mt-3">
        <div className="flex flex-wrap gap-1.5">
          <Badge tone="brand">{t(codeKey("kind", programme.kind))}</Badge>
          <Badge>{t(codeKey("area", programme.area))}</Badge>
          {programme.level ? <Badge>{t(codeKey("level", programme.level))}</Badge> : null}
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-tight sm:text-3xl">{title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{localized(locale, programme.summaryZh, programme.summaryEn)}</p>
        <p className="mt-2 text-sm">
          <span className="text-slate-600">{t("programme.offeredBy")}</span>
          <Link href={`/institutions/${programme.institution.slug}`} className="font-medium text-brand-700 underline underline-offset-2">
            {localized(locale, programme.institution.nameZh, programme.institution.nameEn)}
          </Link>
        </p>
      </header>

      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-8">
          <section aria-labelledby="offerings-heading">
            <h2 id="offerings-heading" className="text-lg font-semibold">{t("programme.offerings")}</h2>
            {zone ? <p className="mt-1 text-xs text-slate-600">{t("programme.timeZoneNote", { zone: timeZoneName(locale, zone) })}</p> : null}
            {current.length ? (
              <ul className="mt-3 space-y-3">
                {current.map((o) => <OfferingCard key={o.id} offering={o} programme={programme} now={now} enrolment={enrolment(o)} links={links.get(o.id)} />)}
              </ul>
            ) : (
              <p className="mt-3 text-slate-600">{t("programme.noOfferings")}</p>
            )}
            {past.length ? (
              <details className="group mt-4">
                <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 text-sm font-medium text-slate-700 [&::-webkit-details-marker]:hidden">
                  {t("programme.pastOfferings", { count: past.length })}
                  <ChevronDown aria-hidden="true" className="size-4 transition group-open:rotate-180" />
                </summary>
                <ul className="mt-2 space-y-3">
                  {past.map((o) => <OfferingCard key={o.id} offering={o} programme={programme} now={now} links={links.get(o.id)} />)}
                </ul>
              </details>
            ) : null}
          </section>

          {/* On phones the facts follow the dates; on wide screens they sit in the side column. */}
          <section aria-labelledby="facts-heading-inline" className="rounded-xl border border-slate-200 bg-white p-4 lg:hidden">
            <h2 id="facts-heading-inline" className="text-base font-semibold">{t("programme.facts")}</h2>
            <ProgrammeFacts programme={programme} />
          </section>

          {programme.experts.length ? (
            <section aria-labelledby="experts-heading">
              <h2 id="experts-heading" className="text-lg font-semibold">{t("programme.experts")}</h2>
              <ul className="mt-3 grid gap-3 sm:grid-cols-2">
                {programme.experts.map(({ expert }) => <ExpertCard key={expert.id} expert={expert} />)}
              </ul>
            </section>
          ) : null}

          <section aria-labelledby="about-heading">
            <h2 id="about-heading" className="text-lg font-semibold">{t("programme.about")}</h2>
            {bodyLang !== locale ? <p className="mt-2 text-sm text-amber-900">{t("programme.translationMissing")}</p> : null}
            <Markdown source={localized(locale, programme.bodyZh, programme.bodyEn)} lang={bodyLang} />
            {programme.eligibilityZh || programme.eligibilityEn ? (
              <>
                <h3 className="mt-6 font-semibold">{t("programme.eligibility")}</h3>
                <p className="mt-2 text-slate-800">{localized(locale, programme.eligibilityZh, programme.eligibilityEn)}</p>
              </>
            ) : null}
          </section>
        </div>

        <aside aria-labelledby="facts-heading" className="hidden self-start rounded-xl border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:block">
          <h2 id="facts-heading" className="text-base font-semibold">{t("programme.facts")}</h2>
          <ProgrammeFacts programme={programme} />
        </aside>
      </div>
    </div>
  );
}
