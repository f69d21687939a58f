import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { localePath } from "@/lib/i18n/paths";
import { findOutbox } from "@/lib/email/queries";
import { safeHttpUrl } from "@/lib/ui/safe-url";
import { privatePageMetadata, requireActor } from "@/lib/auth/pages";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OutboxStatus } from "@/lib/email/codes";
import { Pagination } from "@/components/ui/pagination";
import { pageParam } from "@/lib/ui/page-window";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string }> };
const TONE: Record<OutboxStatus, BadgeTone> = { sent: "success", failed: "danger", pending: "warning", sending: "warning", stored: "neutral" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return privatePageMetadata((await getTranslations({ locale }))("admin.outbox.title"));
}

export default async function OutboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale, "admin.outbox.read", "/admin/outbox");
  const page = pageParam((await searchParams).page);
  const result = await findOutbox(page);
  const t = await getTranslations({ locale });
  const format = await getFormatter({ locale });
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{t("admin.outbox.title")}</h1>
      <p className="text-slate-700">{t(env.SMTP_URL ? "admin.outbox.smtp" : "admin.outbox.noSmtp")}</p>
      <p className="text-sm text-slate-700">{t("admin.total", { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="text-slate-700">{t("admin.none")}</p>
      ) : (
        <ul className="space-y-3">
          {result.items.map((m) => (
            <li key={m.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <Badge tone={TONE[m.status as OutboxStatus] ?? "neutral"}>{t(`outboxStatus.${m.status as OutboxStatus}`)}</Badge>
                <span className="text-slate-600">{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</span>
                <span className="break-all text-slate-800">{t("admin.outbox.to")}: {m.to}</span>
                {m.attempts > 0 && <span className="text-slate-600">{t("admin.outbox.attempts")}: {m.attempts}</span>}
              </div>
              <p className="font-medium text-slate-900">{m.subject}</p>
              {m.lastError && <p className="text-sm text-red-800">{t("admin.outbox.lastError")}: {m.lastError}</p>}
              {m.text && <details>
                <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("admin.outbox.show")}</summary>
                <pre className="mt-2 whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 font-sans text-sm text-slate-800">
                  {/* Links made clickable, so a local tester can follow a verification link from here. */}
                  {m.text.split(/(https?:\/\/\S+)/).map((part, i) => {
                    const url = i % 2 ? safeHttpUrl(part) : null;
                    return url ? <a key={i} href={url} className="text-brand-700 underline">{part}</a> : part;
                  })}
                </pre>
              </details>}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => `${localePath(locale, "/admin/outbox")}?page=${p}`} />
    </>
  );
}
