"use server";
// Server actions of enrollment: thin callers of the mutations, asking the policy first.
import { getTranslations } from "next-intl/server";
import { can } from "../auth/policy";
import { getActor } from "../auth/session";
import type { ActionResult } from "../forms/result";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/routing";
import { fieldMessages } from "../i18n/validation";
import { apply, decide, renewCalendarFeed, saveDraft, stopCalendarFeed, transition } from "./mutations";
import { calendarFeedUrl } from "./calendar-feed";
import { hasInvalidCharacter } from "../text";
import { findEnrollmentsOf, findOfferingQuestions } from "./queries";
import { prepareApplication } from "./application";
import { draftValues } from "./questions";
import { REJECTION_REASONS, SELF_TRANSITIONS, type EnrollmentState } from "./states";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : DEFAULT_LOCALE);
const refusal = (message: string): ActionResult<never> => ({ ok: false, fieldErrors: {}, formError: message });

/** Applies to an offering; `application` carries the answers to the programme's questions, if it asks any. */
export async function applyAction(offeringId: unknown, requestedLocale: unknown, application?: unknown): Promise<ActionResult<{ state: EnrollmentState; position: number | null }>> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor) return refusal(t("admin.forbidden.text"));
  if (!can(actor, "account.verified-actions")) return refusal(t("enrollment.errors.email_unverified"));
  if (typeof offeringId !== "string" || offeringId.length > 64) return refusal(t("enrollment.errors.not_allowed"));
  const prepared = await prepareApplication(offeringId, application, locale);
  if (prepared.status === "not-found") return refusal(t("notFound.title"));
  if (prepared.status === "form-changed") return refusal(t("enrollment.errors.form_changed"));
  if (prepared.status === "invalid") return { ok: false, fieldErrors: fieldMessages(prepared.error, locale), formError: t("validation.invalid") };
  const result = await apply(actor, offeringId, prepared.input);
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

export async function enrollmentAction(enrollmentId: unknown, action: unknown, requestedLocale: unknown): Promise<ActionResult> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor || !can(actor, "account.manage")) return refusal(t("admin.forbidden.text"));
  const name = SELF_TRANSITIONS.find((a) => a === action);
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
  if (!actor) return refusal(t("admin.forbidden.text"));
  if (typeof enrollmentId !== "string" || (decision !== "approve" && decision !== "reject")) return refusal(t("enrollment.errors.not_allowed"));
  const details = (typeof reason === "object" && reason !== null ? reason : {}) as { code?: unknown; message?: unknown };
  if (decision === "reject") {
    const fieldErrors: Record<string, string> = {};
    if (!(REJECTION_REASONS as readonly unknown[]).includes(details.code)) fieldErrors.code = t("validation.invalid_choice");
    if (typeof details.message !== "string" || !details.message.trim() || details.message.length > 1000) fieldErrors.message = t("enrollment.review.messageRequired");
    else if (hasInvalidCharacter(details.message)) fieldErrors.message = t("validation.text_invalid_character");
    if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
  }
  // Bureau reviewers, or reviewers of the institution running the programme (checked next to the data).
  const result = await decide(actor, decision, enrollmentId, decision === "reject" ? { reasonCode: details.code as string, message: (details.message as string).trim() } : {});
  if (result.status === "ok") return { ok: true, data: undefined };
  return refusal(t(result.status === "conflict" ? "enrollment.errors.changed" : result.status === "not-found" ? "notFound.title" : "enrollment.errors.not_allowed"));
}

/**
 * Keeps the application form's answers so far; the answers are checked only on submission. The
 * draft remembers the version of the questions on the person's screen, so that a draft made
 * against an older version is flagged when it is reopened.
 */
export async function saveDraftAction(offeringId: unknown, values: unknown, step: unknown, version: unknown, requestedLocale: unknown): Promise<ActionResult<{ savedAt: string }>> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor) return refusal(t("admin.forbidden.text"));
  if (!can(actor, "account.verified-actions")) return refusal(t("enrollment.errors.email_unverified"));
  if (typeof offeringId !== "string" || offeringId.length > 64) return refusal(t("notFound.title"));
  const offering = await findOfferingQuestions(offeringId);
  if (!offering.found || !offering.questions) return refusal(t("notFound.title"));
  const { set, version: current } = offering.questions;
  const formVersion = typeof version === "number" && Number.isInteger(version) && version >= 1 && version <= current ? version : current;
  const stepNumber = typeof step === "number" && Number.isInteger(step) ? Math.min(Math.max(step, 0), set.steps.length) : 0;
  const result = await saveDraft(actor, offeringId, { formVersion, values: draftValues(set, values), step: stepNumber });
  if (result.status === "applied") return refusal(t("enrollment.errors.already_enrolled"));
  if (result.status !== "ok") return refusal(t("notFound.title"));
  return { ok: true, data: { savedAt: result.savedAt.toISOString() } };
}

/** Creates or replaces ("renew") the private calendar feed's address, or stops the feed; answers the address now in force. */
export async function calendarFeedAction(op: unknown, requestedLocale: unknown): Promise<ActionResult<{ url: string | null }>> {
  const locale = localeOf(requestedLocale);
  const t = await getTranslations({ locale });
  const actor = await getActor();
  if (!actor || !can(actor, "account.manage")) return refusal(t("admin.forbidden.text"));
  if (op === "renew") return { ok: true, data: { url: calendarFeedUrl(actor.id, await renewCalendarFeed(actor)) } };
  if (op === "stop") {
    await stopCalendarFeed(actor);
    return { ok: true, data: { url: null } };
  }
  return refusal(t("enrollment.errors.not_allowed"));
}
