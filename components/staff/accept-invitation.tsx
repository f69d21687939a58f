"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { signOut } from "next-auth/react";
import { acceptInvitationAction } from "@/lib/staff/actions";
import { localePath } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/field";

/**
 * Accepts an invitation: a button that posts (a server action), never the link itself, because
 * mail scanners open links on their own. Then into the institution's workspace.
 */
export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("studio.staff.invitation");
  const working = useTranslations("auth")("working");
  const failed = useTranslations("validation")("failed");
  const locale = useLocale() as Locale;
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const accept = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await acceptInvitationAction({ token }, locale).catch(() => null);
      if (result?.ok) window.location.assign(localePath(locale, `/studio/${result.data.slug}`));
      else setError(result?.formError ?? failed);
    });
  return (
    <div className="space-y-3">
      <FormMessage error={error} />
      <Button type="button" onClick={accept} disabled={pending} className="w-full">{pending ? working : t("accept")}</Button>
    </div>
  );
}

/** Signs out and comes back to this invitation, to accept it with another account. */
export function SignOutToAccept({ token }: { token: string }) {
  const t = useTranslations("account");
  const locale = useLocale() as Locale;
  return (
    <Button type="button" variant="secondary" className="w-full" onClick={() => void signOut({ callbackUrl: localePath(locale, `/invitations/${token}`) })}>
      {t("signOut")}
    </Button>
  );
}
