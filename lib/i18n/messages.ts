import type { Locale } from "./routing";
import zhCN from "../../messages/zh-CN.json";
import en from "../../messages/en.json";

export type Messages = typeof zhCN;

const catalogues: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export async function loadMessages(locale: Locale): Promise<Messages> {
  return catalogues[locale];
}
