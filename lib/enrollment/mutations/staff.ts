import "server-only";
import { db } from "../../db";
import type { Actor } from "../../auth/policy";
import { can } from "../../auth/policy";
import { recordAudit } from "../../audit/mutations";
import { allowed, type EnrollmentState } from "../states";
import { ConcurrentChange, move, offeringSelect, record, runChange, type TransitionResult } from "./engine";
import { transition } from "./changes";
import type { AdmitInput, DecisionInput, WaitlistMoveInput } from "../schema";

// Staff work on enrollments (the data functions the institutions' screens will call), taking
// input validated by lib/enrollment/schema.ts. Each checks
// the policy against the institution that runs the offering, here next to the data; someone
// without the right sees "not-found", as if the enrollment did not exist.

/**
 * The institution running an enrollment's offering, when `actor` may do `action` there. Never for
 * the actor's own enrollment: staff do not approve, promote or admit themselves.
 */
async function institutionFor(actor: Actor, action: "enrollment.review" | "enrollment.run", enrollmentId: string): Promise<string | null> {
  const row = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { userId: true, offering: { select: { programme: { select: { institutionId: true } } } } } });
  if (!row || row.userId === actor.id) return null;
  const institutionId = row.offering.programme.institutionId;
  return can(actor, action, { institutionId }) ? institutionId : null;
}

/** A reviewed application decided by a bureau reviewer or a reviewer of the institution: approve, or reject with a reason. */
export async function decide(actor: Actor, input: DecisionInput, now = new Date()): Promise<TransitionResult> {
  const { enrollmentId, decision } = input;
  const details = input.decision === "reject" ? { reasonCode: input.reasonCode, message: input.message } : {};
  const institutionId = await institutionFor(actor, "enrollment.review", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  return transition(decision, enrollmentId, { mover: "reviewer", actor }, {
    ...details,
    audit: { actorId: actor.id, action: "enrollment.decided", subjectType: "enrollment", subjectId: enrollmentId, institutionId, data: { decision, reasonCode: input.decision === "reject" ? input.reasonCode : null } },
  }, now);
}

/** Cancel, complete or mark as no-show, by staff running the offering (audited, with the reason given). */
export async function staffTransition(actor: Actor, name: "cancel" | "complete" | "no-show", enrollmentId: string, details: { reasonCode?: string; message?: string } = {}, now = new Date()): Promise<TransitionResult> {
  const institutionId = await institutionFor(actor, "enrollment.run", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  return transition(name, enrollmentId, { mover: "staff", actor }, {
    ...details,
    audit: { actorId: actor.id, action: "enrollment.staff-changed", subjectType: "enrollment", subjectId: enrollmentId, institutionId, data: { transition: name, reasonCode: details.reasonCode ?? null } },
  }, now);
}

/**
 * Moves a waitlisted person to another place in the line (1 = next), with the reason recorded on
 * their timeline and in the audit trail. The queue is renumbered in its new order.
 */
export async function moveOnWaitlist(actor: Actor, { enrollmentId, position, reason: why }: WaitlistMoveInput, now = new Date()): Promise<TransitionResult | { status: "ok"; position: number }> {
  const institutionId = await institutionFor(actor, "enrollment.run", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  return runChange(async (tx) => {
    const e = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { state: true, userId: true, offeringId: true } });
    if (e.state !== "waitlisted") return { status: "not-allowed" as const };
    const line = await tx.enrollment.findMany({
      where: { offeringId: e.offeringId, state: "waitlisted", NOT: { id: enrollmentId } },
      orderBy: [{ waitRank: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const at = Math.min(position, line.length + 1);
    const order = [...line.slice(0, at - 1).map((x) => x.id), enrollmentId, ...line.slice(at - 1).map((x) => x.id)];
    for (const [i, id] of order.entries()) await tx.enrollment.updateMany({ where: { id, state: "waitlisted" }, data: { waitRank: i + 1 } });
    await record(tx, { enrollmentId, userId: e.userId, from: "waitlisted", to: "waitlisted", actorId: actor.id, actorLabel: "waitlist-reorder", reasonCode: "reordered", message: why }, now);
    await recordAudit(tx, { actorId: actor.id, action: "enrollment.waitlist-reordered", subjectType: "enrollment", subjectId: enrollmentId, institutionId, data: { position: at, reason: why } });
    return { status: "ok" as const, position: at };
  });
}

/**
 * Admits a waitlisted or submitted person although the offering is full: its capacity is raised by
 * one and the person confirmed, in one audited transaction, so seats taken never exceed capacity.
 */
export async function admitOverCapacity(actor: Actor, { enrollmentId, reason: why }: AdmitInput, now = new Date()): Promise<TransitionResult> {
  const institutionId = await institutionFor(actor, "enrollment.run", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  return runChange(async (tx): Promise<TransitionResult> => {
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { id: true, userId: true, state: true, offeringId: true, offering: { select: offeringSelect } } });
    const from = enrollment.state as EnrollmentState;
    if (!allowed("admit", from, "staff")) return { status: "not-allowed" };
    const { capacity, seatsTaken } = enrollment.offering;
    if (capacity !== null && seatsTaken >= capacity) {
      await tx.offering.updateMany({ where: { id: enrollment.offeringId, capacity }, data: { capacity: capacity + 1 } });
    }
    const result = await move(tx, enrollment, from, "admit", { mover: "staff", actor, label: "over-capacity" }, { message: why }, now);
    if (result.status !== "ok") throw new ConcurrentChange(); // roll back the raised capacity too
    await recordAudit(tx, { actorId: actor.id, action: "enrollment.admitted-over-capacity", subjectType: "enrollment", subjectId: enrollmentId, institutionId, data: { from, capacity: { before: capacity, after: capacity === null ? null : Math.max(capacity, seatsTaken + 1) }, reason: why } });
    return result;
  });
}
