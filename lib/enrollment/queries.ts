import "server-only";
import { publicProgramme } from "../catalogue/visibility";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { effectiveState, type EnrollmentState } from "./states";
import { questionSetSchema } from "./questions";
import { linksFor } from "../offerings/links";

const enrollmentSelect = {
  id: true, state: true, waitRank: true, offerExpiresAt: true, createdAt: true, updatedAt: true, offeringId: true, answers: true, formVersion: true,
  offering: {
    select: {
      id: true, startsAt: true, endsAt: true, timeZone: true, opensAt: true, closesAt: true, status: true, capacity: true, seatsTaken: true,
      admission: true, venueZh: true, venueEn: true, onlineUrl: true,
      programme: { select: { slug: true, kind: true, admission: true, titleZh: true, titleEn: true, institution: { select: { slug: true, nameZh: true, nameEn: true } } } },
      sessions: { orderBy: { position: "asc" }, select: { startsAt: true, endsAt: true, venueZh: true, venueEn: true, url: true } },
    },
  },
  events: { orderBy: { at: "asc" }, select: { from: true, to: true, actorId: true, actorLabel: true, reasonCode: true, message: true, at: true } },
} as const;

/**
 * A person's enrollments, newest first, each with its waitlist position (one grouped query for all
 * positions) and its effective state at `now` (a lapsed offer shows as expired). Online links
 * (the offering's, and each session's own or else the offering's) only where the person holds a
 * confirmed or completed place (lib/offerings/links.ts).
 */
export async function findEnrollmentsOf(userId: string, ids?: string[], now = new Date()) {
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
  return rows.map((r) => {
    const state = effectiveState(r.state as EnrollmentState, r.offerExpiresAt, now);
    return { ...r, offering: linksFor(r.offering, state), state, position: positions.get(r.id) ?? null };
  });
}
export type EnrollmentView = Awaited<ReturnType<typeof findEnrollmentsOf>>[number];

/** The person's standing enrollments (not withdrawn, declined or expired) among some offerings, by offering. */
export async function findStandingEnrollments(userId: string, offeringIds: string[], now = new Date()) {
  const rows = await db.enrollment.findMany({
    where: { userId, offeringId: { in: offeringIds }, activeKey: { not: null } },
    select: { id: true, offeringId: true, state: true, offerExpiresAt: true },
  });
  return new Map(rows.map((r) => [r.offeringId, { id: r.id, state: effectiveState(r.state as EnrollmentState, r.offerExpiresAt, now) }]));
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

/** The questions a programme asks now (its newest version), or null when it asks none. */
export async function findCurrentQuestionSet(programmeId: string) {
  const row = await db.questionSet.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true, definition: true } });
  return row ? { version: row.version, set: questionSetSchema.parse(row.definition) } : null;
}

/** The programme behind an offering and the questions it asks now (apply checks answers against these). */
export async function findOfferingQuestions(offeringId: string) {
  // Only offerings of published programmes: an unpublished one's questions are nobody's business.
  const offering = await db.offering.findFirst({ where: { id: offeringId, programme: publicProgramme }, select: { programmeId: true } });
  if (!offering) return { found: false as const };
  return { found: true as const, questions: await findCurrentQuestionSet(offering.programmeId) };
}

/** Everything the application form shows: the offering, its programme, the questions and this person's draft. */
export async function findApplicationForm(programmeSlug: string, offeringCode: string, userId: string) {
  const offering = await db.offering.findFirst({
    where: { code: offeringCode, programme: { slug: programmeSlug, ...publicProgramme } },
    select: {
      id: true, opensAt: true, closesAt: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, status: true, timeZone: true, admission: true,
      programme: { select: { id: true, slug: true, titleZh: true, titleEn: true, admission: true, institution: { select: { nameZh: true, nameEn: true } } } },
    },
  });
  if (!offering) return null;
  const [questions, draft, standing] = await Promise.all([
    findCurrentQuestionSet(offering.programme.id),
    db.applicationDraft.findUnique({ where: { userId_offeringId: { userId, offeringId: offering.id } }, select: { formVersion: true, values: true, step: true, updatedAt: true } }),
    db.enrollment.findUnique({ where: { activeKey: `${offering.id}:${userId}` }, select: { id: true, state: true } }),
  ]);
  return { offering, questions, draft, standing };
}

/** The private calendar feed's generation while it is on (a positive number), else null. */
export async function findCalendarFeed(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarFeed: true } });
  return user?.calendarFeed && user.calendarFeed > 0 ? user.calendarFeed : null;
}

/** What a calendar feed address shows, if that generation of the person's feed is on: their language, enrollments and drafts. */
export async function findCalendarFeedContent(userId: string, generation: number) {
  const owner = await db.user.findFirst({ where: { id: userId, calendarFeed: generation, disabledAt: null }, select: { locale: true } });
  if (!owner) return null;
  // The drafts the page lists (still open, not cancelled): a reminder for anything else would mislead.
  const [enrollments, drafts] = await Promise.all([findEnrollmentsOf(userId), findDraftsOf(userId)]);
  return { locale: owner.locale, enrollments, drafts: drafts.map((d) => d.offering) };
}

/** The person's unsubmitted applications that can still be sent (window not closed, offering not cancelled), newest first. */
export async function findDraftsOf(userId: string, now = new Date()) {
  return db.applicationDraft.findMany({
    where: { userId, offering: { closesAt: { gt: now }, status: { not: "cancelled" } } },
    orderBy: { updatedAt: "desc" },
    select: {
      updatedAt: true,
      offering: { select: { id: true, code: true, closesAt: true, timeZone: true, programme: { select: { slug: true, titleZh: true, titleEn: true } } } },
    },
  });
}
