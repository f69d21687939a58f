"use client";

import { useState, useTransition } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { createTokenSchema } from "@/lib/accounts/schema";
import { createTokenAction, revokeTokenAction } from "@/lib/accounts/actions";
import { TOKEN_LIFETIMES_DAYS } from "@/lib/accounts/codes";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Field, FormMessage, inputClass } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";

export function CreateTokenForm() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; token: string }>();
  const [copied, setCopied] = useState(false);
  const { form, onSubmit, formError, errors, submitting } = useActionForm(
    createTokenSchema,
    { name: "", expiresInDays: "90" },
    (values) => createTokenAction(values, locale),
    (data) => {
      setCreated(data);
      setCopied(false);
      form.reset();
      router.refresh();
    },
  );
  return (
    <div className="space-y-4">
      {created && (
        <section aria-labelledby="new-token-heading" className="space-y-2 rounded-xl border border-emerald-300 bg-emerald-50 p-4">
          <h3 id="new-token-heading" className="font-semibold text-emerald-950">{t("account.tokens.createdTitle", { name: created.name })}</h3>
          <p role="status" className="text-sm text-emerald-950">{t("account.tokens.createdOnce")}</p>
          <div className="flex flex-wrap items-center gap-2">
            <code data-testid="new-token" className="min-w-0 flex-1 break-all rounded-md bg-white px-3 py-2 font-mono text-sm ring-1 ring-emerald-300">{created.token}</code>
            <Button type="button" variant="secondary" onClick={() => void navigator.clipboard?.writeText(created.token).then(() => setCopied(true))}>
              {copied ? t("account.tokens.copied") : t("account.tokens.copy")}
            </Button>
          </div>
        </section>
      )}
      <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start">
        <Field label={t("account.tokens.name")} hint={t("account.tokens.nameHint")} error={errors.name?.message}>
          {(c) => <input {...c} {...form.register("name")} maxLength={60} className={inputClass} />}
        </Field>
        <Field label={t("account.tokens.lifetime")} error={errors.expiresInDays?.message}>
          {(c) => (
            <select {...c} {...form.register("expiresInDays")} className={inputClass}>
              {TOKEN_LIFETIMES_DAYS.map((days) => <option key={days} value={String(days)}>{t("account.tokens.days", { days })}</option>)}
            </select>
          )}
        </Field>
        <Button type="submit" disabled={submitting} className="sm:mt-6">{submitting ? t("auth.working") : t("account.tokens.create")}</Button>
        <div className="sm:col-span-3"><FormMessage error={formError} /></div>
      </form>
    </div>
  );
}

interface TokenRow { id: string; name: string; prefix: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null }

export function TokenList({ tokens, now }: { tokens: TokenRow[]; now: Date }) {
  const t = useTranslations("account.tokens");
  const failed = useTranslations("validation");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const [pending, startTransition] = useTransition();
  if (!tokens.length) return <p className="text-slate-700">{t("none")}</p>;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const revoke = (token: TokenRow) => {
    if (!window.confirm(t("revokeConfirm", { name: token.name }))) return;
    startTransition(async () => {
      const result = await revokeTokenAction({ tokenId: token.id }, locale).catch(() => null);
      setMessage(result?.ok ? { ok: true, text: t("revoked") } : { ok: false, text: result?.formError ?? failed("failed") });
      router.refresh();
    });
  };
  return (
    <div className="space-y-3">
      <FormMessage error={message && !message.ok ? message.text : undefined} success={message?.ok ? message.text : undefined} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {[t("name"), t("prefix"), t("createdAt"), t("expiresAt"), t("lastUsed"), t("status"), ""].map((h, i) => (
                <th key={i} scope="col" className="px-3 py-2 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.map((token) => {
              const state = token.revokedAt ? "revokedState" : token.expiresAt <= now ? "expired" : "active";
              return (
                <tr key={token.id}>
                  <th scope="row" className="px-3 py-2 font-medium text-slate-900">{token.name}</th>
                  <td className="px-3 py-2 font-mono">{token.prefix}…</td>
                  <td className="px-3 py-2">{date(token.createdAt)}</td>
                  <td className="px-3 py-2">{date(token.expiresAt)}</td>
                  <td className="px-3 py-2">{token.lastUsedAt ? format.dateTime(token.lastUsedAt, { dateStyle: "medium", timeStyle: "short" }) : t("never")}</td>
                  <td className="px-3 py-2"><Badge tone={state === "active" ? "success" : "muted"}>{t(state)}</Badge></td>
                  <td className="px-3 py-2 text-end">
                    {state === "active" && (
                      <Button type="button" variant="ghost" disabled={pending} onClick={() => revoke(token)} aria-label={t("revokeLabel", { name: token.name })}>
                        {t("revoke")}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
