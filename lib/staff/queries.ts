import "server-only";
import { db } from "../db";
import { secretHash } from "../auth/random-secrets";
import { INSTITUTION_ROLES, type InstitutionRole } from "../auth/roles";
import type { InvitableRole } from "./schema";

// Reads of an institution's staff. Callers have checked who may see them: the staff page its
// staff and the bureau (lib/studio/pages.ts), the invitation page whoever holds the link.

const ROLE_ORDER = new Map(INSTITUTION_ROLES.map((role, i) => [role as string, i]));

/** The members of an institution, owners first, then by when they joined. */
export async function findMembers(institutionId: string) {
  const rows = await db.membership.findMany({
    where: { institutionId },
    orderBy: [{ createdAt: "asc" }, { userId: "asc" }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return rows
    .map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role as InstitutionRole, since: r.createdAt }))
    .sort((a, b) => (ROLE_ORDER.get(a.role) ?? 9) - (ROLE_ORDER.get(b.role) ?? 9));
}

/** Invitations neither accepted nor revoked (expired ones too: they can be sent again or revoked), newest first, with who sent them. */
export async function findOpenInvitations(institutionId: string) {
  const rows = await db.invitation.findMany({
    where: { institutionId, acceptedAt: null, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedById: true },
  });
  const inviters = await inviterNames(rows.map((r) => r.invitedById));
  return rows.map(({ invitedById, ...r }) => ({ ...r, role: r.role as InvitableRole, invitedBy: inviters.get(invitedById ?? "") ?? null }));
}

async function inviterNames(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, string>();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

/** An invitation by its link's secret, with its institution and who sent it; null when no invitation has this secret. */
export async function findInvitationByToken(token: string) {
  const row = await db.invitation.findUnique({
    where: { tokenHash: secretHash(token) },
    select: {
      email: true, role: true, expiresAt: true, acceptedAt: true, acceptedById: true, revokedAt: true, invitedById: true,
      institution: { select: { id: true, slug: true, status: true, nameZh: true, nameEn: true } },
    },
  });
  if (!row) return null;
  const { invitedById, ...invitation } = row;
  const inviter = (await inviterNames([invitedById])).get(invitedById ?? "") ?? null;
  return { ...invitation, role: invitation.role as InvitableRole, invitedBy: inviter };
}
export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitationByToken>>>;
