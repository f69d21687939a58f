import zhCN from "../../messages/zh-CN.json";
import en from "../../messages/en.json";
import { apiError, type ApiErrorCode } from "./errors";

type Code = keyof typeof zhCN.enrollment.errors;
const MESSAGES = { "zh-CN": zhCN.enrollment.errors, en: en.enrollment.errors };

/** An enrollment refusal in the API's error shape, with the message in the caller's language. */
export function enrollmentError(status: ApiErrorCode, code: Code, locale: "zh-CN" | "en", path = "(root)"): Response {
  return apiError(status, [{ path, code, message: MESSAGES[locale][code] }]);
}
