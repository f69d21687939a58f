import "server-only";
import { db } from "../db";
import { isUniqueViolation, retryTransient } from "../db-errors";
import { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/policy";
import { enrollmentWindowState } from "../catalogue/window";
import { createTranslator } from "use-intl/core";
import zhCN from "../../messages/zh-CN.json";
import en from "../../messages/en.json";
import { env } from "../env";
import { isLocale, type Locale } from "../i18n/routing";
import { localePath } from "../i18n/paths";
import { localized } from "../i18n/localized";
import { deliverSoon, enqueueEmail, outboxStatus } from "../email/mutations";
import { renderEmail, type EmailTemplate } from "../email/templates";
import { newId } from "../ids";
import { hasInvalidCharacter } from "../text";
import {
  allowed, OFFER_HOURS_DEFAULT, REAPPLY_ALLOWED, seatChange, TRANSITIONS,
  type EnrollmentState, type Mover, type TransitionName,
} from "./states";
import { questionSetSchema, type AnswerSnapshot, type QuestionSet } from "./questions";
import { can } from "../auth/policy";
import { recordAudit, type AuditEntry } from "../audit/mutations";

// The only code that changes an enrollment's state (lib/enrollment/states.ts has the table).
// Seats are taken by one guarded write, never by counting and then inserting (STACK.md, "Seats
// under concurrency"); every change is an EnrollmentEvent and a notification in one transaction.

type Tx = Prisma.TransactionClient;
const HOUR = 3_600_000;

const offeringSelect = {
  id: true, opensAt: true, closesAt: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, status: true, timeZone: true,
  programme: { select: { admission: true, status: true, titleZh: true, titleEn: true } },
} satisfies Prisma.OfferingSelect;

type LoadedOffering = Prisma.OfferingGetPayload<{ select: typeof offeringSelect }>;
type Person = { email: string; name: string; locale: string };

/** Takes a seat if one is free: one statement, so two requests can never take the last seat twice. */
async function takeSeat(tx: Tx, offeringId: string): Promise<boolean> {
  const taken = await tx.$executeRaw`UPDATE "Offering" SET "seatsTaken" = "seatsTaken" + 1
    WHERE "id" = ${offeringId} AND ("capacity" IS NULL OR "seatsTaken" < "capacity")`;
  return taken === 1;
}

async function releaseSeat(tx: Tx, offeringId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Offering" SET "seatsTaken" = "seatsTaken" - 1 WHERE "id" = ${offeringId} AND "seatsTaken" > 0`;
}

/**
 * Takes a seat after waiting for every transaction that holds the offering's row: a seat freed by
 * one of them (a withdrawal that found nobody waiting) is then seen, instead of the newcomer
 * joining the waitlist beside a free seat. The lock is kept until commit, so concurrent
 * newcomers who find no seat take waitlist ranks one after another (nextWaitRank).
 */
async function takeSeatAfterLock(tx: Tx, offeringId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "Offering" WHERE "id" = ${offeringId} FOR UPDATE`;
  return takeSeat(tx, offeringId);
}

/** The rank after the last one on the offering's waitlist (callers hold the offering's row lock). */
async function nextWaitRank(tx: Tx, offeringId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ rank: number | null }[]>`SELECT MAX("waitRank") AS "rank" FROM "Enrollment" WHERE "offeringId" = ${offeringId}`;
  return Number(row?.rank ?? 0) + 1;
}

interface Change { enrollmentId: string; userId: string; from: EnrollmentState | null; to: EnrollmentState; actorId: string | null; actorLabel?: string; reasonCode?: string; message?: string }

/**
 * The record of a change, and the person's notification of it: in the portal and by email, in
 * their language. Callers pass the person and offering when they have them loaded, which saves
 * a read inside the transaction.
 */
async function record(tx: Tx, change: Change, at: Date, known: { person?: Person; offering?: LoadedOffering } = {}) {
  await tx.enrollmentEvent.create({
    data: { enrollmentId: change.enrollmentId, from: change.from, to: change.to, actorId: change.actorId, actorLabel: change.actorLabel, reasonCode: change.reasonCode, message: change.message, at },
  });
  await tx.notification.create({
    data: { userId: change.userId, kind: `enrollment.${change.to}`, data: { enrollmentId: change.enrollmentId, from: change.from, to: change.to, reasonCode: change.reasonCode ?? null } },
  });
  const loaded = known.person && known.offering ? null : await tx.enrollment.findUniqueOrThrow({
    where: { id: change.enrollmentId },
    select: { user: { select: { email: true, name: true, locale: true } }, offering: { select: offeringSelect } },
  });
  const person = known.person ?? loaded!.user;
  const { locale, email } = changeEmail(person, known.offering ?? loaded!.offering, change.to);
  await enqueueEmail(tx, person.email, locale, email);
}

/** The email telling a person their enrollment is now `state`, in their language. */
function changeEmail(person: Person, offering: LoadedOffering, state: EnrollmentState): { locale: Locale; email: EmailTemplate } {
  const locale: Locale = isLocale(person.locale) ? person.locale : "zh-CN";
  const t = createTranslator({ locale, messages: locale === "en" ? en : zhCN, namespace: "enrollment" });
  const reviewedWaiting = state === "waitlisted" && offering.programme.admission === "reviewed";
  return {
    locale,
    email: {
      template: "enrollment-changed",
      name: person.name,
      programme: localized(locale, offering.programme.titleZh, offering.programme.titleEn),
      start: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: offering.timeZone }).format(offering.startsAt),
      state: reviewedWaiting ? t("stateReviewedWaitlisted") : t(`state.${state}`),
      url: `${env.SITE_URL}${localePath(locale, "/me/enrollments")}`,
    },
  };
}

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
  if (!offering || offering.programme.status !== "published") return { status: "not-found" };
  const window = enrollmentWindowState(offering, now);
  if (window.kind === "cancelled") return { status: "cancelled" };
  if (window.kind === "closed") return { status: "window-closed" };
  if (window.kind === "not-yet-open") return { status: "not-yet-open" };
  const firstCome = offering.programme.admission !== "reviewed";
  // The email for each state the application can end in, rendered before anything is locked.
  const emails = Object.fromEntries((firstCome ? (["confirmed", "waitlisted"] as const) : (["submitted"] as const)).map((state) => {
    const { locale, email } = changeEmail(actor, offering, state);
    return [state, renderEmail(locale, email)];
  }));
  const locale: Locale = isLocale(actor.locale) ? actor.locale : "zh-CN";
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

export type TransitionResult =
  | { status: "ok"; state: EnrollmentState }
  | { status: "not-found" | "not-allowed" | "conflict" };

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
      select: { id: true, userId: true, state: true, offeringId: true, offering: { select: offeringSelect } },
    });
    if (!enrollment) return { status: "not-found" };
    const from = enrollment.state as EnrollmentState;
    if (!allowed(name, from, by.mover)) return { status: "not-allowed" };
    const result = await move(tx, enrollment, from, name, by, details, now);
    if (result.status === "ok" && seatChange(from, result.state) < 0) await promoteWaitlist(tx, enrollment.offeringId, now);
    if (result.status === "ok" && details.audit) await recordAudit(tx, { ...details.audit, data: { ...details.audit.data, from, to: result.state } });
    return result;
  });
}

type Loaded = { id: string; userId: string; offeringId: string; offering: LoadedOffering };

async function move(tx: Tx, e: Loaded, from: EnrollmentState, name: TransitionName, by: { mover: Mover; actor: Actor | null; label?: string }, details: { reasonCode?: string; message?: string; offerHours?: number }, now: Date): Promise<TransitionResult> {
  const reviewed = e.offering.programme.admission === "reviewed";
  let to: EnrollmentState;
  const target = TRANSITIONS[name].to;
  if (target === "seat-or-waitlist") to = (await takeSeat(tx, e.offeringId)) || (await takeSeatAfterLock(tx, e.offeringId)) ? "confirmed" : "waitlisted";
  else if (name === "promote") to = reviewed ? "offered" : "confirmed";
  else to = target;

  const change = seatChange(from, to);
  if (change > 0 && target !== "seat-or-waitlist" && !(await takeSeat(tx, e.offeringId))) return { status: "conflict" };
  // Guarded on the state read above: of two concurrent changes, the second finds nothing to update.
  const { count } = await tx.enrollment.updateMany({
    where: { id: e.id, state: from },
    data: {
      state: to,
      activeKey: REAPPLY_ALLOWED.has(to) ? null : undefined,
      waitRank: to === "waitlisted" ? await nextWaitRank(tx, e.offeringId) : null,
      offerExpiresAt: to === "offered" ? new Date(now.getTime() + (details.offerHours ?? OFFER_HOURS_DEFAULT) * HOUR) : null,
    },
  });
  if (count !== 1) throw new ConcurrentChange(); // rolls back the seat taken above
  if (change < 0) await releaseSeat(tx, e.offeringId);
  // The person is known when they act themselves; the offering always is.
  const person = by.actor && by.actor.id === e.userId ? by.actor : undefined;
  await record(tx, { enrollmentId: e.id, userId: e.userId, from, to, actorId: by.actor?.id ?? null, actorLabel: by.label, reasonCode: details.reasonCode, message: details.message }, now, { person, offering: e.offering });
  return { status: "ok", state: to };
}

class ConcurrentChange extends Error {}

/**
 * One change of enrollments, as one transaction: retried after a deadlock (it rolled back), its emails sent once it has committed, and "conflict" when another change got
 * there first (the transaction threw ConcurrentChange, undoing any seat it took).
 */
async function runChange<R extends { status: string }>(work: (tx: Tx) => Promise<R>): Promise<R | { status: "conflict" }> {
  try {
    const result = await retryTransient(() => db.$transaction(work));
    if (result.status === "ok") deliverSoon();
    return result;
  } catch (error) {
    if (error instanceof ConcurrentChange) return { status: "conflict" };
    throw error;
  }
}

/**
 * Gives freed seats to the waitlist in rank order: confirmed on first-come offerings, offered
 * (with a deadline) on reviewed ones. Stops when seats run out or once the offering has started.
 */
async function promoteWaitlist(tx: Tx, offeringId: string, now: Date): Promise<number> {
  let promoted = 0;
  for (;;) {
    const offering = await tx.offering.findUniqueOrThrow({ where: { id: offeringId }, select: offeringSelect });
    if (offering.status === "cancelled" || offering.startsAt.getTime() <= now.getTime()) return promoted;
    if (offering.capacity !== null && offering.seatsTaken >= offering.capacity) return promoted;
    const next = await tx.enrollment.findFirst({
      where: { offeringId, state: "waitlisted" },
      orderBy: [{ waitRank: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, userId: true },
    });
    if (!next) return promoted;
    const result = await move(tx, { ...next, offeringId, offering }, "waitlisted", "promote", { mover: "system", actor: null, label: "waitlist" }, {}, now);
    if (result.status !== "ok") return promoted;
    promoted++;
  }
}

/** Expires offers whose deadline has passed (the scheduler, and any read of the offering), moving the waitlist up. */
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

/** Changes an offering's capacity (never below the seats taken) and fills new seats from the waitlist. */
export async function setCapacity(offeringId: string, capacity: number | null, now = new Date()): Promise<"ok" | "below-taken" | "not-found" | "conflict"> {
  // Through runChange like every change: the promotions' emails go out after the commit, not before it.
  const result = await runChange(async (tx) => {
    const offering = await tx.offering.findUnique({ where: { id: offeringId }, select: { seatsTaken: true } });
    if (!offering) return { status: "not-found" as const };
    if (capacity !== null && capacity < offering.seatsTaken) return { status: "below-taken" as const };
    await tx.offering.update({ where: { id: offeringId }, data: { capacity } });
    await promoteWaitlist(tx, offeringId, now);
    return { status: "ok" as const };
  });
  return result.status;
}

/**
 * Before an account is deleted: its live enrollments end as if the person withdrew (offers are
 * declined), so the seats they held go to the waitlist instead of vanishing with the rows.
 */
export async function endEnrollmentsOf(actor: Actor, now = new Date()): Promise<void> {
  const live = await db.enrollment.findMany({ where: { userId: actor.id, state: { in: ["submitted", "waitlisted", "confirmed", "offered"] } }, select: { id: true, state: true } });
  for (const e of live) await transition(e.state === "offered" ? "decline" : "withdraw", e.id, { mover: "self", actor }, { reasonCode: "account-deleted" }, now);
}

/**
 * Keeps an application in progress (the values as typed, already cut to the set's own keys, and
 * the version of the questions the person was looking at). Nothing is kept once they have
 * applied (another tab's late "save" must not bring an unsubmitted draft back).
 */
export async function saveDraft(actor: Actor, offeringId: string, draft: { formVersion: number; values: Record<string, string>; step: number }): Promise<{ status: "ok"; savedAt: Date } | { status: "not-found" | "applied" }> {
  const offering = await db.offering.findFirst({ where: { id: offeringId, status: { not: "cancelled" }, programme: { status: "published" } }, select: { id: true } });
  if (!offering) return { status: "not-found" };
  if (await db.enrollment.findUnique({ where: { activeKey: `${offeringId}:${actor.id}` }, select: { id: true } })) return { status: "applied" };
  const data = { formVersion: draft.formVersion, values: draft.values, step: draft.step };
  const saved = await db.applicationDraft.upsert({
    where: { userId_offeringId: { userId: actor.id, offeringId } },
    create: { userId: actor.id, offeringId, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { status: "ok", savedAt: saved.updatedAt };
}

/** Publishes a programme's questions as its next version (earlier versions stay, as enrollments refer to them). */
export async function publishQuestionSet(programmeId: string, set: QuestionSet): Promise<number> {
  const definition = questionSetSchema.parse(set); // a set nobody could answer is a programming error, refused before it is stored
  return db.$transaction(async (tx) => {
    const latest = await tx.questionSet.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    await tx.questionSet.create({ data: { programmeId, version, definition } });
    return version;
  });
}

/**
 * Starts the person's private calendar feed, or replaces its address (the old one stops working at
 * once). Generations only grow, so an address once revoked never works again; a stopped feed keeps
 * its last generation as a negative number.
 */
export async function renewCalendarFeed(actor: Actor): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarFeed: true } });
    const generation = Math.abs(user.calendarFeed ?? 0) + 1;
    await tx.user.update({ where: { id: actor.id }, data: { calendarFeed: generation } });
    return generation;
  });
}

/** Turns the calendar feed off: its address stops working. */
export async function stopCalendarFeed(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { calendarFeed: true } });
    if (user.calendarFeed !== null && user.calendarFeed > 0) await tx.user.update({ where: { id: actor.id }, data: { calendarFeed: -user.calendarFeed } });
  });
}

// Staff work on enrollments (the data functions the institutions' screens will call). Each checks
// the policy against the institution that runs the offering, here next to the data; someone
// without the right sees "not-found", as if the enrollment did not exist.

type StaffResult = TransitionResult | { status: "invalid" };

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
export async function decide(actor: Actor, decision: "approve" | "reject", enrollmentId: string, details: { reasonCode?: string; message?: string } = {}, now = new Date()): Promise<TransitionResult> {
  const institutionId = await institutionFor(actor, "enrollment.review", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  return transition(decision, enrollmentId, { mover: "reviewer", actor }, {
    ...details,
    audit: { actorId: actor.id, action: "enrollment.decided", subjectType: "enrollment", subjectId: enrollmentId, institutionId, data: { decision, reasonCode: details.reasonCode ?? null } },
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
export async function moveOnWaitlist(actor: Actor, enrollmentId: string, position: number, reason: string, now = new Date()): Promise<StaffResult | { status: "ok"; position: number }> {
  const institutionId = await institutionFor(actor, "enrollment.run", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  const why = reason.trim();
  if (!why || why.length > 500 || hasInvalidCharacter(why) || !Number.isInteger(position) || position < 1) return { status: "invalid" };
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
export async function admitOverCapacity(actor: Actor, enrollmentId: string, reason: string, now = new Date()): Promise<StaffResult> {
  const institutionId = await institutionFor(actor, "enrollment.run", enrollmentId);
  if (!institutionId) return { status: "not-found" };
  const why = reason.trim();
  if (!why || why.length > 500 || hasInvalidCharacter(why)) return { status: "invalid" };
  return runChange(async (tx): Promise<StaffResult> => {
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
