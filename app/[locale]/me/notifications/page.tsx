import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { codeKey } from "@/lib/i18n/code-key";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { findNotifications } from "@/lib/notifications/queries";
import { Link } from "@/lib/i18n/navigation";
import { cn } from "@/lib/ui/cn";
import { INSTITUTION_ROLES } from "@/lib/auth/roles";
import { MarkAllRead } from "@/components/notifications/mark-all-read";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("notifications.title"));
}

export default async function NotificationsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me/notifications");
  const items = await findNotifications(actor.id);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("notifications.title")}</h1>
        {items.some((n) => !n.readAt) && (
          // The /me layout already provides the client texts (FormMessages).
          <MarkAllRead />
        )}
      </div>
      {items.length === 0 ? (
        <p className="text-slate-700">{t("notifications.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
          {items.map((n) => {
            const when = <span className="text-sm text-slate-600">{format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>;
            if (n.kind === "institution.staff-joined") {
              // Someone accepted an invitation (lib/staff): who, and as what, with the way to the staff page.
              const joined = n.data as { name?: string; role?: string };
              const role = (INSTITUTION_ROLES as readonly string[]).includes(joined.role ?? "") ? t(`institutionRole.${joined.role as "editor"}`) : "—";
              return (
                <li key={n.id} className={cn("flex flex-wrap items-baseline justify-between gap-2 px-4 py-3", !n.readAt && "bg-brand-50/60")}>
                  <Link href={n.institution ? `/studio/${n.institution.slug}/staff` : "/studio"} className="font-medium text-slate-900 hover:underline">
                    {t("studio.staff.joinedNotification", { name: joined.name ?? "—", institution: n.institution ? localized(locale, n.institution.nameZh, n.institution.nameEn) : "—", role })}
                  </Link>
                  {when}
                </li>
              );
            }
            if (n.kind.startsWith("institution.")) {
              return (
                <li key={n.id} className={cn("flex flex-wrap items-baseline justify-between gap-2 px-4 py-3", !n.readAt && "bg-brand-50/60")}>
                  <Link href="/me/institutions" className="font-medium text-slate-900 hover:underline">
                    {t("notifications.institutionItem", { institution: n.institution ? localized(locale, n.institution.nameZh, n.institution.nameEn) : "—", state: t(codeKey("institutionStatus", n.kind.slice("institution.".length))) })}
                  </Link>
                  {when}
                </li>
              );
            }
            if (n.kind === "offering.cancelled") {
              const data = n.data as { reasonZh?: string; reasonEn?: string };
              return (
                <li key={n.id} className={cn("flex flex-wrap items-baseline justify-between gap-2 px-4 py-3", !n.readAt && "bg-brand-50/60")}>
                  <Link href="/me/enrollments" className="min-w-0 break-words font-medium text-slate-900 hover:underline">
                    {t("studio.offerings.notice", { programme: n.programme ? localized(locale, n.programme.titleZh, n.programme.titleEn) : "—", reason: localized(locale, data.reasonZh, data.reasonEn) })}
                  </Link>
                  {when}
                </li>
              );
            }
            const state = n.kind.replace(/^enrollment\./, "") as "confirmed";
            const label = state === ("waitlisted" as string) && n.programme?.admission === "reviewed" ? t("enrollment.stateReviewedWaitlisted") : t(`enrollment.state.${state}`);
            return (
              <li key={n.id} className={cn("flex flex-wrap items-baseline justify-between gap-2 px-4 py-3", !n.readAt && "bg-brand-50/60")}>
                <Link href="/me/enrollments" className="font-medium text-slate-900 hover:underline">
                  {t("notifications.item", { programme: n.programme ? localized(locale, n.programme.titleZh, n.programme.titleEn) : "—", state: label })}
                </Link>
                {when}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
