import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { findProfile } from "@/lib/accounts/queries";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { ProfileForm } from "@/components/accounts/profile-form";
import { ResendVerification } from "@/components/accounts/resend-verification";
import { Badge } from "@/components/ui/badge";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("account.profile.title"));
}

export default async function ProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "account.manage", "/me");
  const profile = (await findProfile(actor.id))!;
  const t = await getTranslations({ locale });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("account.profile.title")}</h1>
      {!profile.emailVerifiedAt && <ResendVerification email={profile.email} />}
      <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-slate-600">{t("account.profile.email")}</dt>
          <dd className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
            {profile.email}
            <Badge tone={profile.emailVerifiedAt ? "success" : "warning"}>
              {profile.emailVerifiedAt ? t("account.profile.verified") : t("account.profile.notVerified")}
            </Badge>
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">{t("account.profile.roles")}</dt>
          <dd className="space-y-0.5 text-slate-900">
            <p>{t("account.profile.learner")}</p>
            {profile.memberships.map((m) => (
              <p key={m.institution.slug}>
                {t("account.profile.staffOf", { institution: localized(locale, m.institution.nameZh, m.institution.nameEn), role: t(`institutionRole.${m.role as "owner"}`) })}
              </p>
            ))}
            {profile.bureauRole && <p>{t("account.profile.bureau", { role: t(`bureauRole.${profile.bureauRole as "admin"}`) })}</p>}
          </dd>
        </div>
      </dl>
      <ProfileForm
        initial={{
          name: profile.name,
          phone: profile.phone ?? "",
          education: profile.education ?? "",
          employer: profile.employer ?? "",
          yearsExperience: profile.yearsExperience ?? "",
          talentLevel: profile.talentLevel ?? "",
          locale: profile.locale as Locale,
        }}
      />
    </>
  );
}
