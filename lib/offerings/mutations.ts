import "server-only";
import { db } from "../db";
import { env } from "../env";
import { isUniqueViolation } from "../db-errors";
import type { Prisma } from "../generated/prisma/client";
import type { Action, Actor } from "../auth/policy";
import { editableInstitutions } from "../auth/scope";
import type { RequestContext } from "../auth/request";
import { recordAudit } from "../audit/mutations";
import { enqueueEmail } from "../email/mutations";
import { indexProgrammes } from "../search/indexer";
import { localized } from "../i18n/localized";
import { localePath } from "../i18n/paths";
import { toLocale } from "../i18n/routing";
import { LIVE_STATES, type EnrollmentState } from "../enrollment/states";
import { setCapacity } from "../enrollment/mutations/changes";
import { ConcurrentChange, move, offeringSelect, runChange } from "../enrollment/mutations/engine";
import { MAX_SESSIONS, type CancelOfferingInput, type CapacityInput, type CreateOfferingInput, type SessionInput, type SessionSeriesInput, type UpdateOfferingInput } from "./schema";
import { sessionTimes, weeklySeries, type SessionTimes } from "./sessions";

// Offerings and their sessions, changed by staff of the institution running the programme:
// details and sessions with `institution.edit`, capacity and cancelling with `enrollment.run`
// (lib/auth/policy.ts). The institutions where the actor holds the right are in every where
// clause, so an offering of any other institution is "not-found", exactly as a missing one. Each
// change is audited and re-indexes the programme for search (its dates and windows are facets),
// in the same transaction.

type Tx = Prisma.TransactionClient;

/** Offerings of programmes of institutions where `actor` may do `action`. */
const offeringsWhere = (actor: Actor, action: Action) => ({ programme: { institutionId: editableInstitutions(actor, action) } }) satisfies Prisma.OfferingWhereInput;

const details = (input: CreateOfferingInput | UpdateOfferingInput) => ({
  code: input.code, timeZone: input.timeZone, startsAt: input.startsAt, endsAt: input.endsAt, opensAt: input.opensAt, closesAt: input.closesAt,
  feeYuan: input.feeYuan, mode: input.mode, admission: input.admission, venueZh: input.venueZh, venueEn: input.venueEn, onlineUrl: input.onlineUrl,
});

/** What the audit trail keeps of an offering's details (instants as ISO strings). */
const onRecord = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));

export type CreateResult = { status: "ok"; offering: { id: string } } | { status: "not-found" | "code-taken" };

/** Adds an offering to a programme (any state: a draft programme's offerings wait for it to be published). */
export async function createOffering(actor: Actor, input: CreateOfferingInput, context: RequestContext = { ip: null }): Promise<CreateResult> {
  const programme = await db.programme.findFirst({ where: { id: input.programmeId, institutionId: editableInstitutions(actor, "institution.edit") }, select: { id: true, institutionId: true } });
  if (!programme) return { status: "not-found" };
  try {
    const offering = await db.$transaction(async (tx) => {
      const row = await tx.offering.create({ data: { programmeId: programme.id, ...details(input), capacity: input.capacity }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "offering.created", subjectType: "offering", subjectId: row.id, institutionId: programme.institutionId, data: { after: onRecord({ ...details(input), capacity: input.capacity }) }, ip: context.ip });
      await indexProgrammes(tx, [programme.id]);
      return row;
    });
    return { status: "ok", offering };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "code-taken" };
    throw error;
  }
}

export type UpdateResult = { status: "ok" } | { status: "not-found" | "code-taken" | "cancelled" | "closes-after-start" };

/**
 * Changes an offering's details. Once it has sessions, its start and end are its first session's
 * start and its last session's end (the form shows them read-only), so the dates given are not used.
 */
