import "server-only";
import { db } from "../db";

export async function findProfile(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true, email: true, emailVerifiedAt: true, name: true, phone: true, locale: true, education: true, employer: true,
      yearsExperience: true, talentLevel: true, consentAt: true, consentVersion: true, bureauRole: true, createdAt: true,
      memberships: { select: { role: true, institution: { select: { slug: true, nameZh: true, nameEn: true } } } },
    },
  });
}
export type ProfileView = NonNullable<Awaited<ReturnType<typeof findProfile>>>;

export async function findApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
}
export type ApiTokenView = Awaited<ReturnType<typeof findApiTokens>>[number];

/**
 * Everything the portal holds about a person, for "download my data" (no password hash, no token
 * hashes). Audit entries about them made by someone else (an admin, or an anonymous sign-in
 * attempt) come without that someone's IP address: it is another person's information.
 */
export async function findAccountData(userId: string) {
  const [user, tokens, audit, outbox, enrollments, drafts, notifications] = await Promise.all([
    findProfile(userId),
    findApiTokens(userId),
    db.auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { subjectType: "user", subjectId: userId }] },
      orderBy: { at: "asc" },
      select: { at: true, action: true, subjectType: true, subjectId: true, data: true, ip: true, actorId: true },
    }).then((entries) => entries.map(({ actorId, ip, ...entry }) => ({ ...entry, ip: actorId === userId ? ip : null }))),
    db.user.findUnique({ where: { id: userId }, select: { email: true } }).then((u) =>
      u ? db.outboxMessage.findMany({ where: { to: u.email }, orderBy: { createdAt: "asc" }, select: { createdAt: true, subject: true, status: true, sentAt: true } }) : [],
    ),
    db.enrollment.findMany({
      where: { userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, state: true, createdAt: true, offerExpiresAt: true, formVersion: true, answers: true,
        offering: { select: { id: true, startsAt: true, programme: { select: { slug: true, titleZh: true, titleEn: true } } } },
        events: { orderBy: { at: "asc" }, select: { from: true, to: true, reasonCode: true, message: true, at: true } },
        attendances: { orderBy: { at: "asc" }, select: { at: true, method: true, session: { select: { startsAt: true } } } },
      },
    }),
    db.applicationDraft.findMany({ where: { userId }, select: { offeringId: true, formVersion: true, values: true, step: true, updatedAt: true } }),
    db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, data: true, readAt: true, createdAt: true } }),
  ]);
  return user ? { account: user, apiTokens: tokens, auditTrail: audit, emails: outbox, enrollments, applicationDrafts: drafts, notifications } : null;
}

/** For the bureau's account list: newest first, optionally filtered by email or name. */
export async function findUsers({ q, page, pageSize = 50 }: { q?: string; page: number; pageSize?: number }) {
  const where = q ? { OR: [{ email: { contains: q.toLowerCase() } }, { name: { contains: q, mode: "insensitive" as const } }] } : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true, email: true, name: true, emailVerifiedAt: true, disabledAt: true, bureauRole: true, createdAt: true,
        memberships: { select: { role: true, institution: { select: { slug: true, nameZh: true, nameEn: true } } } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { items, total, page, pageSize };
}
export type UserListItem = Awaited<ReturnType<typeof findUsers>>["items"][number];
