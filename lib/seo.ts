import type { Metadata } from "next";
import { env } from "./env";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./i18n/routing";
import { localePath } from "./i18n/paths";


export function absoluteUrl(path: string): string {
  return `${env.SITE_URL}${path}`;
}

const OG_LOCALE: Record<Locale, string> = { "zh-CN": "zh_CN", en: "en_US" };

/** Title, description, canonical and alternate-language links and Open Graph data for one page. */
export function pageMetadata(opts: { locale: Locale; path: string; title: string; description: string; siteName: string }): Metadata {
  const languages = Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(localePath(l, opts.path))]));
  const url = absoluteUrl(localePath(opts.locale, opts.path));
  return {
    title: opts.title,
    description: opts.description,
    alternates: { canonical: url, languages: { ...languages, "x-default": languages[DEFAULT_LOCALE] } },
    openGraph: {
      type: "website",
      url,
      title: opts.title,
      description: opts.description,
      siteName: opts.siteName,
      locale: OG_LOCALE[opts.locale],
      alternateLocale: LOCALES.filter((l) => l !== opts.locale).map((l) => OG_LOCALE[l]),
    },
  };
}
