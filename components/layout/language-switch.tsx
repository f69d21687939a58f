"use client";

import NextLink from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { usePathname } from "@/lib/i18n/navigation";
import { localePath } from "@/lib/i18n/paths";

/** A link to the same page and query in the other language; rendered on the server too, so it works without JavaScript. */
export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const target = locale === "en" ? "zh-CN" : "en";
  return (
    // A plain link to the target language's own URL (Chinese unprefixed), so no redirect is needed.
    <NextLink
      href={`${localePath(target, pathname)}${query ? `?${query}` : ""}`}
      hrefLang={target}
      className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
    >
      {/* The accessible name keeps the visible text (WCAG 2.5.3) and says what it does. */}
      <span className="sr-only">{t("switchLanguageLabel")}</span>
      <span lang={target}>{t("switchLanguage")}</span>
    </NextLink>
  );
}
