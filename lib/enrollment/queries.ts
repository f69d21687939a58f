import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { EnrollmentState } from "./states";

const enrollmentSelect = {
  id: true, state: true, waitRank: true, offerExpiresAt: true, createdAt: true, updatedAt: true, offeringId: true,
  offering: {
    select: {
      id: true, startsAt: true, endsAt: true, timeZone: true, opensAt: true, closesAt: true, status: true, capacity: true, seatsTaken: true,
      programme: { select: { slug: true, kind: true, admission: true, titleZh: true, titleEn: true, institution: { select: { slug: true, nameZh: true, nameEn: true } } } },
      sessions: { orderBy: { position: "asc" }, select: { startsAt: true, endsAt: true, venueZh: true, venueEn: true, url: true } },
    },
  },
  events: { orderBy: { at: "asc" }, select: { from: true, to: true, actorId: true, actorLabel: true, reasonCode: true, message: true, at: true } },
} as const;

/** A person's enrollments, newest first, each with its waitlist position (one grouped query for all positions). */
export async function findEnrollmentsOf(userId: string, ids?: string[]) {
  const rows = await db.enrollment.findMany({
    where: { userId, ...(ids ? { id: { in: ids } } : {}) },
    orderBy: { createdAt: "desc" },
    select: enrollmentSelect,
  });
  const waiting = rows.filter((r) => r.state === "waitlisted" && r.waitRank !== null);
  const positions = new Map<string, number>();
  if (waiting.length) {
    // One statement for every waiting enrollment: people ahead in the same offering's queue.
    const counts = await db.$queryRaw<{ id: string; ahead: number | bigint }[]>`
      SELECT mine."id", (SELECT COUNT(*) FROM "Enrollment" other WHERE other."offeringId" = mine."offeringId"
        AND other."state" = 'waitlisted' AND other."waitRank" < mine."waitRank") AS "ahead"
      FROM "Enrollment" mine WHERE mine."id" IN (${Prisma.join(waiting.map((w) => w.id))})`;
    for (const row of counts) positions.set(row.id, Number(row.ahead) + 1);
  }
  return rows.map((r) => ({ ...r, state: r.state as EnrollmentState, position: positions.get(r.id) ?? null }));
}
export type EnrollmentView = Awaited<ReturnType<typeof findEnrollmentsOf>>[number];

/** The person's standing enrollments (not withdrawn, declined or expired) among some offerings, by offering. */
export async function findStandingEnrollments(userId: string, offeringIds: string[]) {
  const rows = await db.enrollment.findMany({
    where: { userId, offeringId: { in: offeringIds }, activeKey: { not: null } },
    select: { id: true, offeringId: true, state: true },
  });
  return new Map(rows.map((r) => [r.offeringId, { id: r.id, state: r.state as EnrollmentState }]));
}

/** Applications waiting for a decision (oldest first), for the bureau's review page. */
export async function findAwaitingReview(page: number, pageSize = 30) {
  const where = { state: "submitted" };
  const [items, total] = await Promise.all([
    db.enrollment.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, createdAt: true, answers: true,
        user: { select: { name: true, email: true, education: true, yearsExperience: true, talentLevel: true } },
        offering: { select: { startsAt: true, timeZone: true, capacity: true, seatsTaken: true, programme: { select: { slug: true, titleZh: true, titleEn: true, institution: { select: { nameZh: true, nameEn: true } } } } } },
      },
    }),
    db.enrollment.count({ where }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}
