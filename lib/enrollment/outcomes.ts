// How each refused outcome of applying and of a transition is named, once, for the server actions
// and the API alike: a code of enrollment.errors (or not_found), the API's error status and the
// field it concerns.
import type { ApplyResult } from "./mutations/changes";
import type { TransitionResult } from "./mutations/engine";
import type en from "../../messages/en.json";

export type EnrollmentErrorCode = keyof typeof en.enrollment.errors;
export interface EnrollmentRefusal { code: EnrollmentErrorCode | "not_found"; status: "conflict" | "not_found"; path: string }

const NOT_FOUND: EnrollmentRefusal = { code: "not_found", status: "not_found", path: "(root)" };

export const APPLY_REFUSALS: Record<Exclude<ApplyResult["status"], "ok">, EnrollmentRefusal> = {
  conflict: { code: "already_enrolled", status: "conflict", path: "offering" },
  "window-closed": { code: "window_closed", status: "conflict", path: "offering" },
  "not-yet-open": { code: "not_yet_open", status: "conflict", path: "offering" },
  cancelled: { code: "cancelled", status: "conflict", path: "offering" },
  "not-found": NOT_FOUND,
};

export const TRANSITION_REFUSALS: Record<Exclude<TransitionResult["status"], "ok">, EnrollmentRefusal> = {
  "not-allowed": { code: "not_allowed", status: "conflict", path: "state" },
  conflict: { code: "changed", status: "conflict", path: "state" },
  "not-found": NOT_FOUND,
};

/** The message key of a refusal, for a form. */
export const refusalKey = (refusal: EnrollmentRefusal) => (refusal.code === "not_found" ? "notFound.title" : `enrollment.errors.${refusal.code}`);
