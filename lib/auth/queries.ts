import "server-only";
import { db } from "../db";
import { secretHash } from "./random-secrets";

/** What every request needs to know about the signed-in person; roles come from here, never from the token. */
export async function findSessionUser(id: string) {
  return db.user.findUnique({
    where: { id },
    select: {
      id: true, email: true, name: true, locale: true, emailVerifiedAt: true, sessionVersion: true, disabledAt: true, bureauRole: true,
      memberships: { select: { institutionId: true, role: true, institution: { select: { slug: true } } } },
    },
  });
}
export type SessionUser = NonNullable<Awaited<ReturnType<typeof findSessionUser>>>;

/** The owner of a live personal API token (not revoked, not expired), by the token itself. */
export async function findApiTokenOwner(token: string, now = new Date()) {
  return db.apiToken.findFirst({
    where: { tokenHash: secretHash(token), revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, userId: true, lastUsedAt: true },
  });
}

/** Whether the session with this id was ended by signing out (lib/auth/options.ts records it). */
export async function isSessionEnded(sessionId: string): Promise<boolean> {
  return (await db.endedSession.findUnique({ where: { id: sessionId }, select: { id: true } })) !== null;
}
