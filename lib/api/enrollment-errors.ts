import type { EnrollmentErrorCode, EnrollmentRefusal } from "../enrollment/outcomes";
import type { Locale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import { apiError, type ApiErrorCode } from "./errors";

/** An enrollment refusal in the API's error shape, with the message in the caller's language. */
export function enrollmentError(status: ApiErrorCode, code: EnrollmentErrorCode, locale: Locale, path = "(root)"): Response {
  return apiError(status, [{ path, code, message: translator(locale, "enrollment.errors")(code) }]);
}

/** A refused outcome (lib/enrollment/outcomes.ts) as the API answers it. */
export function refusalResponse(refusal: EnrollmentRefusal, locale: Locale): Response {
  return refusal.code === "not_found" ? apiError("not_found") : enrollmentError(refusal.status, refusal.code, locale, refusal.path);
}
