"use client";

import { useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/forms/result";

/**
 * Runs one of the staff page's actions from a button: its outcome in words (the server's refusal,
 * or `success`), and the page refreshed from the server after a change. `locale` is the one to
 * pass the action.
 */
export function useStaffAction() {
  const locale = useLocale();
  const failed = useTranslations("validation")("failed");
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ error?: string; success?: string }>({});
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>, success: string, onRefused?: () => void) =>
    startTransition(async () => {
      const result = await action().catch(() => null);
      setOutcome(result?.ok ? { success } : { error: result?.formError ?? Object.values(result?.fieldErrors ?? {})[0] ?? failed });
      if (result?.ok) router.refresh();
      else onRefused?.();
    });
  return { run, outcome, pending, locale };
}
