import "server-only";
import { db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { can, type Actor } from "../auth/policy";
import { recordAudit } from "../audit/mutations";
import { staffTransition } from "../enrollment/mutations/staff";
import { checkInKey, CODE_STATES, isShortCodeOf, readCheckInCode } from "./code";
import { CHECK_IN_OPENS_BEFORE_MS, completionOpensAt, completionPlan } from "./completion";
import type { CheckInInput, CompletionInput, UndoCheckInInput } from "./schema";

// Attendance at the door: staff running an offering (owners and editors of its institution, and
// bureau admins: `enrollment.run`) check people in to a session, by the code on their phone or by
// name, and undo a slip; attendance then feeds completion, which goes through the enrollment
// state machine (staffTransition), never around it. Each function checks the policy against the
// institution running the session's offering, here next to the data, and keeps that institution
// in its where clauses; anyone else gets "not-found", as if the session did not exist.

/** How the place was found: its code (scanned, or typed from under the QR code) or the person's name. */
export type CheckInMethod = "qr" | "name";

export type CheckInResult =
  | { status: "ok" | "already"; enrollmentId: string; name: string; at: Date; method: CheckInMethod }
  | { status: "not-confirmed"; name: string; state: string }
  | { status: "too-early"; opensAt: Date; timeZone: string }
  | { status: "not-found" | "offering-cancelled" | "unreadable" | "forged" | "unknown-code" | "ambiguous-code" | "other-offering" | "self" };

/** The session, when `actor` may run its offering; with the institution, for the where clauses that follow. */
async function sessionFor(actor: Actor, sessionId: string) {
  const session = await db.offeringSession.findUnique({
    where: { id: sessionId },
    select: { id: true, startsAt: true, offeringId: true, offering: { select: { status: true, timeZone: true, programme: { select: { institutionId: true } } } } },
  });
  if (!session) return null;
  const institutionId = session.offering.programme.institutionId;
  return can(actor, "enrollment.run", { institutionId }) ? { ...session, institutionId } : null;
}

const placeSelect = { id: true, state: true, userId: true, offeringId: true, user: { select: { name: true } } } as const;
type Place = { id: string; state: string; userId: string; offeringId: string; user: { name: string } };
type Refused = { status: "not-found" | "unreadable" | "forged" | "unknown-code" | "ambiguous-code" | "other-offering" };

/** The place a code or name points to, among the places of the session's offering (and only there). */
async function findPlace(input: CheckInInput, offeringId: string, institutionId: string): Promise<{ place: Place; method: CheckInMethod } | Refused> {
  const inOffering = { offeringId, offering: { programme: { institutionId } } };
  if (input.by === "name") {
    const place = await db.enrollment.findFirst({ where: { id: input.enrollmentId, ...inOffering }, select: placeSelect });
    return place ? { place, method: "name" as const } : { status: "not-found" as const };
  }
  const key = checkInKey();
  const read = readCheckInCode(input.code, key);
  if (read.kind === "unreadable") return { status: "unreadable" as const };
  if (read.kind === "forged") return { status: "forged" as const };
  if (read.kind === "qr") {
    // A right check on a place since deleted (its account closed) is as good as unknown.
    const place = await db.enrollment.findUnique({ where: { id: read.enrollmentId }, select: placeSelect });
    if (!place) return { status: "unknown-code" as const };
    if (place.offeringId !== offeringId) return { status: "other-offering" as const };
    return { place, method: "qr" as const };
  }
  // A typed short code: only this offering's places are looked through (a few hundred hashes at most).
  const places = await db.enrollment.findMany({ where: { ...inOffering, state: { in: [...CODE_STATES, "cancelled", "withdrawn", "no-show"] } }, select: { id: true } });
  const matches = places.filter((p) => isShortCodeOf(read.code, p.id, key));
  if (matches.length === 0) return { status: "unknown-code" as const };
  if (matches.length > 1) return { status: "ambiguous-code" as const };
  const place = await db.enrollment.findFirstOrThrow({ where: { id: matches[0]!.id }, select: placeSelect });
  return { place, method: "qr" as const };
}

/**
 * Marks a person present at a session, found by their check-in code or by name. Marking someone
 * twice changes nothing and says when they were checked in. Refused (and nothing written): a
 * code of another offering, a forged or unknown one, a place that is not confirmed (cancelled,
 * withdrawn, no-show), one's own place, a cancelled offering, and a session more than 12 hours away.
 */
export async function markPresent(actor: Actor, input: CheckInInput, now = new Date()): Promise<CheckInResult> {
  const session = await sessionFor(actor, input.sessionId);
  if (!session) return { status: "not-found" };
  if (session.offering.status === "cancelled") return { status: "offering-cancelled" };
  const opensAt = new Date(session.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS);
  if (now < opensAt) return { status: "too-early", opensAt, timeZone: session.offering.timeZone };
  const found = await findPlace(input, session.offeringId, session.institutionId);
  if (!("place" in found)) return found;
  const { place, method } = found;
  // Attendance feeds completion: staff do not complete themselves (lib/enrollment/mutations/staff.ts).
  if (place.userId === actor.id) return { status: "self" };
  if (!CODE_STATES.has(place.state)) return { status: "not-confirmed", name: place.user.name, state: place.state };
  const key = { enrollmentId_sessionId: { enrollmentId: place.id, sessionId: session.id } };
  const earlier = async () => {
    const row = await db.attendance.findUniqueOrThrow({ where: key, select: { at: true, method: true } });
    return { status: "already" as const, enrollmentId: place.id, name: place.user.name, at: row.at, method: row.method as CheckInMethod };
  };
  if (await db.attendance.findUnique({ where: key, select: { at: true } })) return earlier();
  try {
    const at = await db.$transaction(async (tx) => {
      const row = await tx.attendance.create({ data: { enrollmentId: place.id, sessionId: session.id, method, markedById: actor.id, at: now }, select: { at: true } });
      await recordAudit(tx, {
        actorId: actor.id, action: "attendance.marked", subjectType: "enrollment", subjectId: place.id, institutionId: session.institutionId,
        data: { sessionId: session.id, method },
      });
      return row.at;
    });
    return { status: "ok", enrollmentId: place.id, name: place.user.name, at, method };
  } catch (error) {
    // Two phones at the door scanned the same code at once: the other one's mark stands.
    if (isUniqueViolation(error)) return earlier();
    throw error;
  }
}

/** Takes back a check-in made by mistake (audited). Undoing one that is not there changes nothing. */
export async function undoCheckIn(actor: Actor, input: UndoCheckInInput): Promise<{ status: "ok"; removed: boolean; name: string } | { status: "not-found" }> {
  const session = await sessionFor(actor, input.sessionId);
  if (!session) return { status: "not-found" };
  const place = await db.enrollment.findFirst({
    where: { id: input.enrollmentId, offeringId: session.offeringId, offering: { programme: { institutionId: session.institutionId } } },
    select: { id: true, user: { select: { name: true } } },
  });
  if (!place) return { status: "not-found" };
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.attendance.deleteMany({
      where: { enrollmentId: place.id, sessionId: session.id, session: { offering: { programme: { institutionId: session.institutionId } } } },
    });
    if (count === 1) {
      await recordAudit(tx, { actorId: actor.id, action: "attendance.unmarked", subjectType: "enrollment", subjectId: place.id, institutionId: session.institutionId, data: { sessionId: session.id } });
    }
    return count === 1;
  });
  return { status: "ok", removed, name: place.user.name };
}