export async function updateOffering(actor: Actor, input: UpdateOfferingInput, context: RequestContext = { ip: null }): Promise<UpdateResult> {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.offering.findFirst({
        where: { id: input.offeringId, ...offeringsWhere(actor, "institution.edit") },
        select: { ...detailSelect, status: true, programmeId: true, programme: { select: { institutionId: true } }, sessions: { orderBy: { position: "asc" }, select: { startsAt: true, endsAt: true } } },
      });
      if (!before) return { status: "not-found" as const };
      if (before.status === "cancelled") return { status: "cancelled" as const };
      const data = details(input);
      if (before.sessions.length) Object.assign(data, sessionSpan(before.sessions));
      if (data.closesAt > data.startsAt) return { status: "closes-after-start" as const };
      // Guarded on the status read above: an offering cancelled meanwhile is not edited.
      const { count } = await tx.offering.updateMany({ where: { id: input.offeringId, status: "scheduled" }, data });
      if (count !== 1) return { status: "cancelled" as const };
      const changed = Object.keys(data).filter((k) => String(data[k as keyof typeof data]) !== String(before[k as keyof typeof data]));
      await recordAudit(tx, {
        actorId: actor.id, action: "offering.updated", subjectType: "offering", subjectId: input.offeringId, institutionId: before.programme.institutionId,
        data: { before: onRecord(Object.fromEntries(changed.map((k) => [k, before[k as keyof typeof data]]))), after: onRecord(Object.fromEntries(changed.map((k) => [k, data[k as keyof typeof data]]))) }, ip: context.ip,
      });
      await indexProgrammes(tx, [before.programmeId]);
      return { status: "ok" as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "code-taken" };
    throw error;
  }
}

const detailSelect = {
  code: true, timeZone: true, startsAt: true, endsAt: true, opensAt: true, closesAt: true, feeYuan: true, mode: true, admission: true,
  venueZh: true, venueEn: true, onlineUrl: true,
} satisfies Prisma.OfferingSelect;

const sessionSpan = (sessions: SessionTimes[]) => ({
  startsAt: new Date(Math.min(...sessions.map((s) => s.startsAt.getTime()))),
  endsAt: new Date(Math.max(...sessions.map((s) => s.endsAt.getTime()))),
});

/**
 * Numbers the offering's sessions 0, 1, 2, ... in time order, and makes the offering start at the
 * first and end at the last. Two statements: through negative positions first, as the unique
 * (offering, position) key is checked row by row.
 */
async function settleSessions(tx: Tx, offeringId: string) {
  await tx.$executeRaw`UPDATE "OfferingSession" s SET "position" = -1 - r."n"
    FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "startsAt", "endsAt", "id") - 1 AS "n" FROM "OfferingSession" WHERE "offeringId" = ${offeringId}) r
    WHERE s."id" = r."id"`;
  await tx.$executeRaw`UPDATE "OfferingSession" SET "position" = -1 - "position" WHERE "offeringId" = ${offeringId}`;
  await tx.$executeRaw`UPDATE "Offering" o SET "startsAt" = r."first", "endsAt" = r."last"
    FROM (SELECT MIN("startsAt") AS "first", MAX("endsAt") AS "last" FROM "OfferingSession" WHERE "offeringId" = ${offeringId}) r
    WHERE o."id" = ${offeringId} AND r."first" IS NOT NULL`;
}

/** Locks an offering this actor may edit, for a change of its sessions; null when it is not theirs (or cancelled: nothing about it changes any more). */
async function lockForSessions(tx: Tx, actor: Actor, offeringId: string) {
  const offering = await tx.offering.findFirst({ where: { id: offeringId, ...offeringsWhere(actor, "institution.edit") }, select: { id: true, status: true, timeZone: true, programmeId: true, programme: { select: { institutionId: true } } } });
  if (!offering) return null;
  await tx.$queryRaw`SELECT 1 FROM "Offering" WHERE "id" = ${offeringId} FOR UPDATE`;
  return offering;
}

export type SessionsResult = { status: "ok"; added: number } | { status: "not-found" | "cancelled" | "duplicate" | "empty" } | { status: "too-many"; existing: number };

export interface SessionPlace { venueZh: string | null; venueEn: string | null; url: string | null }

/** Adds one session, on a local date and clock times read in the offering's zone. */
export function addSession(actor: Actor, { offeringId, date, startTime, endTime, venueZh, venueEn, url }: SessionInput, context: RequestContext = { ip: null }) {
  return addSessions(actor, offeringId, (zone) => {
    const times = sessionTimes({ date, startTime, endTime }, zone);
    return times ? [times] : [];
  }, { venueZh, venueEn, url }, context);
}

