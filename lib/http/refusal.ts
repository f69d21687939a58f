// The answers scripts/serve.ts gives itself, before Next.js sees a request it cannot serve well
// (Next.js would answer these with a bare 500): the API's error shape under /api, in the language
// of Accept-Language; a line of text elsewhere, in the language of the address (/en/... or not).
import { translator } from "../i18n/translator";
import type { ApiError } from "../api/errors";

export type RefusalCode = "address_invalid" | "body_too_large" | "body_invalid";

const REFUSALS: Record<RefusalCode, { status: 400 | 413; api: ApiError["error"]["code"]; path: string }> = {
  address_invalid: { status: 400, api: "validation", path: "(url)" },
  body_too_large: { status: 413, api: "too_large", path: "(body)" },
  body_invalid: { status: 400, api: "validation", path: "(body)" },
};

export interface Refusal { status: 400 | 413; headers: Record<string, string>; body: string }

export function refusal(code: RefusalCode, url: string, acceptLanguage: string | undefined, values: Record<string, string> = {}): Refusal {
  const { status, api: apiCode, path } = REFUSALS[code];
  const api = url.startsWith("/api/");
  const english = api ? /^\s*en/i.test(acceptLanguage ?? "") : url === "/en" || url.startsWith("/en/") || url.startsWith("/en?");
  const message = translator(english ? "en" : "zh-CN", "validation")(code, values);
  const body: ApiError = { error: { code: apiCode, fields: [{ path, code, message }] } };
  return api
    ? { status, headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" }, body: JSON.stringify(body) }
    : { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }, body: message };
}
