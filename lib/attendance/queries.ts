import "server-only";
import { db } from "../db";
import { CODE_STATES } from "./code";

// Reads of the check-in pages. Callers have checked `enrollment.run` for the institution
// (lib/studio/pages.ts); the institution is in every where clause, so an offering or session of
// another institution reads as nothing.

/** The states of people expected at the door: they count as "confirmed" on the check-in pages. */
const AT_THE_DOOR = [...CODE_STATES];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "zh-CN") || a.name.localeCompare(b.name);

/**
 * An offering's check-in overview: its sessions (each with how many were present), and everyone
 * who held a place with the sessions they attended, for marking completion.
 */
export async function findCheckInOffering(institutionId: string, offeringId: string) {
  const offering = await db.offering.findFirst({
    where: { id: offeringId, programme: { institutionId } },
    select: {
      id: true, code: true, status: true, startsAt: true, endsAt: true, timeZone: true,
      programme: { select: { titleZh: true, titleEn: true } },
      sessions: { orderBy: { position: "asc" }, select: { id: true, startsAt: true, endsAt: true, venueZh: true, venueEn: true } },
    },
  });
  if (!offering) return null;
  const [people, present] = await Promise.all([
    db.enrollment.findMany({
      where: { offeringId, state: { in: [...AT_THE_DOOR, "no-show"] } },
      select: { id: true, state: true, user: { select: { name: true, email: true } }, _count: { select: { attendances: { where: { session: { offeringId } } } } } },
    }),
    db.attendance.groupBy({ by: ["sessionId"], where: { session: { offeringId }, enrollment: { state: { in: AT_THE_DOOR } } }, _count: { _all: true } }),
  ]);
  const presentAt = new Map(present.map((p) => [p.sessionId, p._count._all]));
  return {
    ...offering,
    sessions: offering.sessions.map((s, i) => ({ ...s, number: i + 1, present: presentAt.get(s.id) ?? 0 })),
    expected: people.filter((p) => AT_THE_DOOR.includes(p.state)).length,
    participants: people
      .map((p) => ({ id: p.id, state: p.state, name: p.user.name, email: p.user.email, attended: p._count.attendances }))
      .sort(byName),
  };
}
export type CheckInOffering = NonNullable<Awaited<ReturnType<typeof findCheckInOffering>>>;

/** One session at the door: who is expected (confirmed or completed places), and when each was checked in, if they were. */
export async function findCheckInSession(institutionId: string, offeringId: string, sessionId: string) {
  const session = await db.offeringSession.findFirst({
    where: { id: sessionId, offeringId, offering: { programme: { institutionId } } },
    select: {
      id: true, position: true, startsAt: true, endsAt: true, venueZh: true, venueEn: true,
      offering: { select: { id: true, code: true, status: true, timeZone: true, programme: { select: { titleZh: true, titleEn: true } }, _count: { select: { sessions: true } } } },
    },
  });
  if (!session) return null;
  const [before, people] = await Promise.all([
    db.offeringSession.count({ where: { offeringId, position: { lt: session.position } } }),
    db.enrollment.findMany({
      where: { offeringId, state: { in: AT_THE_DOOR } },
      select: { id: true, state: true, user: { select: { name: true, email: true } }, attendances: { where: { sessionId }, select: { at: true, method: true } } },
    }),
  ]);
  return {
    ...session,
    number: before + 1,
    participants: people
      .map((p) => ({ id: p.id, name: p.user.name, email: p.user.email, presentAt: p.attendances[0]?.at ?? null }))
      .sort(byName),
  };
}
export type CheckInSession = NonNullable<Awaited<ReturnType<typeof findCheckInSession>>>;
