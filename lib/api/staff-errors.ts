// The refusals of the programme editor's and the offerings' mutations in the API's error shape, with
// the messages the portal's own forms show, in the caller's language. Input the mutations judge
// against the data (a partner that is not one, an experts list naming one that is gone) is a 400 on
// its field, like the schemas' own rules; a refusal because of the row's state (someone else's newer
// version, a cancelled offering, seats already taken, fields still needed to publish) is a 409.
import type { EditorOutcome } from "../programmes/mutations";
import type { Locale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import { ruleMessage } from "../i18n/validation";
import { MAX_SESSIONS } from "../offerings/schema";
import { apiError, type ApiErrorCode } from "./errors";

type Refusal = [status: ApiErrorCode, path: string, code: string, key: string];

const PROGRAMME: Record<Exclude<EditorOutcome["status"], "ok" | "incomplete" | "not-found">, Refusal> = {
  stale: ["conflict", "version", "stale", "studio.editor.stale"],
  "not-allowed": ["conflict", "status", "not_allowed", "studio.editor.notAllowed"],
  "slug-taken": ["conflict", "slug", "slug_taken", "studio.editor.slugTaken"],
  unverified: ["conflict", "(root)", "institution_unverified", "studio.editor.unverified"],
  "host-invalid": ["validation", "hostInstitutionId", "host_invalid", "studio.editor.hostInvalid"],
  "experts-invalid": ["validation", "experts", "experts_invalid", "studio.editor.expertsInvalid"],
};

/**
 * A refused write of a programme. Publishing refused for missing fields names each one (code
 * publish_required), as the editor marks them; the rest name the field or state at fault.
 */
export function programmeRefusal(outcome: Exclude<EditorOutcome, { status: "ok" }>, locale: Locale): Response {
  if (outcome.status === "not-found") return apiError("not_found");
  if (outcome.status === "incomplete") {
    const { zh, en, shared } = outcome.completeness;
    const message = ruleMessage("publish_required", locale);
    return apiError("conflict", [...zh.missing, ...en.missing, ...shared.missing].map((path) => ({ path, code: "publish_required", message })));
  }
  const [status, path, code, key] = PROGRAMME[outcome.status];
  return apiError(status, [{ path, code, message: translator(locale)(key) }]);
}

/** What the offering mutations refuse with (lib/offerings/mutations.ts), with the values some messages name. */
export type OfferingRefusal =
  | { status: "not-found" | "code-taken" | "cancelled" | "already-cancelled" | "closes-after-start" | "duplicate" | "empty" | "attended" | "conflict" }
  | { status: "too-many"; existing: number }
  | { status: "below-taken"; taken: number };

const OFFERING: Record<Exclude<OfferingRefusal["status"], "not-found">, [status: ApiErrorCode, path: string | null, code: string]> = {
  "code-taken": ["conflict", "code", "code_taken"],
  cancelled: ["conflict", "status", "cancelled"],
  "already-cancelled": ["conflict", "status", "cancelled"],
  "closes-after-start": ["validation", "closesAt", "closes_after_start"],
  // null: the field the request names (a session's date, a series' weeks).
  duplicate: ["conflict", null, "duplicate_session"],
  empty: ["validation", null, "date"],
  "too-many": ["conflict", null, "too_many_now"],
  attended: ["conflict", "(root)", "attended"],
  "below-taken": ["conflict", "capacity", "below_taken"],
  conflict: ["conflict", "(root)", "changed"],
};

/** A refused change of an offering or its sessions; `field` is where refusals about the sessions asked for point. */
export function offeringRefusal(result: OfferingRefusal, locale: Locale, field = "(root)"): Response {
  if (result.status === "not-found") return apiError("not_found");
  const [status, path, code] = OFFERING[result.status];
  const message = code === "changed"
    ? translator(locale, "enrollment.errors")("changed")
    : translator(locale, "studio.offerings.errors")(code, {
      ...(result.status === "too-many" ? { count: result.existing, limit: MAX_SESSIONS } : {}),
      ...(result.status === "below-taken" ? { taken: result.taken } : {}),
    });
  return apiError(status, [{ path: path ?? field, code, message }]);
}
