"use server";
// Server actions of attendance at the door, through the one pipeline (lib/forms/server-action.ts).
// Who may check people in (`enrollment.run` for the session's institution) is checked next to the
// data, in the mutations; anyone else is told the session is not found.
import { refuse, serverAction, type Refusal } from "../forms/server-action";
import { translator } from "../i18n/translator";
import type { Locale } from "../i18n/routing";
import { completeByAttendance, markPresent, undoCheckIn, type CheckInResult, type CompletionResult } from "./mutations";
import { checkInSchema, completionSchema, undoCheckInSchema } from "./schema";

const ERRORS = "studio.attendance.errors";
const when = (locale: Locale, at: Date, timeZone: string) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", hourCycle: "h23", timeZone }).format(at);

function checkInRefusal(result: Exclude<CheckInResult, { at: Date }>, locale: Locale): Refusal {
  switch (result.status) {
    case "not-found": return refuse("validation.not_found");
    case "offering-cancelled": return refuse(`${ERRORS}.offeringCancelled`);
    case "too-early": return refuse(`${ERRORS}.tooEarly`, undefined, { when: when(locale, result.opensAt, result.timeZone) });
    case "unreadable": return refuse(`${ERRORS}.unreadable`);
    case "forged": return refuse(`${ERRORS}.forged`);
    case "unknown-code": return refuse(`${ERRORS}.unknownCode`);
    case "ambiguous-code": return refuse(`${ERRORS}.ambiguousCode`);
    case "other-offering": return refuse(`${ERRORS}.otherOffering`);
    case "self": return refuse(`${ERRORS}.self`);
    case "not-confirmed": return refuse(`${ERRORS}.notConfirmed`, undefined, { name: result.name, state: translator(locale)(`enrollment.state.${result.state}`) });
  }
}

/**
 * Checks a person in to a session, by code (scanned or typed) or by name. Answers who it was and
 * when they were checked in, also when they already were ("already").
 */
export const checkInAction = serverAction({ name: "check-in", schema: checkInSchema, policy: "account.manage" }, async (input, { actor, locale }) => {
  const result = await markPresent(actor, input);
  if (!("at" in result)) return checkInRefusal(result, locale);
  return { outcome: result.status, enrollmentId: result.enrollmentId, name: result.name, at: result.at.toISOString() };
});

/** Takes back a check-in made by mistake. */
export const undoCheckInAction = serverAction({ name: "undo-check-in", schema: undoCheckInSchema, policy: "account.manage" }, async (input, { actor }) => {
  const result = await undoCheckIn(actor, input);
  return result.status === "ok" ? { removed: result.removed, name: result.name } : refuse("validation.not_found");
});

function completionRefusal(result: Exclude<CompletionResult, { status: "ok" }>, locale: Locale): Refusal {
  switch (result.status) {
    case "not-found": return refuse("validation.not_found");
    case "offering-cancelled": return refuse(`${ERRORS}.offeringCancelled`);
    case "no-sessions": return refuse(`${ERRORS}.noSessions`);
    case "not-yet": return refuse(`${ERRORS}.completionNotYet`, undefined, { when: when(locale, result.opensAt, result.timeZone) });
  }
}

/** Marks completion from attendance: completed at or above the threshold, or no-show for those who came to no session. */
export const completionAction = serverAction({ name: "complete-by-attendance", schema: completionSchema, policy: "account.manage" }, async (input, { actor, locale }) => {
  const result = await completeByAttendance(actor, input);
  return result.status === "ok" ? { mark: result.mark, changed: result.changed, unchanged: result.unchanged } : completionRefusal(result, locale);
});
