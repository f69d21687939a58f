import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { privatePageMetadata } from "@/lib/auth/pages";
import { getActor } from "@/lib/auth/session";
import { findInvitationByToken } from "@/lib/staff/queries";
import { isInvitationToken } from "@/lib/staff/schema";
import { invitationState } from "@/lib/staff/states";
import { AuthCard } from "@/components/accounts/auth-card";
import { ResendVerification } from "@/components/accounts/resend-verification";
import { Button } from "@/components/ui/button";
import { StaffMessages } from "@/components/staff/staff-messages";
import { AcceptInvitation, SignOutToAccept } from "@/components/staff/accept-invitation";

type Props = { params: Promise<{ locale: Locale; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("studio.staff.invitation.title"));
}

const linkClass = "font-medium text-brand-700 underline underline-offset-2";

/**
 * The page an invitation email links to. Opening it changes nothing (mail scanners open links);
 * accepting is a button. Who may accept: the account of the invited address, once verified
 * (lib/staff/mutations.ts says why). Anyone else is told what to do; a link that no longer works
 * says why; one that never was is a 404.
 */
export default async function InvitationPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  if (!isInvitationToken(token)) notFound();
  const [invitation, actor, t, format] = await Promise.all([findInvitationByToken(token), getActor(), getTranslations({ locale }), getFormatter({ locale })]);
  if (!invitation) notFound();
  const institution = localized(locale, invitation.institution.nameZh, invitation.institution.nameEn);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const here = localePath(locale, `/invitations/${token}`);
  const member = actor?.memberships.some((m) => m.institutionId === invitation.institution.id) ?? false;
  const workspace = (
    <Button asChild className="w-full">
      <Link href={`/studio/${invitation.institution.slug}`}>{t("studio.staff.invitation.openWorkspace")}</Link>
    </Button>
  );

  const state = invitationState(invitation);
  if (state !== "open") {
    return (
      <AuthCard title={t(`studio.staff.invitation.states.${state}.title`)}>
        <p className="text-slate-700">{t(`studio.staff.invitation.states.${state}.text`, { institution, date: date(invitation.expiresAt) })}</p>
        {member && workspace}
      </AuthCard>
    );
  }

  const signedInAs = actor?.email.toLowerCase();
  return (
    <AuthCard title={t("studio.staff.invitation.title")} description={t("studio.staff.invitation.lead", { institution, role: t(`institutionRole.${invitation.role}`) })}>
      <div className="space-y-1 rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
        <p className="font-medium text-slate-900">{t(`institutionRole.${invitation.role}`)}</p>
        <p className="mb-2">{t(`studio.staff.roles.${invitation.role}`)}</p>
        {invitation.invitedBy && <p>{t("studio.staff.invitation.invitedBy", { name: invitation.invitedBy })}</p>}
        <p className="break-words">{t("studio.staff.invitation.sentTo", { email: invitation.email })}</p>
        <p>{t("studio.staff.invitation.validUntil", { date: date(invitation.expiresAt) })}</p>
      </div>
      <StaffMessages>
        {!actor ? (
          <div className="space-y-4">
            <p className="text-slate-800">{t("studio.staff.invitation.signInFirst", { email: invitation.email })}</p>
            <Button asChild className="w-full">
              <Link href={{ pathname: "/sign-in", query: { next: here } }}>{t("studio.staff.invitation.signIn")}</Link>
            </Button>
            <p className="text-sm text-slate-700">{t("studio.staff.invitation.noAccount", { email: invitation.email })}</p>
            <Link href="/sign-up" className={linkClass}>{t("studio.staff.invitation.signUp")}</Link>
          </div>
        ) : member ? (
          <div className="space-y-4">
            <p className="text-slate-800">{t("studio.staff.invitation.alreadyMember")}</p>
            {workspace}
          </div>
        ) : signedInAs !== invitation.email ? (
          <div className="space-y-4">
            <p className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">{t("studio.staff.invitation.wrongAccount", { email: invitation.email, name: actor.email })}</p>
            <SignOutToAccept token={token} />
          </div>
        ) : !actor.emailVerified ? (
          <div className="space-y-4">
            <p className="text-slate-800">{t("studio.staff.invitation.unverified", { email: invitation.email })}</p>
            <ResendVerification email={actor.email} />
          </div>
        ) : (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">{t("studio.staff.invitation.acceptNote")}</p>
            <AcceptInvitation token={token} />
          </div>
        )}
      </StaffMessages>
    </AuthCard>
  );
}
