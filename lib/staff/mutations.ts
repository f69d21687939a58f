import "server-only";
import { db } from "../db";
import { env } from "../env";
import { isUniqueViolation, retryTransient } from "../db-errors";
import type { Prisma } from "../generated/prisma/client";
import { can, type Actor } from "../auth/policy";
import type { InstitutionRole } from "../auth/roles";
import type { RequestContext } from "../auth/request";
import { newSecret, secretHash } from "../auth/random-secrets";
import { emailKey } from "../auth/secret";
import { recordAudit } from "../audit/mutations";
import { deliverSoon, enqueueEmail } from "../email/mutations";
import { countAttempt, refundAttempt, type Attempt } from "../throttle/mutations";
import { localized } from "../i18n/localized";
import { localePath } from "../i18n/paths";
import { toLocale, type Locale } from "../i18n/routing";
import { translator } from "../i18n/translator";
import { invitationState } from "./states";
import { INVITATION_LIFETIME_DAYS, OPEN_INVITATIONS_MAX, type ChangeRoleInput, type Invite, type InvitableRole, type RemoveMemberInput } from "./schema";

// An institution's staff: owners invite editors and reviewers by email, the invitee accepts with
// the account of the invited address, owners change roles and remove members, anyone leaves. Each
// change is one transaction with its audit entry (and its email or notification).
//
// The last owner: every change that could take away an owner first locks the institution's owner
// memberships (SELECT ... FOR UPDATE, in a fixed order), then counts them. Two owners demoting each
// other at once are thereby run one after the other, and the second finds one owner left and is
// refused: an institution never ends up with none. The same lock tells whether the acting owner is
// still one at this moment, not only when their request began.

type Tx = Prisma.TransactionClient;

const DAY = 24 * 60 * 60_000;
/** Invitation emails (new or sent again) per institution a day, and to one address from one institution a day. */
const EMAILS_PER_INSTITUTION_DAY = 100;
const EMAILS_PER_ADDRESS_DAY = 5;

/** The link an invitation email carries, in the language of the email. */
export const invitationUrl = (locale: Locale, token: string) => `${env.SITE_URL}${localePath(locale, `/invitations/${token}`)}`;

/**
 * Locks the owner memberships of an institution until the transaction ends and returns their
 * user ids. Locked in user id order, so two transactions locking the same rows cannot deadlock.
 * Rows another transaction changed while this one waited are read again as committed, so an
 * owner demoted meanwhile is no longer counted.
 */
async function lockOwners(tx: Tx, institutionId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ userId: string }[]>`
    SELECT "userId" FROM "Membership" WHERE "institutionId" = ${institutionId} AND "role" = 'owner' ORDER BY "userId" FOR UPDATE`;
  return rows.map((r) => r.userId);
}

/** Whether `actor` manages this institution's staff now: an owner per the locked rows, or a bureau admin (lib/auth/policy.ts). */
const managesNow = (actor: Actor, institutionId: string, owners: string[]) =>
  can(actor, "institution.manage-staff", { institutionId }) && (actor.bureauRole === "admin" || owners.includes(actor.id));

/** Runs a staff change in a transaction, again after a deadlock or serialization failure (PostgreSQL rolled it back). */
const change = <T>(work: (tx: Tx) => Promise<T>) => retryTransient(() => db.$transaction(work));

// ---------------------------------------------------------------------------------------------
// Invitations

export type InviteResult =
  | { status: "sent"; invitationId: string; expiresAt: Date; replaced: boolean; /** For the email (and tests): never shown to the inviter. */ token: string }
  | { status: "not-found" | "not-verified" | "member" | "too-many" | "throttled" };

/**
 * Counts one invitation email against the institution's and the address's daily limits; a refused
 * attempt is taken back so it does not use the limit up.
 */
