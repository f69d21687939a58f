import { DEFAULT_LOCALE, type Locale } from "./routing";

/** The public path of `path` (which starts with "/") in `locale`: Chinese unprefixed, English under /en. */
export function localePath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? "/en" : `/en${path}`;
}
