import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { privatePageMetadata } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { requireStudio } from "@/lib/studio/pages";
import { findWorkspace } from "@/lib/studio/queries";
import { percent } from "@/lib/programmes/completeness";
import { Link } from "@/lib/i18n/navigation";
import { Badge } from "@/components/ui/badge";
import { CompletenessMeter } from "@/components/studio/completeness-meter";

type Props = { params: Promise<{ locale: Locale; institution: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.title"));
}

const STATUS_TONE = { draft: "warning", published: "success", archived: "muted" } as const;

/** An institution's workspace: its programmes by state and completeness, and its current offerings with their queues. */
export default async function WorkspacePage({ params }: Props) {
  const { locale, institution: slug } = await params;
  setRequestLocale(locale);
  const { actor, institution } = await requireStudio(locale, slug, "institution.staff-area", "");
  const [workspace, t, format] = await Promise.all([findWorkspace(institution.id), getTranslations({ locale }), getFormatter({ locale })]);
  const base = `/studio/${institution.slug}`;
  const mayEdit = can(actor, "institution.edit", { institutionId: institution.id });
  const day = (d: Date, timeZone: string) => format.dateTime(d, { dateStyle: "medium", timeZone });
  return (
    <>
      <div className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-bold text-slate-900">{localized(locale, institution.nameZh, institution.nameEn)}</h1>
          <Badge tone={institution.status === "verified" ? "success" : "warning"}>{t(codeKey("institutionStatus", institution.status))}</Badge>
        </div>
        {institution.status === "pending" && <p className="text-sm text-amber-900">{t("studio.workspace.pendingNote")}</p>}
        {institution.status === "changes-requested" && <p className="text-sm text-amber-900">{t("studio.workspace.changesNote")}</p>}
      </div>

      <section aria-labelledby="programmes" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="programmes" className="text-lg font-semibold text-slate-900">{t("studio.workspace.programmes")}</h2>
          {mayEdit && (
            <Link href={`${base}/programmes/new`} className="rounded-lg bg-brand-700 px-3 py-2 text-sm font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
              {t("studio.workspace.newProgramme")}
            </Link>
          )}
        </div>
        {workspace.programmes.length === 0 ? (
          <p className="text-slate-700">{t("studio.workspace.noProgrammes")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {workspace.programmes.map((p) => (
              <li key={p.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0 space-y-1">
                  <Link href={mayEdit ? `${base}/programmes/${p.id}` : `${base}/programmes/${p.id}/preview`} className="font-medium break-words text-brand-700 underline underline-offset-2">
                    {localized(locale, p.titleZh, p.titleEn) || "—"}
                  </Link>
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <Badge tone={STATUS_TONE[p.status as keyof typeof STATUS_TONE] ?? "neutral"}>{t(`studio.programmeStatus.${p.status as "draft"}`)}</Badge>
                    <span>{t(codeKey("kind", p.kind))}</span>
                    {p.unsavedDraft && <Badge tone="brand">{t("studio.workspace.unsavedDraft")}</Badge>}
                    <span>{t("studio.workspace.updated", { when: format.dateTime(p.updatedAt, { dateStyle: "medium" }) })}</span>
                  </div>
                </div>
                <div className="shrink-0 space-y-1" aria-label={t("studio.workspace.completeness")} role="group">
                  <CompletenessMeter label={t("studio.workspace.chinese")} percent={percent(p.completeness.zh)} />
                  <CompletenessMeter label={t("studio.workspace.english")} percent={percent(p.completeness.en)} />
                  {p.completeness.shared.total > 0 && <CompletenessMeter label={t("studio.workspace.shared")} percent={percent(p.completeness.shared)} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="offerings" className="space-y-3">
        <h2 id="offerings" className="text-lg font-semibold text-slate-900">{t("studio.workspace.offerings")}</h2>
        {workspace.offerings.length === 0 ? (
          <p className="text-slate-700">{t("studio.workspace.noOfferings")}</p>
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {workspace.offerings.map((o) => (
              <li key={o.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <p className="font-medium text-slate-900 break-words">
                  {localized(locale, o.programme.titleZh, o.programme.titleEn)} <span className="font-normal text-slate-600">· {o.code}</span>
                </p>
                <p className="text-sm text-slate-700">{day(o.startsAt, o.timeZone)} – {day(o.endsAt, o.timeZone)}</p>
                <p className="text-xs text-slate-600">{t("studio.workspace.window", { opens: day(o.opensAt, o.timeZone), closes: day(o.closesAt, o.timeZone) })}</p>
                <div className="flex flex-wrap gap-2">
                  <Badge tone="neutral">{o.capacity === null ? t("studio.workspace.seatsUnlimited", { taken: o.seatsTaken }) : t("studio.workspace.seats", { taken: o.seatsTaken, capacity: o.capacity })}</Badge>
                  {o.waitlisted > 0 && <Badge tone="warning">{t("studio.workspace.waitlisted", { count: o.waitlisted })}</Badge>}
                  {o.submitted > 0 && <Badge tone="brand">{t("studio.workspace.awaiting", { count: o.submitted })}</Badge>}
                </div>
                <div className="flex flex-wrap gap-x-4 gap-y-1">
                  <Link href={`${base}/offerings/${o.id}/applicants`} className="inline-block text-sm text-brand-700 underline underline-offset-2">{t("studio.workspace.applicants")}</Link>
                  {can(actor, "enrollment.run", { institutionId: institution.id }) && (
                    <Link href={`${base}/offerings/${o.id}/check-in`} className="inline-block text-sm text-brand-700 underline underline-offset-2">{t("studio.attendance.title")}</Link>
                  )}
                  {mayEdit && <Link href={`${base}/offerings/${o.id}`} className="inline-block text-sm text-brand-700 underline underline-offset-2">{t("studio.offerings.edit", { name: o.code })}</Link>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
