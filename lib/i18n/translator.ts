// Words outside a request (emails, notifications, API errors, jobs): the same catalogues and
// message keys the pages use through next-intl, for a locale given explicitly.
import { createTranslator } from "use-intl/core";
import zhCN from "../../messages/zh-CN.json";
import en from "../../messages/en.json";
import type { Locale } from "./routing";

export type Messages = typeof zhCN;
export const CATALOGUES: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

const cache = new Map<string, Translate>();

/** A translator for `locale`, optionally scoped to a namespace ("email" -> t("verify-email.subject")). */
export function translator(locale: Locale, namespace?: string): Translate {
  const id = `${locale}\u0000${namespace ?? ""}`;
  let t = cache.get(id);
  if (!t) {
    t = createTranslator({ locale, messages: CATALOGUES[locale], namespace: namespace as never }) as unknown as Translate;
    cache.set(id, t);
  }
  return t;
}
