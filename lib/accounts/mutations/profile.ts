import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { Prisma } from "../../generated/prisma/client";
import { toLocale } from "../../i18n/routing";
import { deliverSoon, enqueueEmail } from "../../email/mutations";
import { countAttempt } from "../../throttle/mutations";
import { emailKey } from "../../auth/secret";
import { recordAudit } from "../../audit/mutations";
import type { Actor } from "../../auth/policy";
import type { RequestContext } from "../../auth/request";
import { API_TOKEN_PREFIX, newSecret, secretHash } from "../../auth/random-secrets";
import type { Profile } from "../schema";
import { currentPasswordMatches } from "./credentials";
import { issueLink, link, redeemLink } from "./links";

// What a person changes about their own account: profile, personal API tokens, their data, the
// account itself, their sessions.

const HOUR = 3_600_000;

/** Emails a confirmation link to the new address (whether or not it is taken: nobody learns that here). */
export async function requestEmailChange(actor: Actor, input: { newEmail: string; currentPassword: string }, context: RequestContext): Promise<"sent" | "wrong-password" | "same-email" | "throttled"> {
  const now = context.now ?? new Date();
  if (input.newEmail === actor.email) return "same-email";
  const check = await currentPasswordMatches(actor, input.currentPassword, now);
  if (check !== "ok") return check;
  // At most a few confirmation emails an hour, so nobody can flood another inbox from here.
  if (!(await countAttempt(`email-change:account:${actor.id}`, env.RATE_RESET_PER_ACCOUNT, HOUR, now)).allowed) return "throttled";
  const taken = await db.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (!taken) {
    const locale = toLocale(actor.locale);
    await db.$transaction(async (tx) => {
      const token = await issueLink(tx, actor.id, "change-email", now, input.newEmail);
      await enqueueEmail(tx, input.newEmail, locale, { template: "confirm-new-email", name: actor.name, url: link(locale, "/confirm-email", token) });
    });
    deliverSoon();
  }
  return "sent";
}

export async function confirmEmailChange(token: string, now = new Date()): Promise<"changed" | "invalid"> {
  const result = await db.$transaction(async (tx) => {
    const redeemed = await redeemLink(tx, token, "change-email", now);
    if (!redeemed?.newEmail) return "invalid" as const;
    const user = await tx.user.findUnique({ where: { id: redeemed.userId }, select: { email: true, name: true, locale: true } });
    const taken = await tx.user.findUnique({ where: { email: redeemed.newEmail }, select: { id: true } });
    if (!user || taken) return "invalid" as const;
    await tx.user.update({ where: { id: redeemed.userId }, data: { email: redeemed.newEmail, emailVerifiedAt: now } });
    // Links sent to the old address stop working.
    await tx.oneTimeToken.updateMany({ where: { userId: redeemed.userId, usedAt: null }, data: { usedAt: now } });
    // Addresses by their keyed hash: the trail must not keep a deleted person's email.
    await recordAudit(tx, { actorId: redeemed.userId, action: "account.email-changed", subjectType: "user", subjectId: redeemed.userId, data: { before: { email: emailKey(user.email) }, after: { email: emailKey(redeemed.newEmail) } } });
    await enqueueEmail(tx, user.email, toLocale(user.locale), { template: "email-changed", name: user.name, newEmail: redeemed.newEmail });
    return "changed" as const;
  }).catch((error: unknown) => {
    // Someone registered the new address between the check and the update.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return "invalid" as const;
    throw error;
  });
  if (result === "changed") deliverSoon();
  return result;
}

const PERSONAL_FIELDS = new Set<keyof Profile>(["name", "phone", "employer"]);

export async function updateProfile(actor: Actor, profile: Profile): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { name: true, phone: true, education: true, employer: true, yearsExperience: true, talentLevel: true, locale: true },
    });
    const changed = (Object.keys(profile) as (keyof Profile)[]).filter((key) => before[key] !== profile[key]);
    if (!changed.length) return;
    await tx.user.update({ where: { id: actor.id }, data: profile });
    // Codes are kept as they were and became; personal values (name, phone, employer) only as
    // "changed", so deleting the account leaves no personal data in the trail.
    const shown = (key: keyof Profile, value: unknown) => (PERSONAL_FIELDS.has(key) ? "(changed)" : value);
    await recordAudit(tx, {
      actorId: actor.id, action: "account.profile-updated", subjectType: "user", subjectId: actor.id,
      data: { before: Object.fromEntries(changed.map((k) => [k, shown(k, before[k])])), after: Object.fromEntries(changed.map((k) => [k, shown(k, profile[k])])) },
    });
  });
}

