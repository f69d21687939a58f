import { defineRouting } from "next-intl/routing";

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

// Chinese at unprefixed paths, English under /en. No detection from Accept-Language or a cookie:
// a link always opens in the language it names, which is what people sharing links expect.
export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: { mode: "as-needed", prefixes: { en: "/en" } },
  localeDetection: false,
  // Nothing reads it without detection, and a Set-Cookie would keep shared caches from storing pages.
  localeCookie: false,
  alternateLinks: true,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored or requested locale, or the default when it is not one of ours. */
export const toLocale = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
