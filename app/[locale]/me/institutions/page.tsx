import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { findOwnInstitutions } from "@/lib/institutions/queries";
import { JoinForm } from "@/components/institutions/join-form";
import { ApplicationTimeline } from "@/components/institutions/application-timeline";
import { Badge } from "@/components/ui/badge";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("institutions.join.title"));
}

/** The institutions a person owns with their applications' progress, and the form to register one. */
export default async function MyInstitutionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me/institutions");
  const [institutions, t, format] = await Promise.all([findOwnInstitutions(actor.id), getTranslations({ locale }), getFormatter({ locale })]);
  const note: Record<string, "institutions.join.pendingNote" | "institutions.join.changesNote" | "institutions.join.rejectedNote"> = {
    pending: "institutions.join.pendingNote", "changes-requested": "institutions.join.changesNote", rejected: "institutions.join.rejectedNote",
  };
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("institutions.join.title")}</h1>
      {institutions.length === 0 && <p className="text-slate-700">{t("institutions.join.none")}</p>}
      {institutions.map((i) => (
        <section key={i.id} aria-labelledby={`inst-${i.id}`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <div className="flex flex-wrap items-center gap-2">
            <h2 id={`inst-${i.id}`} className="text-lg font-semibold text-slate-900">{localized(locale, i.nameZh, i.nameEn)}</h2>
            <Badge tone={i.status === "verified" ? "success" : i.status === "rejected" ? "neutral" : "warning"}>{t(codeKey("institutionStatus", i.status))}</Badge>
            {i.status !== "rejected" && (
              <Link href={`/studio/${i.slug}`} className="ms-auto rounded-lg border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600">{t("studio.open")}</Link>
            )}
          </div>
          {note[i.status] && <p className="text-sm text-slate-700">{t(note[i.status]!)}</p>}
          <ApplicationTimeline events={i.events.map((e) => ({ ...e, when: format.dateTime(e.at, { dateStyle: "medium", timeStyle: "short" }), label: e.from === null ? t("institutions.join.submitted") : t(codeKey("institutionStatus", e.to)) }))} heading={t("institutions.join.timeline")} />
          {i.status === "changes-requested" && (
            <JoinForm
              institutionId={i.id}
              initial={{
                nameZh: i.nameZh, nameEn: i.nameEn, kind: i.kind as "university-college", registrationCode: i.registrationCode ?? "", country: i.country,
                district: i.district as null, address: i.address ?? "", website: i.website ?? "", contactName: i.contactName ?? "",
                contactEmail: i.contactEmail ?? "", contactPhone: i.contactPhone ?? "", summaryZh: i.summaryZh, summaryEn: i.summaryEn,
              }}
            />
          )}
        </section>
      ))}
      {can(actor, "institution.apply") ? (
        <section aria-labelledby="apply" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="apply" className="text-lg font-semibold text-slate-900">{t("institutions.join.apply")}</h2>
          <p className="text-sm text-slate-700">{t("institutions.join.applyIntro")}</p>
          <JoinForm />
        </section>
      ) : (
        <p className="text-sm text-amber-900">{t("enrollment.apply.verifyFirst")}</p>
      )}
    </>
  );
}
