import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { privatePageMetadata } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { INSTITUTION_ROLES } from "@/lib/auth/roles";
import { requireStudio } from "@/lib/studio/pages";
import { findMembers, findOpenInvitations } from "@/lib/staff/queries";
import { INVITATION_LIFETIME_DAYS } from "@/lib/staff/schema";
import { StaffMessages } from "@/components/staff/staff-messages";
import { MemberList } from "@/components/staff/member-list";
import { InvitationList } from "@/components/staff/invitation-list";
import { InviteForm } from "@/components/staff/invite-form";
import { LeaveInstitution } from "@/components/staff/leave-institution";

type Props = { params: Promise<{ locale: Locale; institution: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.staff.title"));
}

/**
 * An institution's staff: its members (owners change roles and remove people, everyone else reads
 * the list), the open invitations and the form to invite someone, and leaving. Roles are read on
 * every request, so a change made here holds from the person's next page.
 */
export default async function StaffPage({ params }: Props) {
  const { locale, institution: slug } = await params;
  setRequestLocale(locale);
  const { actor, institution, role } = await requireStudio(locale, slug, "institution.staff-area", "/staff");
  const manage = can(actor, "institution.manage-staff", { institutionId: institution.id });
  const [members, invitations, t, format] = await Promise.all([
    findMembers(institution.id),
    manage ? findOpenInvitations(institution.id) : Promise.resolve([]),
    getTranslations({ locale }),
    getFormatter({ locale }),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const now = new Date();
  const owners = members.filter((m) => m.role === "owner").length;
  return (
    <StaffMessages>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900">{t("studio.staff.title")}</h1>
        <p className="text-slate-700">{localized(locale, institution.nameZh, institution.nameEn)}</p>
        <p className="text-sm text-slate-700">{manage ? t("studio.staff.intro") : t("studio.staff.readOnly")}</p>
      </div>

      <section aria-labelledby="members" className="space-y-3">
        <h2 id="members" className="text-lg font-semibold text-slate-900">
          {t("studio.staff.members.title")} <span className="text-sm font-normal text-slate-600">{t("studio.staff.members.count", { count: members.length })}</span>
        </h2>
        <MemberList
          institutionId={institution.id}
          actorId={actor.id}
          manage={manage}
          members={members.map((m) => ({ userId: m.userId, name: m.name, email: m.email, role: m.role, since: date(m.since) }))}
        />
      </section>

      {manage && (
        <>
          <section aria-labelledby="invite" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
            <h2 id="invite" className="text-lg font-semibold text-slate-900">{t("studio.staff.invite.title")}</h2>
            {institution.status === "verified" ? (
              <>
                <p className="text-sm text-slate-700">{t("studio.staff.invite.intro", { days: INVITATION_LIFETIME_DAYS })}</p>
                <InviteForm institutionId={institution.id} />
              </>
            ) : (
              <p className="text-sm text-amber-900">{t("studio.staff.invite.notVerified")}</p>
            )}
          </section>

          <section aria-labelledby="invitations" className="space-y-3">
            <h2 id="invitations" className="text-lg font-semibold text-slate-900">{t("studio.staff.invitations.title")}</h2>
            <InvitationList
              days={INVITATION_LIFETIME_DAYS}
              invitations={invitations.map((i) => ({
                id: i.id, email: i.email, role: i.role, expired: i.expiresAt <= now, validUntil: date(i.expiresAt),
                sent: i.invitedBy ? t("studio.staff.invitations.sentBy", { name: i.invitedBy, date: date(i.createdAt) }) : t("studio.staff.invitations.sent", { date: date(i.createdAt) }),
              }))}
            />
          </section>
        </>
      )}

      <section aria-labelledby="roles" className="space-y-2">
        <h2 id="roles" className="text-lg font-semibold text-slate-900">{t("studio.staff.rolesHeading")}</h2>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {INSTITUTION_ROLES.map((r) => (
            <div key={r} className="contents">
              <dt className="font-medium text-slate-900">{t(`institutionRole.${r}`)}</dt>
              <dd className="mb-2 text-slate-700 sm:mb-0">{t(`studio.staff.roles.${r}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {role && (
        <section aria-labelledby="leave" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 sm:p-5">
          <h2 id="leave" className="text-lg font-semibold text-slate-900">{t("studio.staff.leave.title")}</h2>
          <p className="text-sm text-slate-700">{role === "owner" && owners <= 1 ? t("studio.staff.leave.lastOwnerNote") : t("studio.staff.leave.text")}</p>
          <LeaveInstitution institutionId={institution.id} />
        </section>
      )}
    </StaffMessages>
  );
}
