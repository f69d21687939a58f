import "server-only";
import { db } from "../db";

export const countUnread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });

/** The newest notifications, with the programme each enrollment notification is about (one query). */
export async function findNotifications(userId: string, take = 50) {
  const items = await db.notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take, select: { id: true, kind: true, data: true, readAt: true, createdAt: true } });
  const ids = items.map((n) => (n.data as { enrollmentId?: string }).enrollmentId).filter((id): id is string => Boolean(id));
  const enrollments = await db.enrollment.findMany({
    where: { id: { in: ids }, userId },
    select: { id: true, offering: { select: { programme: { select: { slug: true, titleZh: true, titleEn: true, admission: true } } } } },
  });
  const programmes = new Map(enrollments.map((e) => [e.id, e.offering.programme]));
  return items.map((n) => ({ ...n, programme: programmes.get((n.data as { enrollmentId?: string }).enrollmentId ?? "") ?? null }));
}