/** Adds a weekly series of sessions in one step, computed in the offering's zone (lib/offerings/sessions.ts). */
export function addSessionSeries(actor: Actor, { offeringId, venueZh, venueEn, url, ...series }: SessionSeriesInput, context: RequestContext = { ip: null }) {
  return addSessions(actor, offeringId, (zone) => weeklySeries(series, zone), { venueZh, venueEn, url }, context);
}

/**
 * Adds sessions to an offering, their times computed once the offering (and so its zone) is read.
 * At most MAX_SESSIONS in all; a session starting when another already does is refused.
 */
async function addSessions(actor: Actor, offeringId: string, times: (timeZone: string) => SessionTimes[], place: SessionPlace, context: RequestContext): Promise<SessionsResult> {
  return db.$transaction(async (tx) => {
    const offering = await lockForSessions(tx, actor, offeringId);
    if (!offering) return { status: "not-found" as const };
    if (offering.status === "cancelled") return { status: "cancelled" as const };
    const added = times(offering.timeZone);
    if (added.length === 0) return { status: "empty" as const };
    const existing = await tx.offeringSession.findMany({ where: { offeringId }, select: { startsAt: true } });
    if (existing.length + added.length > MAX_SESSIONS) return { status: "too-many" as const, existing: existing.length };
    const starts = new Set(existing.map((s) => s.startsAt.getTime()));
    if (added.some((s) => starts.has(s.startsAt.getTime()) || added.filter((t) => t.startsAt.getTime() === s.startsAt.getTime()).length > 1)) return { status: "duplicate" as const };
    // Positions after the last, then renumbered in time order.
    await tx.offeringSession.createMany({ data: added.map((s, i) => ({ offeringId, position: 100_000 + i, startsAt: s.startsAt, endsAt: s.endsAt, ...place })) });
    await settleSessions(tx, offeringId);
    await recordAudit(tx, {
      actorId: actor.id, action: "offering.sessions-changed", subjectType: "offering", subjectId: offeringId, institutionId: offering.programme.institutionId,
      data: { added: added.map((s) => [s.startsAt.toISOString(), s.endsAt.toISOString()]), ...place }, ip: context.ip,
    });
    await indexProgrammes(tx, [offering.programmeId]);
    return { status: "ok" as const, added: added.length };
  });
}

export type RemoveSessionResult = { status: "ok" } | { status: "not-found" | "cancelled" | "attended" };

/** Removes one session (not one where people were already marked present: their attendance is a record). */
export async function removeSession(actor: Actor, input: { offeringId: string; sessionId: string }, context: RequestContext = { ip: null }): Promise<RemoveSessionResult> {
  return db.$transaction(async (tx) => {
    const offering = await lockForSessions(tx, actor, input.offeringId);
    if (!offering) return { status: "not-found" as const };
    if (offering.status === "cancelled") return { status: "cancelled" as const };
    const session = await tx.offeringSession.findFirst({ where: { id: input.sessionId, offeringId: input.offeringId }, select: { id: true, startsAt: true, endsAt: true, _count: { select: { attendances: true } } } });
    if (!session) return { status: "not-found" as const };
    if (session._count.attendances > 0) return { status: "attended" as const };
    await tx.offeringSession.delete({ where: { id: session.id } });
    await settleSessions(tx, input.offeringId);
    await recordAudit(tx, {
      actorId: actor.id, action: "offering.sessions-changed", subjectType: "offering", subjectId: input.offeringId, institutionId: offering.programme.institutionId,
      data: { removed: [session.startsAt.toISOString(), session.endsAt.toISOString()] }, ip: context.ip,
    });
    await indexProgrammes(tx, [offering.programmeId]);
    return { status: "ok" as const };
  });
}

export type CapacityResult = { status: "ok" } | { status: "not-found" | "cancelled" | "conflict" } | { status: "below-taken"; taken: number };

/**
 * Changes an offering's capacity through the enrollment engine's guarded path (setCapacity): never
 * below the seats taken, and new seats go to the waitlist at once. Audited with the capacity
 * before and after and how many were promoted.
 */