async function countInvitationEmail(institutionId: string, email: string, now: Date): Promise<Attempt[] | null> {
  const attempts = await Promise.all([
    countAttempt(`staff-invite:${institutionId}`, EMAILS_PER_INSTITUTION_DAY, DAY, now),
    countAttempt(`staff-invite:${institutionId}:${emailKey(email)}`, EMAILS_PER_ADDRESS_DAY, DAY, now),
  ]);
  if (attempts.every((a) => a.allowed)) return attempts;
  await Promise.all(attempts.map(refundAttempt));
  return null;
}

/**
 * Writes a new open invitation for `email` (revoking the open one it replaces) and its email, in
 * the invitee's language when they have an account, else `fallbackLocale` (the inviter's page).
 */
async function issueInvitation(
  tx: Tx,
  institution: { id: string; nameZh: string; nameEn: string },
  email: string,
  role: InvitableRole,
  invitedById: string,
  fallbackLocale: Locale,
  now: Date,
) {
  const replaced = await tx.invitation.updateMany({ where: { institutionId: institution.id, email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_DAYS * DAY);
  const row = await tx.invitation.create({ data: { institutionId: institution.id, email, role, tokenHash: secretHash(token), invitedById, expiresAt }, select: { id: true } });
  const account = await tx.user.findUnique({ where: { email }, select: { name: true, locale: true } });
  const locale = account ? toLocale(account.locale) : fallbackLocale;
  await enqueueEmail(tx, email, locale, {
    template: "staff-invitation",
    name: account?.name ?? "",
    institution: localized(locale, institution.nameZh, institution.nameEn),
    role: translator(locale, "institutionRole")(role),
    days: INVITATION_LIFETIME_DAYS,
    email,
    url: invitationUrl(locale, token),
  });
  return { id: row.id, token, expiresAt, replaced: replaced.count > 0 };
}

/**
 * Invites `input.email` to the institution's staff as an editor or reviewer. Inviting an address
 * again replaces its open invitation (the old link stops working). Refused: someone who is already
 * a member; an institution the bureau has not verified (its name is not yet checked, and the email
 * carries it to anyone's inbox); more than OPEN_INVITATIONS_MAX live invitations; more emails a day
 * than the limits above.
 */
export async function inviteStaff(actor: Actor, input: Invite, locale: Locale, context: RequestContext): Promise<InviteResult> {
  const now = context.now ?? new Date();
  const { institutionId, email, role } = input;
  if (!can(actor, "institution.manage-staff", { institutionId })) return { status: "not-found" };
  for (let attempt = 1; ; attempt++) {
    let counted: Attempt[] | null = null;
    try {
      const result = await change(async (tx): Promise<InviteResult> => {
        const owners = await lockOwners(tx, institutionId);
        if (!managesNow(actor, institutionId, owners)) return { status: "not-found" };
        const institution = await tx.institution.findUnique({ where: { id: institutionId }, select: { id: true, status: true, nameZh: true, nameEn: true } });
        if (!institution) return { status: "not-found" };
        if (institution.status !== "verified") return { status: "not-verified" };
        if (await tx.membership.findFirst({ where: { institutionId, user: { email } }, select: { userId: true } })) return { status: "member" };
        const live = await tx.invitation.count({ where: { institutionId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now }, NOT: { email } } });
        if (live >= OPEN_INVITATIONS_MAX) return { status: "too-many" };
        counted ??= await countInvitationEmail(institutionId, email, now);
        if (!counted) return { status: "throttled" };
        const issued = await issueInvitation(tx, institution, email, role, actor.id, locale, now);
        await recordAudit(tx, { actorId: actor.id, action: "staff.invited", subjectType: "invitation", subjectId: issued.id, institutionId, data: { role, replaced: issued.replaced }, ip: context.ip });
        return { status: "sent", invitationId: issued.id, expiresAt: issued.expiresAt, replaced: issued.replaced, token: issued.token };
      });
      if (result.status === "sent") deliverSoon();
      else if (counted) await Promise.all((counted as Attempt[]).map(refundAttempt));
      return result;
    } catch (error) {
      // Two invitations to one address at once: the second meets the first's open row
      // (Invitation_open_key) and, run again, replaces it.
      if (counted) await Promise.all((counted as Attempt[]).map(refundAttempt));
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/** The open invitation `invitationId` and its institution, when `actor` may manage that institution's staff. */
async function openInvitationFor(tx: Tx, actor: Actor, invitationId: string) {
  const invitation = await tx.invitation.findFirst({
    where: { id: invitationId, acceptedAt: null, revokedAt: null },
    select: { id: true, email: true, role: true, institution: { select: { id: true, status: true, nameZh: true, nameEn: true } } },
  });
  if (!invitation) return null;
  const owners = await lockOwners(tx, invitation.institution.id);
  return managesNow(actor, invitation.institution.id, owners) ? invitation : null;
}

/** Withdraws an open invitation: its link stops working. */
export async function revokeInvitation(actor: Actor, invitationId: string, context: RequestContext): Promise<"ok" | "not-found"> {
  const now = context.now ?? new Date();
  return change(async (tx) => {
    const invitation = await openInvitationFor(tx, actor, invitationId);
    if (!invitation) return "not-found" as const;
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    if (count !== 1) return "not-found" as const;
    await recordAudit(tx, { actorId: actor.id, action: "staff.invitation-revoked", subjectType: "invitation", subjectId: invitation.id, institutionId: invitation.institution.id, data: { role: invitation.role }, ip: context.ip });
    return "ok" as const;
  });
}

export type ResendResult = { status: "sent"; invitationId: string; expiresAt: Date; token: string } | { status: "not-found" | "not-verified" | "throttled" };

/**
 * Sends an open invitation again (also one that has expired) with a new link, valid for another
 * INVITATION_LIFETIME_DAYS: only the secret's hash is kept, so the old link cannot be sent again,
 * and it stops working. The email is in the invitee's language, else `locale`.
 */
export async function resendInvitation(actor: Actor, invitationId: string, locale: Locale, context: RequestContext): Promise<ResendResult> {
  const now = context.now ?? new Date();
  let counted: Attempt[] | null = null;
  const result = await change(async (tx): Promise<ResendResult> => {
    const invitation = await openInvitationFor(tx, actor, invitationId);
    if (!invitation) return { status: "not-found" };
    if (invitation.institution.status !== "verified") return { status: "not-verified" };
    counted ??= await countInvitationEmail(invitation.institution.id, invitation.email, now);
    if (!counted) return { status: "throttled" };
    const issued = await issueInvitation(tx, invitation.institution, invitation.email, invitation.role as InvitableRole, actor.id, locale, now);
    await recordAudit(tx, { actorId: actor.id, action: "staff.invitation-resent", subjectType: "invitation", subjectId: issued.id, institutionId: invitation.institution.id, data: { role: invitation.role, previous: invitation.id }, ip: context.ip });
    return { status: "sent", invitationId: issued.id, expiresAt: issued.expiresAt, token: issued.token };
  });
  if (result.status === "sent") deliverSoon();
  else if (counted) await Promise.all((counted as Attempt[]).map(refundAttempt));
  return result;
}

export type AcceptResult =
  | { status: "joined" | "already-member"; institution: { slug: string } }
  | { status: "invalid" | "expired" | "used" | "revoked" | "wrong-account" | "unverified" };

/**
 * Accepts an invitation by its link's secret, with the account of the invited address, once that
 * address is verified: the link came by email, but it may be forwarded, leaked or opened by
 * someone else at a shared computer, and the address is what the owner chose. Creates the
 * membership with the invited role, tells the owners, and uses the link up (twice at once: once).
 * A person already on the staff keeps their role.
 */
export async function acceptInvitation(actor: Actor, token: string, context: RequestContext): Promise<AcceptResult> {
  const now = context.now ?? new Date();
  return change(async (tx): Promise<AcceptResult> => {
    const invitation = await tx.invitation.findUnique({
      where: { tokenHash: secretHash(token) },
      select: { id: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, institution: { select: { id: true, slug: true, status: true, nameZh: true, nameEn: true } } },
    });
    const state = invitation ? invitationState(invitation, now) : "invalid";
    if (!invitation || state !== "open") return { status: state as "invalid" };
    if (invitation.email !== actor.email.toLowerCase()) return { status: "wrong-account" };
    if (!actor.emailVerified) return { status: "unverified" };
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, data: { acceptedAt: now, acceptedById: actor.id } });
    if (count !== 1) return { status: "used" };
    const { institution } = invitation;
    const existing = await tx.membership.findUnique({ where: { userId_institutionId: { userId: actor.id, institutionId: institution.id } }, select: { role: true } });
    if (existing) return { status: "already-member", institution: { slug: institution.slug } };
    const role = invitation.role as InvitableRole;
    await tx.membership.create({ data: { userId: actor.id, institutionId: institution.id, role } });
    await recordAudit(tx, { actorId: actor.id, action: "staff.joined", subjectType: "user", subjectId: actor.id, institutionId: institution.id, data: { role, invitationId: invitation.id }, ip: context.ip });
    const owners = await tx.membership.findMany({ where: { institutionId: institution.id, role: "owner" }, select: { userId: true } });
    await tx.notification.createMany({ data: owners.map((o) => ({ userId: o.userId, kind: "institution.staff-joined", data: { institutionId: institution.id, userId: actor.id, name: actor.name, role } })) });
    return { status: "joined", institution: { slug: institution.slug } };
  });
}

// ---------------------------------------------------------------------------------------------
// Members

export type StaffChangeResult = "ok" | "not-found" | "last-owner";

/** An owner (or a bureau admin) gives a member another role; the last owner keeps theirs. Takes effect on the member's next request. */
export async function changeRole(actor: Actor, { institutionId, userId, role }: ChangeRoleInput, context: RequestContext): Promise<StaffChangeResult> {
  if (!can(actor, "institution.manage-staff", { institutionId })) return "not-found";
  return change(async (tx): Promise<StaffChangeResult> => {
    const owners = await lockOwners(tx, institutionId);
    if (!managesNow(actor, institutionId, owners)) return "not-found";
    const member = await tx.membership.findUnique({ where: { userId_institutionId: { userId, institutionId } }, select: { role: true } });
    if (!member) return "not-found";
    if (member.role === role) return "ok";
    if (member.role === "owner" && owners.length <= 1) return "last-owner";
    const { count } = await tx.membership.updateMany({ where: { userId, institutionId, role: member.role }, data: { role } });
    if (count !== 1) return "not-found";
    await recordAudit(tx, { actorId: actor.id, action: "staff.role-changed", subjectType: "user", subjectId: userId, institutionId, data: { before: member.role, after: role }, ip: context.ip });
    return "ok";
  });
}

/**
 * Ends a membership: an owner (or a bureau admin) removing someone, or a member leaving (removing
 * oneself is leaving). The last owner can do neither. Takes effect on the person's next request.
 */
export async function removeMember(actor: Actor, { institutionId, userId }: RemoveMemberInput, context: RequestContext): Promise<StaffChangeResult> {
  const leaving = userId === actor.id;
  if (!leaving && !can(actor, "institution.manage-staff", { institutionId })) return "not-found";
  return change(async (tx): Promise<StaffChangeResult> => {
    const owners = await lockOwners(tx, institutionId);
    if (!leaving && !managesNow(actor, institutionId, owners)) return "not-found";
    const member = await tx.membership.findUnique({ where: { userId_institutionId: { userId, institutionId } }, select: { role: true } });
    if (!member) return "not-found";
    if (member.role === "owner" && owners.length <= 1) return "last-owner";
    const { count } = await tx.membership.deleteMany({ where: { userId, institutionId, role: member.role } });
    if (count !== 1) return "not-found";
    await recordAudit(tx, { actorId: actor.id, action: leaving ? "staff.left" : "staff.removed", subjectType: "user", subjectId: userId, institutionId, data: { role: member.role as InstitutionRole }, ip: context.ip });
    return "ok";
  });
}

/** A member leaves an institution (not its last owner). */
export const leaveInstitution = (actor: Actor, institutionId: string, context: RequestContext) => removeMember(actor, { institutionId, userId: actor.id }, context);
