import "server-only";
import { db } from "../db";

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  return (await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } })).count;
}
