"use server";
// Server actions of enrollment, through the one pipeline (lib/forms/server-action.ts). Who may
// decide or run an enrollment is checked next to the data, in the mutations.
import { refuse, refuseFields, serverAction } from "../forms/server-action";
import { apply, transition } from "./mutations/changes";
import { decide } from "./mutations/staff";
import { renewCalendarFeed, saveDraft, stopCalendarFeed } from "./mutations/drafts";
import { calendarFeedUrl } from "./calendar-feed";
import { findEnrollmentsOf, findOfferingQuestions } from "./queries";
import { prepareApplication } from "./application";
import { draftValues } from "./questions";
import { applySchema, calendarFeedSchema, decisionSchema, draftSchema, selfTransitionSchema } from "./schema";
import { APPLY_REFUSALS, refusalKey, TRANSITION_REFUSALS } from "./outcomes";

/** Applies to an offering; `application` carries the answers to the programme's questions, if it asks any. */
export const applyAction = serverAction(
  { name: "apply", schema: applySchema, policy: "account.verified-actions", refusedKey: "enrollment.errors.email_unverified" },
  async ({ offeringId, application }, { actor, locale }) => {
    const prepared = await prepareApplication(offeringId, application, locale);
    if (prepared.status === "not-found") return refuse("notFound.title");
    if (prepared.status === "form-changed") return refuse("enrollment.errors.form_changed");
    if (prepared.status === "invalid") return refuseFields(prepared.error);
    const result = await apply(actor, offeringId, prepared.input);
    if (result.status !== "ok") return refuse(refusalKey(APPLY_REFUSALS[result.status]));
    const [view] = await findEnrollmentsOf(actor.id, [result.enrollment.id]);
    return { state: result.enrollment.state, position: view?.position ?? null };
  },
);

/** Withdraw, accept or decline one's own enrollment. */
export const enrollmentAction = serverAction({ name: "enrollment-self", schema: selfTransitionSchema, policy: "account.manage" }, async ({ enrollmentId, action }, { actor }) => {
  const result = await transition(action, enrollmentId, { mover: "self", actor });
  return result.status === "ok" ? undefined : refuse(refusalKey(TRANSITION_REFUSALS[result.status]));
});

/** A decision on a reviewed application: approve (into a seat or onto the waitlist) or reject with a reason. */
export const decideAction = serverAction({ name: "decide", schema: decisionSchema, policy: "account.manage" }, async (input, { actor }) => {
  // Bureau reviewers, or reviewers of the institution running the programme (checked next to the data).
  const result = await decide(actor, input);
  return result.status === "ok" ? undefined : refuse(refusalKey(TRANSITION_REFUSALS[result.status]));
});

/**
 * Keeps the application form's answers so far; the answers are checked only on submission. The
 * draft remembers the version of the questions on the person's screen, so that a draft made
 * against an older version is flagged when it is reopened.
 */
export const saveDraftAction = serverAction(
  { name: "save-draft", schema: draftSchema, policy: "account.verified-actions", refusedKey: "enrollment.errors.email_unverified" },
  async ({ offeringId, values, step, version }, { actor }) => {
    const offering = await findOfferingQuestions(offeringId);
    if (!offering.found || !offering.questions) return refuse("notFound.title");
    const { set, version: current } = offering.questions;
    const formVersion = version !== undefined && version <= current ? version : current;
    const result = await saveDraft(actor, offeringId, { formVersion, values: draftValues(set, values), step: Math.min(Math.max(step, 0), set.steps.length) });
    if (result.status === "applied") return refuse("enrollment.errors.already_enrolled");
    if (result.status !== "ok") return refuse("notFound.title");
    return { savedAt: result.savedAt.toISOString() };
  },
);

/** Creates or replaces ("renew") the private calendar feed's address, or stops the feed; answers the address now in force. */
export const calendarFeedAction = serverAction({ name: "calendar-feed", schema: calendarFeedSchema, policy: "account.manage" }, async ({ op }, { actor }) => {
  if (op === "renew") return { url: calendarFeedUrl(actor.id, await renewCalendarFeed(actor)) as string | null };
  await stopCalendarFeed(actor);
  return { url: null };
});