export async function changeCapacity(actor: Actor, { offeringId, capacity }: CapacityInput, context: RequestContext = { ip: null }, now = new Date()): Promise<CapacityResult> {
  const offering = await db.offering.findFirst({ where: { id: offeringId, ...offeringsWhere(actor, "enrollment.run") }, select: { status: true, programme: { select: { institutionId: true } } } });
  if (!offering) return { status: "not-found" };
  if (offering.status === "cancelled") return { status: "cancelled" };
  const audit = { actorId: actor.id, action: "offering.capacity-changed" as const, subjectType: "offering" as const, subjectId: offeringId, institutionId: offering.programme.institutionId, ip: context.ip };
  const result = await setCapacity(offeringId, capacity, now, audit);
  if (result === "below-taken") {
    const { seatsTaken } = await db.offering.findUniqueOrThrow({ where: { id: offeringId }, select: { seatsTaken: true } });
    return { status: "below-taken", taken: seatsTaken };
  }
  return { status: result };
}

export type CancelResult = { status: "ok"; cancelled: number } | { status: "not-found" | "already-cancelled" | "conflict" };

/**
 * Cancels an offering with a reason in both languages: its status, when and why; every live
 * enrollment (submitted, waitlisted, offered, confirmed) moved to cancelled through the engine,
 * which releases the seats; every one of those applicants told by notification and by email in
 * their language, with the reason; audited and re-indexed (a cancelled offering no longer counts
 * as open or upcoming). One transaction: all of it, or none.
 */
export async function cancelOffering(actor: Actor, input: CancelOfferingInput, context: RequestContext = { ip: null }, now = new Date()): Promise<CancelResult> {
  return runChange(async (tx): Promise<CancelResult> => {
    const offering = await tx.offering.findFirst({
      where: { id: input.offeringId, ...offeringsWhere(actor, "enrollment.run") },
      select: { ...offeringSelect, programmeId: true, programme: { select: { ...offeringSelect.programme.select, slug: true, institutionId: true } } },
    });
    if (!offering) return { status: "not-found" };
    const { count } = await tx.offering.updateMany({
      where: { id: input.offeringId, status: "scheduled" },
      data: { status: "cancelled", cancelledAt: now, cancelReasonZh: input.reasonZh, cancelReasonEn: input.reasonEn },
    });
    if (count !== 1) return { status: "already-cancelled" };
    const live = await tx.enrollment.findMany({
      where: { offeringId: input.offeringId, state: { in: [...LIVE_STATES] } },
      orderBy: { createdAt: "asc" },
      select: { id: true, userId: true, state: true, user: { select: { email: true, name: true, locale: true } } },
    });
    const loaded = { ...offering, status: "cancelled" };
    for (const e of live) {
      const locale = toLocale(e.user.locale);
      const reason = localized(locale, input.reasonZh, input.reasonEn);
      const moved = await move(tx, { id: e.id, userId: e.userId, offeringId: input.offeringId, offering: loaded }, e.state as EnrollmentState, "cancel",
        { mover: "staff", actor, label: "offering-cancelled" }, { reasonCode: "offering-cancelled", message: reason, notify: false }, now);
      if (moved.status !== "ok") throw new ConcurrentChange();
      // One notice per applicant, about the offering rather than the state change, with the reason in both languages.
      await tx.notification.create({ data: { userId: e.userId, kind: "offering.cancelled", data: { enrollmentId: e.id, offeringId: input.offeringId, reasonZh: input.reasonZh, reasonEn: input.reasonEn } } });
      await enqueueEmail(tx, e.user.email, locale, {
        template: "offering-cancelled",
        name: e.user.name,
        programme: localized(locale, offering.programme.titleZh, offering.programme.titleEn),
        start: new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: offering.timeZone }).format(offering.startsAt),
        reason,
        url: `${env.SITE_URL}${localePath(locale, "/me/enrollments")}`,
      });
    }
    await recordAudit(tx, {
      actorId: actor.id, action: "offering.cancelled", subjectType: "offering", subjectId: input.offeringId, institutionId: offering.programme.institutionId,
      data: { reasonZh: input.reasonZh, reasonEn: input.reasonEn, enrollmentsCancelled: live.length, seatsReleased: offering.seatsTaken }, ip: context.ip,
    });
    await indexProgrammes(tx, [offering.programmeId]);
    return { status: "ok", cancelled: live.length };
  });
}
