import "server-only";
import { db } from "../../db";
import { isUniqueViolation, retryTransient } from "../../db-errors";
import type { Actor } from "../../auth/policy";
import type { AuditEntry } from "../../audit/mutations";
import { recordAudit } from "../../audit/mutations";
import { enrollmentWindowState } from "../../catalogue/window";
import { isPublicInstitution } from "../../catalogue/visibility";
import { toLocale } from "../../i18n/routing";
import { deliverSoon, outboxStatus } from "../../email/mutations";
import { renderEmail } from "../../email/templates";
import { newId } from "../../ids";
import { allowed, effectiveState, LIVE_STATES, seatChange, type EnrollmentState, type Mover, type TransitionName } from "../states";
import type { AnswerSnapshot } from "../questions";
import { changeEmail, isReviewed, move, offeringSelect, promoteWaitlist, runChange, type TransitionResult } from "./engine";

// Applying, and the transitions of the table (lib/enrollment/states.ts) made by the person, the
// system and the guarded capacity change. The only code, with staff.ts, that changes an
// enrollment's state.

export type ApplyResult =
  | { status: "ok"; enrollment: { id: string; state: EnrollmentState } }
  | { status: "not-found" | "window-closed" | "not-yet-open" | "cancelled" }
  | { status: "conflict"; enrollmentId: string };

/**
 * Applies to an offering. First-come offerings confirm when a seat is free and waitlist
 * otherwise; reviewed ones submit for review. One live enrollment per person and offering: a
 * second application (a double click, a retry) creates nothing and answers "conflict".
 */
export async function apply(actor: Actor, offeringId: string, input: { answers?: AnswerSnapshot; formVersion?: number } = {}, now = new Date()): Promise<ApplyResult> {
  const offering = await db.offering.findUnique({ where: { id: offeringId }, select: offeringSelect });
  if (!offering || offering.programme.status !== "published" || !isPublicInstitution(offering.programme.institution)) return { status: "not-found" };
  const window = enrollmentWindowState(offering, now);
  if (window.kind === "cancelled") return { status: "cancelled" };
  if (window.kind === "closed") return { status: "window-closed" };
  if (window.kind === "not-yet-open") return { status: "not-yet-open" };
  const firstCome = !isReviewed(offering);
  // The email for each state the application can end in, rendered before anything is locked.
  const emails = Object.fromEntries((firstCome ? (["confirmed", "waitlisted"] as const) : (["submitted"] as const)).map((state) => {
    const { locale, email } = changeEmail(actor, offering, state);
    return [state, renderEmail(locale, email)];
  }));
  const locale = toLocale(actor.locale);
  const id = newId();
  try {
    // One call, outside any transaction, so the offering's row lock lasts as long as the call
    // (the baseline migration's apply_to_offering has the measurements). Writes what `record`
    // writes for a change, and deletes the draft (only programmes with questions have drafts).
    const [row] = await retryTransient(() => db.$queryRaw<{ state: EnrollmentState }[]>`SELECT "apply_to_offering"(
      ${id}, ${offeringId}, ${actor.id}, ${firstCome}, ${input.answers === undefined ? null : JSON.stringify(input.answers)}::jsonb,
      ${input.formVersion ?? null}::integer, ${now}::timestamp, ${newId()}, ${newId()}, ${newId()}, ${actor.email}, ${locale},
      ${outboxStatus()}, ${JSON.stringify(emails)}::jsonb, ${input.formVersion !== undefined}) AS "state"`);
    deliverSoon();
    return { status: "ok", enrollment: { id, state: row!.state } };
  } catch (error) {
    // The call changed nothing, seat included: the person already has a live enrollment here.
    if (isUniqueViolation(error)) {
      const existing = await db.enrollment.findUnique({ where: { activeKey: `${offeringId}:${actor.id}` }, select: { id: true } });
      return { status: "conflict", enrollmentId: existing?.id ?? "" };
    }
    throw error;
  }
}

