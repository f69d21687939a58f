import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { effectiveState, ENROLLMENT_STATES, type EnrollmentState } from "../enrollment/states";
import { findCurrentQuestionSet } from "../enrollment/queries";
import { APPLICANTS_PAGE_SIZE, type ApplicantFilter } from "./schema";
import type { RosterRow, RosterSource } from "./table";

// Reads of one offering's applicants, for its staff (the applicants page and the roster export).
// Callers have checked who may read them: the page by its institution (lib/studio/pages.ts), the
// export in lib/roster/mutations.ts. The institution is in every where clause, so an offering of
// another institution is simply not found. Each read is a fixed number of queries, however many
// applicants there are (answers are kept on the enrollment row itself).

const offeringSelect = {
  id: true, code: true, startsAt: true, endsAt: true, timeZone: true, capacity: true, seatsTaken: true, status: true,
  programme: { select: { id: true, slug: true, status: true, admission: true, titleZh: true, titleEn: true, institutionId: true } },
  _count: { select: { sessions: true } },
} satisfies Prisma.OfferingSelect;

/** The offering, when it exists (and, given an institution, is one of that institution's). */
export async function findRosterOffering(offeringId: string, institutionId?: string) {
  return db.offering.findFirst({ where: { id: offeringId, ...(institutionId ? { programme: { institutionId } } : {}) }, select: offeringSelect });
}
export type RosterOffering = NonNullable<Awaited<ReturnType<typeof findRosterOffering>>>;

/** Places on the waitlist (1 = next) in the order promotion follows, for some of its people or all. */
async function waitlistPositions(offeringId: string, ids?: string[]): Promise<Map<string, number>> {
  if (ids && ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; position: bigint | number }[]>`
    SELECT "id", "position" FROM (
      SELECT "id", ROW_NUMBER() OVER (ORDER BY "waitRank" ASC NULLS LAST, "createdAt" ASC, "id" ASC) AS "position"
      FROM "Enrollment" WHERE "offeringId" = ${offeringId} AND "state" = 'waitlisted'
    ) line ${ids ? Prisma.sql`WHERE "id" IN (${Prisma.join(ids)})` : Prisma.empty}`;
  return new Map(rows.map((r) => [r.id, Number(r.position)]));
}

/** How many enrollments of the offering are in each state. */
async function stateCounts(offeringId: string): Promise<Record<EnrollmentState, number>> {
  const groups = await db.enrollment.groupBy({ by: ["state"], where: { offeringId }, _count: { _all: true } });
  const counts = Object.fromEntries(ENROLLMENT_STATES.map((s) => [s, 0])) as Record<EnrollmentState, number>;
  for (const g of groups) if (g.state in counts) counts[g.state as EnrollmentState] = g._count._all;
  return counts;
}

/**
 * One page of an offering's applicants with the filter applied, its header (programme, seats,
 * counts by state) and each person's waitlist place: five queries for any number of applicants.
 * Waitlisted people are listed in waitlist order, everyone else in the order they applied.
 */
export async function findApplicants(institutionId: string, offeringId: string, filter: ApplicantFilter, viewerId: string, now = new Date()) {
  const offering = await findRosterOffering(offeringId, institutionId);
  if (!offering) return null;
  // Prisma hands `contains` to LIKE as it is: the search is text, so its wildcards are escaped.
  const q = filter.q?.replace(/[\\%_]/g, "\\$&");
  const where: Prisma.EnrollmentWhereInput = {
    offeringId,
    ...(filter.state ? { state: filter.state } : {}),
    ...(q ? { user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } } : {}),
  };
  const orderBy: Prisma.EnrollmentOrderByWithRelationInput[] = filter.state === "waitlisted"
    ? [{ waitRank: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }]
    : [{ createdAt: "asc" }, { id: "asc" }];
  const [counts, total, rows] = await Promise.all([
    stateCounts(offeringId),
    db.enrollment.count({ where }),
    db.enrollment.findMany({
      where, orderBy, skip: (filter.page - 1) * APPLICANTS_PAGE_SIZE, take: APPLICANTS_PAGE_SIZE,
      select: { id: true, userId: true, state: true, offerExpiresAt: true, createdAt: true, answers: true, user: { select: { name: true, email: true, phone: true } } },
    }),
  ]);
  const positions = await waitlistPositions(offeringId, rows.filter((r) => r.state === "waitlisted").map((r) => r.id));
  return {
    offering,
    counts,
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / APPLICANTS_PAGE_SIZE)),
    items: rows.map(({ userId, offerExpiresAt, ...r }) => ({
      ...r,
      state: effectiveState(r.state as EnrollmentState, offerExpiresAt, now),
      position: positions.get(r.id) ?? null,
      /** The viewer's own application: staff do not act on their own (lib/enrollment/mutations/staff.ts). */
      own: userId === viewerId,
    })),
  };
}
export type ApplicantsPage = NonNullable<Awaited<ReturnType<typeof findApplicants>>>;
export type Applicant = ApplicantsPage["items"][number];

/**
 * Everything the roster export needs, for the offering's enrollments in `states` (all when null),
 * in the order they applied: the rows, when each was decided, sessions attended, waitlist places
 * and the programme's current questions. Six queries, however many rows; at most `limit` rows
 * (`tooMany` says when there are more).
 */
export async function findRosterSource(offering: RosterOffering, states: EnrollmentState[] | null, limit: number, now = new Date()): Promise<{ tooMany: true } | { tooMany: false; source: RosterSource }> {
  const where: Prisma.EnrollmentWhereInput = { offeringId: offering.id, ...(states ? { state: { in: states } } : {}) };
  const [rows, decided, attended, positions, questionSet] = await Promise.all([
    db.enrollment.findMany({
      where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: limit + 1,
      select: { id: true, state: true, offerExpiresAt: true, createdAt: true, answers: true, user: { select: { name: true, email: true, phone: true } } },
    }),
    db.enrollmentEvent.groupBy({
      by: ["enrollmentId"],
      where: { enrollment: where, from: "submitted", to: { in: ["confirmed", "waitlisted", "rejected"] } },
      _max: { at: true },
    }),
    db.attendance.groupBy({ by: ["enrollmentId"], where: { enrollment: where }, _count: { _all: true } }),
    waitlistPositions(offering.id),
    findCurrentQuestionSet(offering.programme.id),
  ]);
  if (rows.length > limit) return { tooMany: true };
  const decidedAt = new Map(decided.map((d) => [d.enrollmentId, d._max.at]));
  const attendance = new Map(attended.map((a) => [a.enrollmentId, a._count._all]));
  return {
    tooMany: false,
    source: {
      timeZone: offering.timeZone,
      sessionCount: offering._count.sessions,
      questionSet: questionSet?.set ?? null,
      rows: rows.map((r): RosterRow => ({
        name: r.user.name,
        email: r.user.email,
        phone: r.user.phone,
        state: effectiveState(r.state as EnrollmentState, r.offerExpiresAt, now),
        position: positions.get(r.id) ?? null,
        appliedAt: r.createdAt,
        decidedAt: decidedAt.get(r.id) ?? null,
        answers: r.answers,
        attended: attendance.get(r.id) ?? 0,
      })),
    },
  };
}
