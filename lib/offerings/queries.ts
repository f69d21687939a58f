import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { questionSetSchema } from "../enrollment/questions";
import { PARTICIPANT_STATES } from "./links";

// Reads for the offerings and questions editors (/studio/{institution}/...). The institution is in
// every where clause: the pages pass the one they checked (lib/studio/pages.ts), so another
// institution's programme or offering is simply not found.

const programmeDefaults = { id: true, slug: true, kind: true, status: true, titleZh: true, titleEn: true, feeYuan: true, mode: true, admission: true } satisfies Prisma.ProgrammeSelect;

/** A programme's offerings, newest start first, with their sessions counted and waitlists; null when the programme is not this institution's. */
export async function findProgrammeOfferings(institutionId: string, programmeId: string) {
  const programme = await db.programme.findFirst({ where: { id: programmeId, institutionId }, select: programmeDefaults });
  if (!programme) return null;
  const offerings = await db.offering.findMany({
    where: { programmeId },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: {
      id: true, code: true, status: true, startsAt: true, endsAt: true, timeZone: true, opensAt: true, closesAt: true, capacity: true, seatsTaken: true,
      _count: { select: { sessions: true, enrollments: { where: { state: "waitlisted" } } } },
    },
  });
  return { programme, offerings: offerings.map(({ _count, ...o }) => ({ ...o, sessionCount: _count.sessions, waitlisted: _count.enrollments })) };
}

/** One offering with everything its editor shows: details, sessions (with attendance marked), seats and queues. */
export async function findOfferingEditor(institutionId: string, offeringId: string) {
  const offering = await db.offering.findFirst({
    where: { id: offeringId, programme: { institutionId } },
    select: {
      id: true, code: true, status: true, timeZone: true, startsAt: true, endsAt: true, opensAt: true, closesAt: true, capacity: true, seatsTaken: true,
      feeYuan: true, mode: true, admission: true, venueZh: true, venueEn: true, onlineUrl: true, cancelReasonZh: true, cancelReasonEn: true, cancelledAt: true,
      programme: { select: programmeDefaults },
      sessions: { orderBy: { position: "asc" }, select: { id: true, position: true, startsAt: true, endsAt: true, venueZh: true, venueEn: true, url: true, _count: { select: { attendances: true } } } },
    },
  });
  if (!offering) return null;
  const queues = await db.enrollment.groupBy({ by: ["state"], where: { offeringId, state: { in: ["submitted", "waitlisted", "offered", "confirmed"] } }, _count: { _all: true } });
  const count = (state: string) => queues.find((q) => q.state === state)?._count._all ?? 0;
  return { ...offering, waitlisted: count("waitlisted"), live: queues.reduce((n, q) => n + q._count._all, 0), submitted: count("submitted") };
}
export type OfferingEditorView = NonNullable<Awaited<ReturnType<typeof findOfferingEditor>>>;

/**
 * A programme's questions for the editor: the newest version (null when it asks none) and how
 * many applications answered each earlier or current version, which publishing leaves untouched.
 */
export async function findQuestionEditor(institutionId: string, programmeId: string) {
  const programme = await db.programme.findFirst({ where: { id: programmeId, institutionId }, select: programmeDefaults });
  if (!programme) return null;
  const [latest, answered] = await Promise.all([
    db.questionSet.findFirst({ where: { programmeId }, orderBy: { version: "desc" }, select: { version: true, definition: true, createdAt: true } }),
    db.enrollment.groupBy({ by: ["formVersion"], where: { offering: { programmeId }, formVersion: { not: null } }, _count: { _all: true }, orderBy: { formVersion: "asc" } }),
  ]);
  const parsed = latest ? questionSetSchema.safeParse(latest.definition) : null;
  return {
    programme,
    current: latest && parsed?.success ? { version: latest.version, publishedAt: latest.createdAt, set: parsed.data } : null,
    answered: answered.map((a) => ({ version: a.formVersion!, count: a._count._all })),
  };
}

/**
 * The online links of the offerings where `userId` holds a confirmed (or completed) place, by
 * offering: the offering's own link and each session's, by session id. Nobody else's, and no
 * other state's: the programme page shows them only through this.
 */
export async function findParticipantLinks(userId: string, offeringIds: string[]) {
  if (!offeringIds.length) return new Map<string, { onlineUrl: string | null; sessions: Map<string, string> }>();
  const rows = await db.enrollment.findMany({
    where: { userId, offeringId: { in: offeringIds }, state: { in: [...PARTICIPANT_STATES] } },
    select: { offering: { select: { id: true, onlineUrl: true, sessions: { where: { url: { not: null } }, select: { id: true, url: true } } } } },
  });
  return new Map(rows.map(({ offering: o }) => [o.id, { onlineUrl: o.onlineUrl, sessions: new Map(o.sessions.map((s) => [s.id, s.url!])) }]));
}
