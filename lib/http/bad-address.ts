// Addresses the app cannot serve. Next.js answers a path whose percent-encoding does not decode
// (%ZZ, half a UTF-8 sequence, a lone surrogate's bytes) with a bare 500, and a %00 would reach a
// query, where PostgreSQL refuses U+0000: scripts/serve.ts answers both with a 400 instead.
import { createTranslator } from "use-intl/core";
import zhCN from "../../messages/zh-CN.json";
import en from "../../messages/en.json";

export function isBadAddress(url: string): boolean {
  if (/%00/i.test(url)) return true;
  try {
    decodeURIComponent(url.split("?")[0] ?? "");
    return false;
  } catch {
    return true;
  }
}

/** The 400 for such an address: the API's error shape under /api, a line of text elsewhere, in the caller's language. */
export function badAddressAnswer(url: string, acceptLanguage: string | undefined): { status: 400; headers: Record<string, string>; body: string } {
  const api = url.startsWith("/api/");
  const english = api ? /^\s*en/i.test(acceptLanguage ?? "") : url === "/en" || url.startsWith("/en/") || url.startsWith("/en?");
  const message = createTranslator({ locale: english ? "en" : "zh-CN", messages: english ? en : zhCN, namespace: "validation" })("address_invalid");
  return api
    ? { status: 400, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" }, body: JSON.stringify({ error: { code: "validation", fields: [{ path: "(url)", code: "address_invalid", message }] } }) }
    : { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: message };
}
