import { z } from "zod";

// The API's one error shape (DECISIONS.md): { error: { code, fields: [{ path, code, message }] } }.

export type ApiErrorCode = "validation" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "throttled" | "internal";
export interface ApiFieldError { path: string; code: string; message: string }
export interface ApiError { error: { code: ApiErrorCode; fields: ApiFieldError[] } }

const STATUS: Record<ApiErrorCode, number> = {
  validation: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, throttled: 429, internal: 500,
};

/** The caller's language for error messages, from Accept-Language (Chinese unless English comes first). */
export function apiLocale(request: Request): "zh-CN" | "en" {
  const first = request.headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

/** Zod's own messages in the caller's language. */
export function zodErrorMap(locale: "zh-CN" | "en") {
  return (locale === "en" ? z.locales.en() : z.locales.zhCN()).localeError;
}

/** Messages of the schemas' own rules, by the key they carry. */
const CUSTOM: Record<string, Record<"zh-CN" | "en", string>> = {
  result_window: { "zh-CN": "page × pageSize 不能超过 10000", en: "page × pageSize must be at most 10000" },
  range_order: { "zh-CN": "结束日期不能早于开始日期", en: "to must not be before from" },
};

export function fieldErrors(error: z.ZodError, locale: "zh-CN" | "en"): ApiFieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.join(".") || "(root)",
    code: issue.code === "custom" ? issue.message : issue.code,
    message: CUSTOM[issue.message]?.[locale] ?? issue.message,
  }));
}

export function apiError(code: ApiErrorCode, fields: ApiFieldError[] = [], headers?: HeadersInit): Response {
  const body: ApiError = { error: { code, fields } };
  return Response.json(body, { status: STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
}
