import type { Locale } from "./routing";

/**
 * Content in the chosen language, falling back to the other when a translation is missing
 * (institutions sometimes publish in one language first).
 */
export function localized(locale: Locale, zh: string | null | undefined, en: string | null | undefined): string {
  const primary = locale === "en" ? en : zh;
  const fallback = locale === "en" ? zh : en;
  return primary?.trim() ? primary : (fallback ?? "");
}

/** Whether `localized` had to fall back, so the page can mark the text's language for screen readers. */
export function contentLanguage(locale: Locale, zh: string | null | undefined, en: string | null | undefined): Locale {
  const primary = locale === "en" ? en : zh;
  if (primary?.trim()) return locale;
  return locale === "en" ? "zh-CN" : "en";
}
