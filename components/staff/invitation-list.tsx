"use client";

import { useTranslations } from "next-intl";
import type { InvitableRole } from "@/lib/staff/schema";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/staff/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";
import { useStaffAction } from "./use-staff-action";

export interface InvitationItem { id: string; email: string; role: InvitableRole; sent: string; validUntil: string; expired: boolean }

/** An institution's open invitations, each to send again (a new link) or revoke. */
export function InvitationList({ invitations, days }: { invitations: InvitationItem[]; days: number }) {
  const t = useTranslations("studio.staff");
  const roleName = useTranslations("institutionRole");
  const { run, outcome, pending, locale } = useStaffAction();
  return (
    <div className="space-y-3">
      <FormMessage error={outcome.error} success={outcome.success} />
      {invitations.length === 0 ? (
        <p className="text-slate-700">{t("invitations.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {invitations.map((i) => (
            <li key={i.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 space-y-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium break-words text-slate-900">{i.email}</span>
                  <Badge tone="neutral">{roleName(i.role)}</Badge>
                  {i.expired && <Badge tone="warning">{t("invitations.expired")}</Badge>}
                </p>
                <p className="text-xs text-slate-600">
                  {i.sent}
                  {!i.expired && <> · {t("invitations.expires", { date: i.validUntil })}</>}
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="secondary" disabled={pending} aria-label={t("invitations.resendLabel", { email: i.email })}
                  onClick={() => run(() => resendInvitationAction({ invitationId: i.id }, locale), t("invitations.resent", { days }))}>
                  {t("invitations.resend")}
                </Button>
                <Button type="button" variant="ghost" disabled={pending} aria-label={t("invitations.revokeLabel", { email: i.email })} className="text-rose-700 hover:bg-rose-50"
                  onClick={() => {
                    if (!window.confirm(t("invitations.confirmRevoke", { email: i.email }))) return;
                    run(() => revokeInvitationAction({ invitationId: i.id }, locale), t("invitations.revoked"));
                  }}>
                  {t("invitations.revoke")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
