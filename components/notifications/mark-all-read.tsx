"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { markAllReadAction } from "@/lib/notifications/actions";
import { Button } from "@/components/ui/button";

export function MarkAllRead() {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button type="button" variant="secondary" disabled={pending} onClick={() => startTransition(async () => { await markAllReadAction(undefined).catch(() => null); router.refresh(); })}>
      {t("markRead")}
    </Button>
  );
}
