"use server";
// Server actions of offerings, sessions and the questions editor, through the one pipeline
// (lib/forms/server-action.ts). The pipeline needs only a signed-in person: who may change which
// offering or programme is checked next to the data, in the mutations, against the institution
// that runs it (anyone else's is not found).
import { refuse, serverAction } from "../forms/server-action";
import { publishQuestionSet } from "../enrollment/mutations/question-sets";
import { addSession, addSessionSeries, cancelOffering, changeCapacity, createOffering, removeSession, updateOffering, type SessionsResult } from "./mutations";
import { cancelOfferingSchema, capacitySchema, createOfferingSchema, MAX_SESSIONS, removeSessionSchema, sessionSchema, sessionSeriesSchema, updateOfferingSchema } from "./schema";
import { questionEditorSchema } from "./question-editor";

const E = (key: string) => `studio.offerings.errors.${key}`;
const NOT_FOUND = refuse(E("not_found"));
const CANCELLED = refuse(E("cancelled"));

/** A new offering of a programme; answers its id, for the page that adds its sessions. */
export const createOfferingAction = serverAction({ name: "create-offering", schema: createOfferingSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await createOffering(actor, input, request);
  if (result.status === "ok") return { id: result.offering.id };
  return result.status === "code-taken" ? refuse(E("code_taken"), "code") : NOT_FOUND;
});

export const updateOfferingAction = serverAction({ name: "update-offering", schema: updateOfferingSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await updateOffering(actor, input, request);
  switch (result.status) {
    case "ok": return undefined;
    case "code-taken": return refuse(E("code_taken"), "code");
    case "closes-after-start": return refuse(E("closes_after_start"), "closesAt");
    case "cancelled": return CANCELLED;
    default: return NOT_FOUND;
  }
});

/** What adding sessions answers: how many were added, or why none were. */
function sessionsOutcome(result: SessionsResult, field: string) {
  switch (result.status) {
    case "ok": return { added: result.added };
    case "too-many": return refuse(E("too_many_now"), field, { count: result.existing, limit: MAX_SESSIONS });
    case "duplicate": return refuse(E("duplicate_session"));
    case "empty": return refuse(E("date"), "date");
    case "cancelled": return CANCELLED;
    default: return NOT_FOUND;
  }
}

export const addSessionAction = serverAction({ name: "add-session", schema: sessionSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  sessionsOutcome(await addSession(actor, input, request), "date"));

/** A weekly series of sessions in one step. */
export const addSessionSeriesAction = serverAction({ name: "add-session-series", schema: sessionSeriesSchema, policy: "account.manage" }, async (input, { actor, request }) =>
  sessionsOutcome(await addSessionSeries(actor, input, request), "weeks"));

export const removeSessionAction = serverAction({ name: "remove-session", schema: removeSessionSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await removeSession(actor, input, request);
  if (result.status === "ok") return undefined;
  return result.status === "attended" ? refuse(E("attended")) : result.status === "cancelled" ? CANCELLED : NOT_FOUND;
});

/** A new capacity, through the enrollment engine's guarded change: never below the seats taken; the waitlist fills new seats. */
export const changeCapacityAction = serverAction({ name: "change-capacity", schema: capacitySchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await changeCapacity(actor, input, request);
  switch (result.status) {
    case "ok": return undefined;
    case "below-taken": return refuse(E("below_taken"), "capacity", { taken: result.taken });
    case "cancelled": return CANCELLED;
    case "conflict": return refuse("enrollment.errors.changed");
    default: return NOT_FOUND;
  }
});

/** Cancels an offering with a reason in both languages; every applicant is told. Answers how many. */
export const cancelOfferingAction = serverAction({ name: "cancel-offering", schema: cancelOfferingSchema, policy: "account.manage" }, async (input, { actor, request }) => {
  const result = await cancelOffering(actor, input, request);
  if (result.status === "ok") return { cancelled: result.cancelled };
  if (result.status === "already-cancelled") return CANCELLED;
  return result.status === "conflict" ? refuse("enrollment.errors.changed") : NOT_FOUND;
});

/** Publishes the questions editor's set as the programme's next version (answers already given keep theirs). */
export const publishQuestionsAction = serverAction({ name: "publish-questions", schema: questionEditorSchema, policy: "account.manage" }, async ({ programmeId, set }, { actor }) => {
  const result = await publishQuestionSet(actor, programmeId, set);
  if (result.status === "not-found") return refuse("notFound.title");
  return { version: result.version, unchanged: result.status === "unchanged" };
});
