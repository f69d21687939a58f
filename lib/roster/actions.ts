"use server";
// Server actions of the applicants page, through the one pipeline (lib/forms/server-action.ts).
// Who may do what is checked next to the data: in lib/roster/mutations.ts for the offering, and
// again for each enrollment by the staff functions of lib/enrollment.
import { refuse, serverAction } from "../forms/server-action";
import { admitOverCapacity, moveOnWaitlist } from "../enrollment/mutations/staff";
import { admitSchema, waitlistMoveSchema } from "../enrollment/schema";
import { refusalKey, TRANSITION_REFUSALS } from "../enrollment/outcomes";
import { runBulk } from "./mutations";
import { bulkActionSchema, outcomeSchema } from "./schema";

const NOT_STARTED = refuse("studio.applicants.errors.notStarted");

/** Approve, reject (one reason for all), complete or mark no-show several applicants at once; answers what happened to how many. */
export const bulkAction = serverAction({ name: "applicants-bulk", schema: bulkActionSchema, policy: "account.manage" }, async (input, { actor }) => {
  const result = await runBulk(actor, input);
  if (result.status !== "ok") return result.status === "not-started" ? NOT_STARTED : refuse("notFound.title");
  return result.summary;
});

/** Marks one confirmed person as having completed the offering, or as not having come. */
export const outcomeAction = serverAction({ name: "applicant-outcome", schema: outcomeSchema, policy: "account.manage" }, async ({ offeringId, enrollmentId, outcome }, { actor }) => {
  const result = await runBulk(actor, { offeringId, enrollmentIds: [enrollmentId], action: outcome });
  if (result.status !== "ok") return result.status === "not-started" ? NOT_STARTED : refuse("notFound.title");
  const { summary } = result;
  if (summary.done === 1) return undefined;
  return refuse(refusalKey(TRANSITION_REFUSALS[summary.notAllowed ? "not-allowed" : summary.conflict ? "conflict" : "not-found"]));
});

/** Moves a waitlisted person to another place in the line, with the reason they will read. */
export const moveOnWaitlistAction = serverAction({ name: "waitlist-move", schema: waitlistMoveSchema, policy: "account.manage" }, async (input, { actor }) => {
  const result = await moveOnWaitlist(actor, input);
  return result.status === "ok" ? { position: "position" in result ? result.position : input.position } : refuse(refusalKey(TRANSITION_REFUSALS[result.status]));
});

/** Admits a waitlisted or waiting person although the offering is full (its capacity rises by one), with the reason. */
export const admitAction = serverAction({ name: "admit-over-capacity", schema: admitSchema, policy: "account.manage" }, async (input, { actor }) => {
  const result = await admitOverCapacity(actor, input);
  return result.status === "ok" ? undefined : refuse(refusalKey(TRANSITION_REFUSALS[result.status]));
});
