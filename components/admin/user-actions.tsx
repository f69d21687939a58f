"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setAccountDisabledAction, setBureauRoleAction } from "@/lib/accounts/actions";
import { BUREAU_ROLES } from "@/lib/auth/roles";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/forms/field";

/** A bureau admin's controls for one account: disable or enable it, and set its office role. */
export function UserActions({ user }: { user: { id: string; name: string; disabled: boolean; bureauRole: string | null } }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [role, setRole] = useState(user.bureauRole ?? "");
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => ReturnType<typeof setBureauRoleAction>) =>
    startTransition(async () => {
      const result = await action().catch(() => null);
      setMessage(result?.ok ? t("admin.users.done") : (result?.formError ?? t("validation.failed")));
      router.refresh();
    });
  return (
    <div className="space-y-1">
    <div className="flex items-center gap-2">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        aria-label={t(user.disabled ? "admin.users.enableLabel" : "admin.users.disableLabel", { name: user.name })}
        onClick={() => {
          if (!user.disabled && !window.confirm(t("admin.users.confirmDisable", { name: user.name }))) return;
          run(() => setAccountDisabledAction({ userId: user.id, disabled: !user.disabled }, locale));
        }}
      >
        {t(user.disabled ? "admin.users.enable" : "admin.users.disable")}
      </Button>
      <select
        aria-label={t("admin.users.roleLabel", { name: user.name })}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        className={`${inputClass} w-auto`}
      >
        <option value="">{t("admin.users.noRole")}</option>
        {BUREAU_ROLES.map((r) => <option key={r} value={r}>{t(`bureauRole.${r}`)}</option>)}
      </select>
      <Button type="button" variant="ghost" disabled={pending || role === (user.bureauRole ?? "")} onClick={() => run(() => setBureauRoleAction({ userId: user.id, role }, locale))}>
        {t("admin.users.setRole")}
      </Button>
    </div>
      {message && <p role="status" className="text-sm text-slate-700">{message}</p>}
    </div>
  );
}