export type CompletionResult =
  | { status: "ok"; mark: CompletionInput["mark"]; changed: number; unchanged: number }
  | { status: "not-yet"; opensAt: Date; timeZone: string }
  | { status: "not-found" | "offering-cancelled" | "no-sessions" };

/**
 * Marks completion from attendance, once the offering's last session has started: "completed"
 * for confirmed participants who attended at least `threshold` percent of its sessions, or
 * "no-show" for those who attended none. Each change goes through staffTransition (the state
 * table, the person's timeline, notification and email, the audit trail, reason "attendance").
 * Those it refuses (one's own place, or changed meanwhile) are counted as unchanged.
 */
export async function completeByAttendance(actor: Actor, input: CompletionInput, now = new Date()): Promise<CompletionResult> {
  const offering = await db.offering.findUnique({
    where: { id: input.offeringId },
    select: { id: true, status: true, endsAt: true, timeZone: true, programme: { select: { institutionId: true } }, sessions: { select: { startsAt: true } } },
  });
  if (!offering || !can(actor, "enrollment.run", { institutionId: offering.programme.institutionId })) return { status: "not-found" };
  const institutionId = offering.programme.institutionId;
  if (offering.status === "cancelled") return { status: "offering-cancelled" };
  if (offering.sessions.length === 0) return { status: "no-sessions" };
  const opensAt = completionOpensAt(offering.sessions, offering.endsAt);
  if (now < opensAt) return { status: "not-yet", opensAt, timeZone: offering.timeZone };
  const confirmed = await db.enrollment.findMany({
    where: { offeringId: offering.id, state: "confirmed", offering: { programme: { institutionId } } },
    select: { id: true, _count: { select: { attendances: { where: { session: { offeringId: offering.id } } } } } },
  });
  const plan = completionPlan(confirmed.map((e) => ({ id: e.id, attended: e._count.attendances })), offering.sessions.length, input.threshold);
  const targets = input.mark === "completed" ? plan.complete : plan.noShow;
  let changed = 0;
  // One transaction per person (as one at a time would be): a refusal for one leaves the others' changes.
  for (const { id } of targets) {
    const result = await staffTransition(actor, input.mark === "completed" ? "complete" : "no-show", id, { reasonCode: "attendance" }, now);
    if (result.status === "ok") changed++;
  }
  return { status: "ok", mark: input.mark, changed, unchanged: targets.length - changed };
}
