import "server-only";
import { db } from "../db";
import { DAY_MS, zonedDateTime, DEFAULT_TIME_ZONE } from "../dates";
import type { Prisma } from "../generated/prisma/client";
import { emailKey } from "../auth/secret";
import type { AuditFilter } from "./schema";

const PAGE_SIZE = 50;

const startOfDay = (date: string) => {
  const [y, m, d] = date.split("-").map(Number);
  return zonedDateTime([y, m - 1, d], 0, "00:00", DEFAULT_TIME_ZONE);
};

/** An email or an id, as the ids the trail stores: the account's id, or the hash kept for unknown emails. */
async function idsFor(value: string): Promise<string[]> {
  const email = value.toLowerCase();
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return [value, ...(user ? [user.id] : []), emailKey(email)];
}

/** One page of the trail, newest first, with the names of the accounts it mentions (in one query). */
export async function findAuditEvents(filter: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.action) where.action = filter.action;
  if (filter.actor) where.actorId = { in: await idsFor(filter.actor) };
  if (filter.subject) where.subjectId = { in: await idsFor(filter.subject) };
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: startOfDay(filter.from) } : {}),
      ...(filter.to ? { lt: new Date(startOfDay(filter.to).getTime() + DAY_MS) } : {}),
    };
  }
  const [items, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    db.auditEvent.count({ where }),
  ]);
  const ids = [...new Set(items.flatMap((e) => [e.actorId, e.subjectType === "user" ? e.subjectId : null]).filter((id): id is string => id !== null))];
  const people = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
  return { items, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), people: new Map(people.map((p) => [p.id, p])) };
}
