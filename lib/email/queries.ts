import "server-only";
import { db } from "../db";

const PAGE_SIZE = 50;

/** The outbox for bureau admins, newest first. */
export async function findOutbox(page: number) {
  const [items, total] = await Promise.all([
    db.outboxMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
    }),
    db.outboxMessage.count(),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
