import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { fieldMessages, parseIn } from "@/lib/i18n/validation";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { auditFilterSchema } from "@/lib/audit/schema";
import { findAuditEvents } from "@/lib/audit/queries";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { Button } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/forms/field";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("admin.audit.title"));
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale, "admin.audit.read", "/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = parseIn(auditFilterSchema, raw, locale);
  const errors = parsed.success ? {} : fieldMessages(parsed.error, locale);
  const result = parsed.success ? await findAuditEvents(parsed.data) : null;
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  const person = (id: string | null) => {
    if (!id) return t("admin.audit.anonymous");
    const p = result?.people.get(id);
    return p ? `${p.name} <${p.email}>` : t("admin.audit.deleted", { id });
  };
  const field = (name: "actor" | "subject" | "from" | "to", type = "text") => (
    <label className="space-y-1">
      <span className="block text-sm font-medium text-slate-800">{t(`admin.audit.${name}`)}</span>
      <input name={name} type={type} defaultValue={raw[name] ?? ""} aria-invalid={errors[name] ? true : undefined} className={inputClass} />
      {errors[name] && <span className="block text-sm font-medium text-red-700">{errors[name]}</span>}
    </label>
  );
  const query = new URLSearchParams(Object.entries(raw).filter((e): e is [string, string] => Boolean(e[1]) && e[0] !== "page"));
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("admin.audit.title")}</h1>
      <p className="text-slate-700">{t("admin.audit.description")}</p>
      <form method="get" className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3">
        <label className="space-y-1">
          <span className="block text-sm font-medium text-slate-800">{t("admin.audit.action")}</span>
          <select name="action" defaultValue={raw.action ?? ""} className={inputClass}>
            <option value="">{t("admin.audit.anyAction")}</option>
            {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`auditAction.${a}`)}</option>)}
          </select>
        </label>
        {field("actor")}
        {field("subject")}
        {field("from", "date")}
        {field("to", "date")}
        <div className="flex items-end gap-2">
          <Button type="submit">{t("admin.apply")}</Button>
          <Button asChild variant="secondary"><a href={localePath(locale, "/admin/audit")}>{t("admin.clear")}</a></Button>
        </div>
      </form>
      {result && (
        <>
          <p className="text-sm text-slate-700">{t("admin.total", { count: result.total })}</p>
          {result.items.length === 0 ? (
            <p className="text-slate-700">{t("admin.none")}</p>
          ) : (
            <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
              <table className="w-full min-w-[56rem] text-left text-sm">
                <thead className="bg-slate-50 text-slate-700">
                  <tr>
                    {[t("admin.audit.at"), t("admin.audit.who"), t("admin.audit.what"), t("admin.audit.on"), t("admin.audit.details")].map((h) => (
                      <th key={h} scope="col" className="px-3 py-2 font-medium">{h}</th>
                    ))}
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 align-top">
                  {result.items.map((e) => (
                    <tr key={e.id}>
                      <td className="px-3 py-2 whitespace-nowrap">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium" })}</td>
                      <td className="px-3 py-2 break-all">{e.actorLabel ?? person(e.actorId)}{e.ip && <span className="block text-xs text-slate-500">{e.ip}</span>}</td>
                      <th scope="row" className="px-3 py-2 font-medium text-slate-900">{t(`auditAction.${e.action as (typeof AUDIT_ACTIONS)[number]}`)}</th>
                      <td className="px-3 py-2 break-all">{e.subjectType === "user" ? person(e.subjectId) : `${e.subjectType} ${e.subjectId}`}</td>
                      <td className="px-3 py-2"><code className="block max-w-md whitespace-pre-wrap break-all font-mono text-xs text-slate-700">{JSON.stringify(e.data)}</code></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => `${localePath(locale, "/admin/audit")}?${query.size ? `${query}&` : ""}page=${p}`} />
        </>
      )}
    </>
  );
}
