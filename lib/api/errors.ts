import type { z } from "zod";
import { issueMessage, zodErrorMap } from "../i18n/validation";
import { splitRule } from "../i18n/split-rule";

// The API's one error shape (DECISIONS.md): { error: { code, fields: [{ path, code, message }] } }.

export type ApiErrorCode = "validation" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "too_large" | "throttled" | "internal";
export interface ApiFieldError { path: string; code: string; message: string }
export interface ApiError { error: { code: ApiErrorCode; fields: ApiFieldError[] } }

const STATUS: Record<ApiErrorCode, number> = {
  validation: 400, unauthorized: 401, forbidden: 403, not_found: 404, conflict: 409, too_large: 413, throttled: 429, internal: 500,
};

/** The caller's language for error messages, from Accept-Language (Chinese unless English comes first). */
export function apiLocale(request: Request): "zh-CN" | "en" {
  const first = request.headers.get("accept-language")?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}

export { zodErrorMap };

/** A schema's own rule: a key of `validation` ("slug_invalid"), or a full key of a domain's messages ("studio.offerings.errors.capacity"). */
const RULE = /^[a-z_]+(\.[a-z_]+)*(:|$)/;

/** Each issue with its path, a stable code (the rule's key, its last part for a full key, for the schemas' own rules) and a message in the caller's language. */
export function fieldErrors(error: z.ZodError, locale: "zh-CN" | "en"): ApiFieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.join(".") || "(root)",
    code: issue.code === "custom" || RULE.test(issue.message) ? splitRule(issue.message).key.split(".").at(-1)! : issue.code,
    message: issueMessage(issue, locale),
  }));
}

export function apiError(code: ApiErrorCode, fields: ApiFieldError[] = [], headers?: HeadersInit): Response {
  const body: ApiError = { error: { code, fields } };
  return Response.json(body, { status: STATUS[code], headers: { "Cache-Control": "no-store", ...headers } });
}
