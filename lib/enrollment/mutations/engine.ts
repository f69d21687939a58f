import "server-only";
import { db } from "../../db";
import { retryTransient } from "../../db-errors";
import type { Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../auth/policy";
import { env } from "../../env";
import { toLocale, type Locale } from "../../i18n/routing";
import { localePath } from "../../i18n/paths";
import { localized } from "../../i18n/localized";
import { translator } from "../../i18n/translator";
import { deliverSoon, enqueueEmail } from "../../email/mutations";
import type { EmailTemplate } from "../../email/templates";
import { OFFER_HOURS_DEFAULT, REAPPLY_ALLOWED, seatChange, TRANSITIONS, type EnrollmentState, type Mover, type TransitionName } from "../states";

// The machinery every enrollment change shares: seats taken by one guarded write, never by
// counting and then inserting (STACK.md, "Seats under concurrency"); each change an
// EnrollmentEvent, a notification and an email in one transaction; the waitlist moving up when a
// seat is freed. Only the mutation modules beside this one call it.

export type TransitionResult =
  | { status: "ok"; state: EnrollmentState }
  | { status: "not-found" | "not-allowed" | "conflict" };

export type Tx = Prisma.TransactionClient;
const HOUR = 3_600_000;

export const offeringSelect = {
  id: true, opensAt: true, closesAt: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, status: true, timeZone: true, admission: true,
  programme: { select: { admission: true, status: true, titleZh: true, titleEn: true, institution: { select: { status: true } } } },
} satisfies Prisma.OfferingSelect;

export type LoadedOffering = Prisma.OfferingGetPayload<{ select: typeof offeringSelect }>;

/** Whether an offering decides its applications (its own admission mode, else its programme's). */
export const isReviewed = (offering: Pick<LoadedOffering, "admission" | "programme">) => (offering.admission ?? offering.programme.admission) === "reviewed";
export type Person = { email: string; name: string; locale: string };

/** Takes a seat if one is free: one statement, so two requests can never take the last seat twice. */
export async function takeSeat(tx: Tx, offeringId: string): Promise<boolean> {
  const taken = await tx.$executeRaw`UPDATE "Offering" SET "seatsTaken" = "seatsTaken" + 1
    WHERE "id" = ${offeringId} AND ("capacity" IS NULL OR "seatsTaken" < "capacity")`;
  return taken === 1;
}

export async function releaseSeat(tx: Tx, offeringId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Offering" SET "seatsTaken" = "seatsTaken" - 1 WHERE "id" = ${offeringId} AND "seatsTaken" > 0`;
}

/**
 * Takes a seat after waiting for every transaction that holds the offering's row: a seat freed by
 * one of them (a withdrawal that found nobody waiting) is then seen, instead of the newcomer
 * joining the waitlist beside a free seat. The lock is kept until commit, so concurrent
 * newcomers who find no seat take waitlist ranks one after another (nextWaitRank).
 */
export async function takeSeatAfterLock(tx: Tx, offeringId: string): Promise<boolean> {
  await tx.$queryRaw`SELECT 1 FROM "Offering" WHERE "id" = ${offeringId} FOR UPDATE`;
  return takeSeat(tx, offeringId);
}

/** The rank after the last one on the offering's waitlist (callers hold the offering's row lock). */
export async function nextWaitRank(tx: Tx, offeringId: string): Promise<number> {
  const [row] = await tx.$queryRaw<{ rank: number | null }[]>`SELECT MAX("waitRank") AS "rank" FROM "Enrollment" WHERE "offeringId" = ${offeringId}`;
  return Number(row?.rank ?? 0) + 1;
}

export interface Change { enrollmentId: string; userId: string; from: EnrollmentState | null; to: EnrollmentState; actorId: string | null; actorLabel?: string; reasonCode?: string; message?: string }

/**
 * The record of a change, and the person's notification of it: in the portal and by email, in
 * their language. Callers pass the person and offering when they have them loaded, which saves
 * a read inside the transaction.
 */
export async function record(tx: Tx, change: Change, at: Date, known: { person?: Person; offering?: LoadedOffering } = {}, notify = true) {
  await tx.enrollmentEvent.create({
    data: { enrollmentId: change.enrollmentId, from: change.from, to: change.to, actorId: change.actorId, actorLabel: change.actorLabel, reasonCode: change.reasonCode, message: change.message, at },
  });
  if (!notify) return;
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
export function changeEmail(person: Person, offering: LoadedOffering, state: EnrollmentState): { locale: Locale; email: EmailTemplate } {
  const locale = toLocale(person.locale);
  const t = translator(locale, "enrollment");
  const reviewedWaiting = state === "waitlisted" && isReviewed(offering);
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

export type Loaded = { id: string; userId: string; offeringId: string; offering: LoadedOffering };

export async function move(tx: Tx, e: Loaded, from: EnrollmentState, name: TransitionName, by: { mover: Mover; actor: Actor | null; label?: string }, details: { reasonCode?: string; message?: string; offerHours?: number; /** false: the caller tells the person itself (a cancelled offering). */ notify?: boolean }, now: Date): Promise<TransitionResult> {
  const reviewed = isReviewed(e.offering);
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
  await record(tx, { enrollmentId: e.id, userId: e.userId, from, to, actorId: by.actor?.id ?? null, actorLabel: by.label, reasonCode: details.reasonCode, message: details.message }, now, { person, offering: e.offering }, details.notify ?? true);
  return { status: "ok", state: to };
}

export class ConcurrentChange extends Error {}

/**
 * One change of enrollments, as one transaction: retried after a deadlock (it rolled back), its emails sent once it has committed, and "conflict" when another change got
 * there first (the transaction threw ConcurrentChange, undoing any seat it took).
 */
export async function runChange<R extends { status: string }>(work: (tx: Tx) => Promise<R>): Promise<R | { status: "conflict" }> {
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
export async function promoteWaitlist(tx: Tx, offeringId: string, now: Date): Promise<number> {
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

