import "server-only";
import { db } from "../db";

export const countUnread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

/** The newest notifications, with the programme or institution each is about (one query for each kind). */
export async function findNotifications(userId: string, take = 50) {
  const items = await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take, select: { id: true, kind: true, data: true, readAt: true, createdAt: true } });
  const about = (n: (typeof items)[number]) => n.data as { enrollmentId?: string; institutionId?: string };
  const enrollmentIds = items.map((n) => about(n).enrollmentId).filter((id): id is string => Boolean(id));
  const institutionIds = items.map((n) => about(n).institutionId).filter((id): id is string => Boolean(id));
  const [enrollments, institutions] = await Promise.all([
    db.enrollment.findMany({
      where: { id: { in: enrollmentIds }, userId },
      select: { id: true, offering: { select: { programme: { select: { slug: true, titleZh: true, titleEn: true, admission: true } } } } },
    }),
    // Only institutions the person belongs to: a notification never names anyone else's.
    db.institution.findMany({ where: { id: { in: institutionIds }, memberships: { some: { userId } } }, select: { id: true, slug: true, nameZh: true, nameEn: true } }),
  ]);
  const programmes = new Map(enrollments.map((e) => [e.id, e.offering.programme]));
  const names = new Map(institutions.map((i) => [i.id, i]));
  return items.map((n) => ({ ...n, programme: programmes.get(about(n).enrollmentId ?? "") ?? null, institution: names.get(about(n).institutionId ?? "") ?? null }));
}
