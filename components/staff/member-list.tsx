"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { INSTITUTION_ROLES, type InstitutionRole } from "@/lib/auth/roles";
import { changeRoleAction, removeMemberAction } from "@/lib/staff/actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClass } from "@/components/forms/field";
import { useStaffAction } from "./use-staff-action";

export interface MemberItem { userId: string; name: string; email: string; role: InstitutionRole; since: string }

/**
 * The members of an institution. Owners (and bureau admins) get a role picker and a remove button
 * on each row; everyone else reads the list. Whether a change is allowed (the last owner) is the
 * server's answer, shown above the list.
 */
export function MemberList({ institutionId, members, actorId, manage }: { institutionId: string; members: MemberItem[]; actorId: string; manage: boolean }) {
  const t = useTranslations("studio.staff");
  const roleName = useTranslations("institutionRole");
  const { run, outcome, pending, locale } = useStaffAction();
  return (
    <div className="space-y-3">
      <FormMessage error={outcome.error} success={outcome.success} />
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {members.map((m) => (
          <MemberRow
            key={`${m.userId}:${m.role}`}
            member={m}
            self={m.userId === actorId}
            manage={manage}
            pending={pending}
            roleName={(r) => roleName(r)}
            onChange={(role, undo) => run(() => changeRoleAction({ institutionId, userId: m.userId, role }, locale), t("members.changed", { name: m.name }), undo)}
            onRemove={() => {
              if (!window.confirm(t("members.confirmRemove", { name: m.name }))) return;
              run(() => removeMemberAction({ institutionId, userId: m.userId }, locale), t("members.removed", { name: m.name }));
            }}
          />
        ))}
      </ul>
    </div>
  );
}

function MemberRow({ member, self, manage, pending, roleName, onChange, onRemove }: {
  member: MemberItem; self: boolean; manage: boolean; pending: boolean; roleName: (role: InstitutionRole) => string;
  /** Asks for the change; `undo` puts the picker back when the server refuses it. */
  onChange: (role: InstitutionRole, undo: () => void) => void; onRemove: () => void;
}) {
  const t = useTranslations("studio.staff");
  const [role, setRole] = useState<InstitutionRole>(member.role);
  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 space-y-0.5">
        <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
          <span className="break-words">{member.name}</span>
          {self && <Badge tone="brand">{t("members.you")}</Badge>}
          {!manage && <Badge tone={member.role === "owner" ? "success" : "neutral"}>{roleName(member.role)}</Badge>}
        </p>
        <p className="text-sm break-words text-slate-700">{member.email}</p>
        <p className="text-xs text-slate-600">{t("members.since", { date: member.since })}</p>
      </div>
      {manage && (
        <div className="flex flex-wrap items-center gap-2 sm:shrink-0 sm:flex-nowrap">
          <select aria-label={t("members.roleOf", { name: member.name })} value={role} onChange={(e) => setRole(e.target.value as InstitutionRole)} className={`${inputClass} w-auto`}>
            {INSTITUTION_ROLES.map((r) => <option key={r} value={r}>{roleName(r)}</option>)}
          </select>
          <Button type="button" variant="secondary" disabled={pending || role === member.role} aria-label={t("members.changeLabel", { name: member.name })} onClick={() => onChange(role, () => setRole(member.role))}>
            {t("members.change")}
          </Button>
          {!self && (
            <Button type="button" variant="ghost" disabled={pending} aria-label={t("members.removeLabel", { name: member.name })} onClick={onRemove} className="text-rose-700 hover:bg-rose-50">
              {t("members.remove")}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
