"use server";
// Server actions of enrollment: thin callers of the mutations, asking the policy first.
import { getTranslations } from "next-intl/server";
import { can } from "../auth/policy";
import { getActor } from "../auth/session";
import type { ActionResult } from "../forms/result";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/routing";
import { apply, transition } from "./mutations";
import { findEnrollmentsOf } from "./queries";
import { REJECTION_REASONS, type EnrollmentState } from "./states";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
const refusal = (message: string): ActionResult<never> => ({ ok: false, fieldErrors: {}, formError: message });

export async function applyAction(offeringId: unknown, requestedLocale: unknown): Promise<ActionResult<{ state: EnrollmentState; position: number | null }>> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor) return refusal(t("admin.forbidden.text"));
  if (!can(actor, "account.verified-actions")) return refusal(t("enrollment.errors.email_unverified"));
  if (typeof offeringId !== "string" || offeringId.length > 64) return refusal(t("enrollment.errors.not_allowed"));
  const result = await apply(actor, offeringId);
  switch (result.status) {
    case "ok": {
      const [view] = await findEnrollmentsOf(actor.id, [result.enrollment.id]);
      return { ok: true, data: { state: result.enrollment.state, position: view?.position ?? null } };
    }
    case "conflict":
      return refusal(t("enrollment.errors.already_enrolled"));
    case "window-closed":
      return refusal(t("enrollment.errors.window_closed"));
    case "not-yet-open":
      return refusal(t("enrollment.errors.not_yet_open"));
    case "cancelled":
      return refusal(t("enrollment.errors.cancelled"));
    case "not-found":
      return refusal(t("notFound.title"));
  }
}

const SELF_ACTIONS = ["withdraw", "accept", "decline"] as const;

export async function enrollmentAction(enrollmentId: unknown, action: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor || !can(actor, "account.manage")) return refusal(t("admin.forbidden.text"));
  const name = SELF_ACTIONS.find((a) => a === action);
  if (!name || typeof enrollmentId !== "string") return refusal(t("enrollment.errors.not_allowed"));
  const result = await transition(name, enrollmentId, { mover: "self", actor });
  if (result.status === "ok") return { ok: true, data: undefined };
  return refusal(t(result.status === "conflict" ? "enrollment.errors.changed" : result.status === "not-found" ? "notFound.title" : "enrollment.errors.not_allowed"));
}

/** A bureau decision on a reviewed application: approve (into a seat or onto the waitlist) or reject with a reason. */
export async function decideAction(enrollmentId: unknown, decision: unknown, reason: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor || !can(actor, "bureau.review")) return refusal(t("admin.forbidden.text"));
  if (typeof enrollmentId !== "string" || (decision !== "approve" && decision !== "reject")) return refusal(t("enrollment.errors.not_allowed"));
  const details = (typeof reason === "object" && reason !== null ? reason : {}) as { code?: unknown; message?: unknown };
  if (decision === "reject") {
    const fieldErrors: Record<string, string> = {};
    if (!(REJECTION_REASONS as readonly unknown[]).includes(details.code)) fieldErrors.code = t("validation.invalid_choice");
    if (typeof details.message !== "string" || !details.message.trim() || details.message.length > 1000) fieldErrors.message = t("enrollment.review.messageRequired");
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  }
  const result = await transition(decision, enrollmentId, { mover: "reviewer", actor }, decision === "reject" ? { reasonCode: details.code as string, message: (details.message as string).trim() } : {});
  if (result.status === "ok") return { ok: true, data: undefined };
  return refusal(t(result.status === "conflict" ? "enrollment.errors.changed" : result.status === "not-found" ? "notFound.title" : "enrollment.errors.not_allowed"));
}