/**
 * Makes one transition of the table. `self` transitions only touch the actor's own enrollments
 * (ownership is in the where clause, so another person's id is simply not found). When a seat is
 * freed, the waitlist moves up at once.
 */
export async function transition(
  name: TransitionName,
  enrollmentId: string,
  by: { mover: Mover; actor: Actor | null; label?: string },
  details: { reasonCode?: string; message?: string; offerHours?: number; audit?: AuditEntry } = {},
  now = new Date(),
): Promise<TransitionResult> {
  return runChange(async (tx): Promise<TransitionResult> => {
    const enrollment = await tx.enrollment.findFirst({
      where: { id: enrollmentId, ...(by.mover === "self" ? { userId: by.actor?.id ?? "" } : {}) },
      select: { id: true, userId: true, state: true, offerExpiresAt: true, offeringId: true, offering: { select: offeringSelect } },
    });
    if (!enrollment) return { status: "not-found" };
    const from = enrollment.state as EnrollmentState;
    // A lapsed offer can only expire, even before the scheduler has recorded it (states.ts, effectiveState).
    if (!allowed(name, from, by.mover) || (name !== "expire" && effectiveState(from, enrollment.offerExpiresAt, now) !== from)) return { status: "not-allowed" };
    const result = await move(tx, enrollment, from, name, by, details, now);
    if (result.status === "ok" && seatChange(from, result.state) < 0) await promoteWaitlist(tx, enrollment.offeringId, now);
    if (result.status === "ok" && details.audit) await recordAudit(tx, { ...details.audit, data: { ...details.audit.data, from, to: result.state } });
    return result;
  });
}

/** Expires offers whose deadline has passed, moving the waitlist up. The scheduler runs it; reads only compute the effective state. */
export async function expireOffers(now = new Date(), offeringId?: string): Promise<number> {
  const due = await db.enrollment.findMany({
    where: { state: "offered", offerExpiresAt: { lte: now }, ...(offeringId ? { offeringId } : {}) },
    select: { id: true },
    take: 100,
  });
  let expired = 0;
  for (const e of due) {
    const result = await transition("expire", e.id, { mover: "system", actor: null, label: "offer-expiry" }, {}, now);
    if (result.status === "ok") expired++;
  }
  return expired;
}

/**
 * Changes an offering's capacity (never below the seats taken) and fills new seats from the
 * waitlist; `audit` (staff changing it) is recorded in the same transaction, with the capacity before and after.
 */
export async function setCapacity(offeringId: string, capacity: number | null, now = new Date(), audit?: AuditEntry): Promise<"ok" | "below-taken" | "not-found" | "conflict"> {
  // Through runChange like every change: the promotions' emails go out after the commit, not before it.
  const result = await runChange(async (tx) => {
    const offering = await tx.offering.findUnique({ where: { id: offeringId }, select: { seatsTaken: true, capacity: true } });
    if (!offering) return { status: "not-found" as const };
    // Guarded on the seats taken, so a seat taken since the read above cannot end up over the new capacity.
    const { count } = await tx.offering.updateMany({ where: { id: offeringId, ...(capacity === null ? {} : { seatsTaken: { lte: capacity } }) }, data: { capacity } });
    if (count !== 1) return { status: "below-taken" as const };
    const promoted = await promoteWaitlist(tx, offeringId, now);
    if (audit) await recordAudit(tx, { ...audit, data: { ...audit.data, capacity: { before: offering.capacity, after: capacity }, promoted } });
    return { status: "ok" as const };
  });
  return result.status;
}

/**
 * Before an account is deleted: its live enrollments end as if the person withdrew (offers are
 * declined), so the seats they held go to the waitlist instead of vanishing with the rows.
 */
export async function endEnrollmentsOf(actor: Actor, now = new Date()): Promise<void> {
  const live = await db.enrollment.findMany({ where: { userId: actor.id, state: { in: [...LIVE_STATES] } }, select: { id: true, state: true } });
  for (const e of live) await transition(e.state === "offered" ? "decline" : "withdraw", e.id, { mover: "self", actor }, { reasonCode: "account-deleted" }, now);
}