export type CreateTokenResult =
  | { status: "created"; id: string; name: string; prefix: string; expiresAt: Date; createdAt: Date; token: string }
  | { status: "too-many"; limit: number };

/**
 * Creates a personal API token and returns it: the only time it is ever shown. An account holds
 * at most API_TOKENS_PER_ACCOUNT live ones: counted with the account's row locked, so two
 * creations at once cannot both pass the count.
 */
export async function createApiToken(actor: Actor, input: { name: string; expiresInDays: number }, context: RequestContext): Promise<CreateTokenResult> {
  const now = context.now ?? new Date();
  const limit = env.API_TOKENS_PER_ACCOUNT;
  const token = newSecret(API_TOKEN_PREFIX);
  return db.$transaction(async (tx): Promise<CreateTokenResult> => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`;
    if ((await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } } })) >= limit) return { status: "too-many", limit };
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), tokenHash: secretHash(token), expiresAt: new Date(now.getTime() + input.expiresInDays * 24 * HOUR) },
      select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "token.created", subjectType: "api-token", subjectId: row.id, data: { after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt } }, ip: context.ip });
    return { status: "created", ...row, token };
  });
}

/** Revokes one of the actor's own tokens; another person's id (or an unknown one) changes nothing. */
export async function revokeApiToken(actor: Actor, tokenId: string, context: RequestContext): Promise<"revoked" | "not-found"> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
    if (!count) return "not-found";
    await recordAudit(tx, { actorId: actor.id, action: "token.revoked", subjectType: "api-token", subjectId: tokenId, ip: context.ip });
    return "revoked";
  });
}

export async function recordDataExport(actor: Actor, context: RequestContext): Promise<void> {
  await recordAudit(db, { actorId: actor.id, action: "account.exported", subjectType: "user", subjectId: actor.id, ip: context.ip });
}

/**
 * Whether the account may be deleted now: the password is confirmed (throttled like sign-in) and
 * the bureau keeps an admin. The caller then ends the person's enrollments (lib/enrollment) and
 * calls deleteAccount, which checks the last-admin rule again inside its transaction.
 */
export async function checkAccountDeletion(actor: Actor, currentPassword: string, context: RequestContext): Promise<"ok" | "wrong-password" | "throttled" | "last-admin"> {
  const check = await currentPasswordMatches(actor, currentPassword, context.now ?? new Date());
  if (check !== "ok") return check;
  const admins = await db.user.count({ where: { bureauRole: "admin", disabledAt: null } });
  return actor.bureauRole === "admin" && admins <= 1 ? "last-admin" : "ok";
}

/**
 * Deletes the account: profile, tokens, links, memberships and unsent emails go. The audit trail
 * keeps its entries (with the account id, not the name or email), since the bureau must be able to
 * account for past changes. Callers have passed checkAccountDeletion.
 */
export async function deleteAccount(actor: Actor, context: RequestContext): Promise<"deleted" | "last-admin"> {
  return db.$transaction(async (tx) => {
    // Counted inside the transaction, so two admins deleting themselves at once cannot both go.
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { bureauRole: true } });
    if (user.bureauRole === "admin" && (await tx.user.count({ where: { bureauRole: "admin", disabledAt: null } })) <= 1) return "last-admin";
    await recordAudit(tx, { actorId: actor.id, action: "account.deleted", subjectType: "user", subjectId: actor.id, data: { before: { bureauRole: user.bureauRole, memberships: actor.memberships.length } }, ip: context.ip });
    await tx.outboxMessage.deleteMany({ where: { to: actor.email } });
    await tx.user.delete({ where: { id: actor.id } });
    return "deleted";
  });
}

/**
 * Ends every session of the signed-in person, on every device ("sign out everywhere"), and
 * revokes their personal API tokens: whoever had a session may have made some.
 */
export async function signOutEverywhere(actor: Actor, context: RequestContext): Promise<void> {
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    // The account's row is locked by the update above, so no token can be created meanwhile (createApiToken locks it too).
    const revoked = (await tx.apiToken.findMany({ where: { userId: actor.id, revokedAt: null }, select: { id: true } })).map((t) => t.id);
    await tx.apiToken.updateMany({ where: { id: { in: revoked } }, data: { revokedAt: now } });
    await recordAudit(tx, { actorId: actor.id, action: "account.signed-out-everywhere", subjectType: "user", subjectId: actor.id, data: { after: { revokedTokens: revoked } }, ip: context.ip });
  });
}
