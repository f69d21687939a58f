import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { localized } from "@/lib/i18n/localized";
import { findUsers } from "@/lib/accounts/queries";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/forms/field";
import { UserActions } from "@/components/admin/user-actions";
import { pageParam } from "@/lib/ui/page-window";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("admin.users.title"));
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale, "admin.users.manage", "/admin/users");
  const { q: rawQ, page: rawPage } = await searchParams;
  const q = typeof rawQ === "string" ? rawQ.trim().slice(0, 100) : "";
  const page = pageParam(rawPage);
  const result = await findUsers({ q: q || undefined, page });
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("admin.users.title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="min-w-64 flex-1 space-y-1">
          <span className="block text-sm font-medium text-slate-800">{t("admin.users.search")}</span>
          <input name="q" defaultValue={q} type="search" className={inputClass} />
        </label>
        <Button type="submit">{t("admin.apply")}</Button>
      </form>
      <p className="text-sm text-slate-700">{t("admin.total", { count: result.total })}</p>
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[64rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {[t("admin.users.name"), t("admin.users.email"), t("admin.users.status"), t("admin.users.roles"), t("admin.users.created"), t("admin.users.actions")].map((h) => (
                <th key={h} scope="col" className="px-3 py-2 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {result.items.map((user) => (
              <tr key={user.id}>
                <th scope="row" className="px-3 py-2 font-medium text-slate-900">{user.name}</th>
                <td className="px-3 py-2 whitespace-nowrap">{user.email}</td>
                <td className="space-y-1 px-3 py-2">
                  <Badge tone={user.disabledAt ? "danger" : "success"}>{t(user.disabledAt ? "admin.users.disabled" : "admin.users.active")}</Badge>
                  {!user.emailVerifiedAt && <Badge tone="warning">{t("admin.users.unverified")}</Badge>}
                </td>
                <td className="px-3 py-2">
                  {user.bureauRole && <p>{t("account.profile.bureau", { role: t(`bureauRole.${user.bureauRole as "admin"}`) })}</p>}
                  {user.memberships.map((m) => (
                    <p key={m.institution.slug}>{t("account.profile.staffOf", { institution: localized(locale, m.institution.nameZh, m.institution.nameEn), role: t(`institutionRole.${m.role as "owner"}`) })}</p>
                  ))}
                  {!user.bureauRole && !user.memberships.length && <p>{t("account.profile.learner")}</p>}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(user.createdAt, { dateStyle: "medium" })}</td>
                <td className="px-3 py-2">
                  {user.id === actor.id ? (
                    <span className="text-slate-500">{t("admin.users.self")}</span>
                  ) : (
                    <UserActions user={{ id: user.id, name: user.name, disabled: user.disabledAt !== null, bureauRole: user.bureauRole }} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `${localePath(locale, "/admin/users")}?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`} />
    </>
  );
}
