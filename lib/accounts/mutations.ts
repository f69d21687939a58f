import "server-only";
import { db } from "../db";
import { env } from "../env";
import { Prisma } from "../generated/prisma/client";
import { isLocale, type Locale } from "../i18n/routing";
import { localePath } from "../i18n/paths";
import { recordAudit } from "../audit/mutations";
import { endEnrollmentsOf } from "../enrollment/mutations";
import { deliverSoon, enqueueEmail } from "../email/mutations";
import { clearAttempts, countAttempt } from "../throttle/mutations";
import type { Actor } from "../auth/policy";
import { LINK_LIFETIME_MINUTES, PRIVACY_NOTICE_VERSION, type BureauRole, type OneTimePurpose } from "./codes";
import { emailKey } from "../auth/secret";
import { hashPassword, verifyDecoy, verifyPassword } from "./password";
import { passwordProblem, type PasswordProblem } from "./password-rules";
import type { Profile } from "./schema";
import { API_TOKEN_PREFIX, newSecret, secretHash } from "./secrets";

// Every change to accounts. Each function takes validated input (lib/accounts/schema.ts) and the
// acting person where there is one, checks what only the data can tell (passwords, tokens,
// throttles), writes in one transaction with its audit entry and emails, and answers with a
// status the caller turns into words. Authorization of who may call what is lib/auth/policy.ts.

export interface RequestContext { ip: string | null; now?: Date }

const MINUTE = 60_000;
const SIGN_IN_WINDOW = 15 * MINUTE;
const HOUR = 60 * MINUTE;

/**
 * Counts an attempt against the client's address. With no known address (bare `next start` without
 * TRUST_PROXY_HOPS, lib/auth/request.ts) there is no per-address limit: one bucket shared by every
 * visitor would let anyone lock everybody out. The per-account limits still hold.
 */
const countIpAttempt = (action: string, ip: string | null, limit: number, windowMs: number, now: Date) =>
  ip ? countAttempt(`${action}:ip:${ip}`, limit, windowMs, now) : Promise.resolve({ allowed: true, firstRefused: false });

const toLocale = (value: string): Locale => (isLocale(value) ? value : "zh-CN");
const link = (locale: Locale, path: string, token?: string) =>
  `${env.SITE_URL}${localePath(locale, path)}${token ? `?token=${encodeURIComponent(token)}` : ""}`;

async function issueLink(tx: Prisma.TransactionClient, userId: string, purpose: OneTimePurpose, now: Date, newEmail?: string) {
  const token = newSecret();
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: secretHash(token), newEmail, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MINUTES[purpose] * MINUTE) },
  });
  return token;
}

/** Marks a live link used (once, even under concurrent clicks) and returns it, or null. */
async function redeemLink(tx: Prisma.TransactionClient, token: string, purpose: OneTimePurpose, now: Date) {
  const found = await tx.oneTimeToken.findUnique({ where: { tokenHash: secretHash(token) }, select: { id: true, userId: true, purpose: true, newEmail: true, expiresAt: true, usedAt: true } });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt <= now) return null;
  const { count } = await tx.oneTimeToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? found : null;
}

// ─── Sign-up, sign-in ────────────────────────────────────────────────────────

export type SignUpResult = { status: "ok" } | { status: "throttled" } | { status: "rejected"; problem: PasswordProblem };

/**
 * Registers a person and emails a verification link. An email that already has an account gets
 * the same answer, and its owner an email saying someone tried, so nobody learns who has an account.
 */
export async function signUp(input: { email: string; name: string; password: string; locale: Locale }, context: RequestContext): Promise<SignUpResult> {
  const now = context.now ?? new Date();
  // Before the throttles: a refused password changes nothing, and trying a better one must not use
  // up the hour's attempts. The answer depends on the input alone, not on whether the email is taken.
  const problem = passwordProblem(input.password, input.email, input.name);
  if (problem) return { status: "rejected", problem };
  // Per IP, and per address so nobody can flood one inbox with "someone tried to register" emails.
  const [ip, account] = await Promise.all([
    countIpAttempt("sign-up", context.ip, env.RATE_SIGN_UP_PER_IP, HOUR, now),
    countAttempt(`sign-up:account:${emailKey(input.email)}`, env.RATE_SIGN_UP_PER_ACCOUNT, HOUR, now),
  ]);
  if (!ip.allowed || !account.allowed) return { status: "throttled" };
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
  if (existing) {
    await notifyExisting(input.email, existing);
    return { status: "ok" };
  }
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash, locale: input.locale, consentAt: now, consentVersion: PRIVACY_NOTICE_VERSION },
        select: { id: true },
      });
      const token = await issueLink(tx, user.id, "verify-email", now);
      await enqueueEmail(tx, input.email, input.locale, { template: "verify-email", name: input.name, url: link(input.locale, "/verify-email", token) });
      await recordAudit(tx, { actorId: user.id, action: "account.created", subjectType: "user", subjectId: user.id, data: { after: { locale: input.locale, consentVersion: PRIVACY_NOTICE_VERSION } }, ip: context.ip });
    });
  } catch (error) {
    // Two sign-ups with one email at once: the second finds the first's account.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const raced = await db.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
    if (raced) await notifyExisting(input.email, raced);
  }
  deliverSoon();
  return { status: "ok" };
}

async function notifyExisting(email: string, user: { name: string; locale: string }) {
  const locale = toLocale(user.locale);
  await enqueueEmail(db, email, locale, { template: "sign-up-existing", name: user.name, signInUrl: link(locale, "/sign-in"), resetUrl: link(locale, "/forgot-password") });
  deliverSoon();
}

export type CredentialsResult =
  | { status: "ok"; user: { id: string; sessionVersion: number } }
  | { status: "invalid" | "throttled" | "disabled" };

/**
 * Checks an email and password for sign-in. Throttled per account and per IP; unknown emails cost
 * the same time and get the same answer as wrong passwords; failures are on the audit trail.
 */
export async function checkCredentials(input: { email: string; password: string }, context: RequestContext): Promise<CredentialsResult> {
  const now = context.now ?? new Date();
  const accountKey = `sign-in:account:${emailKey(input.email)}`;
  const [ip, account] = await Promise.all([
    countIpAttempt("sign-in", context.ip, env.RATE_SIGN_IN_PER_IP, SIGN_IN_WINDOW, now),
    countAttempt(accountKey, env.RATE_SIGN_IN_PER_ACCOUNT, SIGN_IN_WINDOW, now),
  ]);
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, passwordHash: true, sessionVersion: true, disabledAt: true } });
  const subject = user ? { subjectType: "user" as const, subjectId: user.id } : { subjectType: "email" as const, subjectId: emailKey(input.email) };
  if (!ip.allowed || !account.allowed) {
    // Once per window and limit: a flood of refused attempts must not flood the append-only trail.
    if (ip.firstRefused || account.firstRefused) {
      await recordAudit(db, { actorId: null, action: "auth.throttled", ...subject, data: { limit: !ip.allowed ? "ip" : "account" }, ip: context.ip });
    }
    return { status: "throttled" };
  }
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!user || !valid) {
    await recordAudit(db, { actorId: null, action: "auth.sign-in-failed", ...subject, data: { reason: "invalid" }, ip: context.ip });
    return { status: "invalid" };
  }
  if (user.disabledAt) {
    await recordAudit(db, { actorId: null, action: "auth.sign-in-failed", ...subject, data: { reason: "disabled" }, ip: context.ip });
    return { status: "disabled" };
  }
  await clearAttempts(accountKey);
  return { status: "ok", user: { id: user.id, sessionVersion: user.sessionVersion } };
}

// ─── Emailed links ───────────────────────────────────────────────────────────

export async function verifyEmail(token: string, now = new Date()): Promise<"verified" | "invalid"> {
  return db.$transaction(async (tx) => {
    const redeemed = await redeemLink(tx, token, "verify-email", now);
    if (!redeemed) return "invalid";
    const user = await tx.user.findUnique({ where: { id: redeemed.userId }, select: { emailVerifiedAt: true } });
    if (user && !user.emailVerifiedAt) {
      await tx.user.update({ where: { id: redeemed.userId }, data: { emailVerifiedAt: now } });
      await recordAudit(tx, { actorId: redeemed.userId, action: "account.email-verified", subjectType: "user", subjectId: redeemed.userId });
    }
    return "verified";
  });
}

export async function resendVerification(actor: Actor, now = new Date()): Promise<"sent" | "already-verified" | "throttled"> {
  if (actor.emailVerified) return "already-verified";
  if (!(await countAttempt(`verify:account:${actor.id}`, env.RATE_RESET_PER_ACCOUNT, HOUR, now)).allowed) return "throttled";
  const locale = toLocale(actor.locale);
  await db.$transaction(async (tx) => {
    const token = await issueLink(tx, actor.id, "verify-email", now);
    await enqueueEmail(tx, actor.email, locale, { template: "verify-email", name: actor.name, url: link(locale, "/verify-email", token) });
  });
  deliverSoon();
  return "sent";
}

/**
 * Emails a reset link if the address has an account. The answer is the same either way and is
 * given before the lookup (`queued` settles when that work is done), so neither the answer nor
 * its timing says whether an account exists.
 */
export async function requestPasswordReset(email: string, context: RequestContext): Promise<{ status: "ok" | "throttled"; queued: Promise<void> }> {
  const now = context.now ?? new Date();
  const [ip, account] = await Promise.all([
    countIpAttempt("reset", context.ip, env.RATE_RESET_PER_IP, HOUR, now),
    countAttempt(`reset:account:${emailKey(email)}`, env.RATE_RESET_PER_ACCOUNT, HOUR, now),
  ]);
  if (!ip.allowed || !account.allowed) return { status: "throttled", queued: Promise.resolve() };
  const queued = sendResetLink(email, now).catch((error: unknown) => console.error("password reset", error));
  return { status: "ok", queued };
}

async function sendResetLink(email: string, now: Date) {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  const locale = toLocale(user.locale);
  await db.$transaction(async (tx) => {
    const token = await issueLink(tx, user.id, "reset-password", now);
    await enqueueEmail(tx, email, locale, { template: "reset-password", name: user.name, url: link(locale, "/reset-password", token), minutes: LINK_LIFETIME_MINUTES["reset-password"] });
  });
  deliverSoon();
}

export type PasswordChangeResult = { status: "ok" } | { status: "invalid-link" | "wrong-password" | "throttled" } | { status: "rejected"; problem: PasswordProblem };

/** Sets a new password from a reset link; every session ends and the link (and any other reset link) stops working. */
export async function resetPassword(input: { token: string; password: string }, context: RequestContext): Promise<PasswordChangeResult> {
  const now = context.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  const result = await db.$transaction(async (tx): Promise<PasswordChangeResult> => {
    const redeemed = await redeemLink(tx, input.token, "reset-password", now);
    if (!redeemed) return { status: "invalid-link" };
    const user = await tx.user.findUnique({ where: { id: redeemed.userId }, select: { email: true, name: true, locale: true, emailVerifiedAt: true } });
    if (!user) return { status: "invalid-link" };
    const problem = passwordProblem(input.password, user.email, user.name);
    if (problem) throw new RejectedPassword(problem);
    await tx.user.update({
      where: { id: redeemed.userId },
      // The link proved control of the address, so it counts as verified.
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: user.emailVerifiedAt ?? now },
    });
    await endAccessAfterPasswordChange(tx, redeemed.userId, now);
    await recordAudit(tx, { actorId: redeemed.userId, action: "account.password-reset", subjectType: "user", subjectId: redeemed.userId, ip: context.ip });
    await enqueueEmail(tx, user.email, toLocale(user.locale), { template: "password-changed", name: user.name });
    return { status: "ok" };
  }).catch((error: unknown) => {
    if (error instanceof RejectedPassword) return { status: "rejected" as const, problem: error.problem };
    throw error;
  });
  if (result.status === "ok") deliverSoon();
  return result;
}

/**
 * After a new password, nothing issued under the old one keeps working: sessions end (the caller
 * bumps sessionVersion), emailed reset links are used up and personal API tokens are revoked,
 * since whoever knew the old password may have made them.
 */
async function endAccessAfterPasswordChange(tx: Prisma.TransactionClient, userId: string, now: Date) {
  await tx.oneTimeToken.updateMany({ where: { userId, purpose: "reset-password", usedAt: null }, data: { usedAt: now } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** Checks the current password of a signed-in person, throttled like sign-in (a stolen session must not be a password oracle). */
async function currentPasswordMatches(actor: Actor, password: string, now: Date): Promise<"ok" | "wrong-password" | "throttled"> {
  if (!(await countAttempt(`password-check:account:${actor.id}`, env.RATE_SIGN_IN_PER_ACCOUNT, SIGN_IN_WINDOW, now)).allowed) return "throttled";
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  return user && (await verifyPassword(user.passwordHash, password)) ? "ok" : "wrong-password";
}

/** Thrown inside a transaction to roll it back (the link stays usable) when the new password is refused. */
class RejectedPassword extends Error {
  constructor(readonly problem: PasswordProblem) { super(problem); }
}

/** Changes the password of the signed-in person; every session, this one included, ends. */
export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }, context: RequestContext): Promise<PasswordChangeResult> {
  const now = context.now ?? new Date();
  const check = await currentPasswordMatches(actor, input.currentPassword, now);
  if (check !== "ok") return { status: check };
  const problem = passwordProblem(input.newPassword, actor.email, actor.name);
  if (problem) return { status: "rejected", problem };
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await endAccessAfterPasswordChange(tx, actor.id, now);
    await recordAudit(tx, { actorId: actor.id, action: "account.password-changed", subjectType: "user", subjectId: actor.id, ip: context.ip });
    await enqueueEmail(tx, actor.email, toLocale(actor.locale), { template: "password-changed", name: actor.name });
  });
  deliverSoon();
  return { status: "ok" };
}

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

// ─── Profile, tokens, data ───────────────────────────────────────────────────

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

/** Creates a personal API token and returns it: the only time it is ever shown. */
export async function createApiToken(actor: Actor, input: { name: string; expiresInDays: number }, context: RequestContext) {
  const now = context.now ?? new Date();
  const token = newSecret(API_TOKEN_PREFIX);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), tokenHash: secretHash(token), expiresAt: new Date(now.getTime() + input.expiresInDays * 24 * HOUR) },
      select: { id: true, name: true, prefix: true, expiresAt: true, createdAt: true },
    });
    await recordAudit(tx, { actorId: actor.id, action: "token.created", subjectType: "api-token", subjectId: row.id, data: { after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt } }, ip: context.ip });
    return row;
  });
  return { ...created, token };
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

/** Records when a token was last used, at most once a minute per token (it is read on every API call). */
export async function touchApiToken(tokenId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < MINUTE) return;
  // Best effort: a read must not fail because this note could not be written.
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } }).catch((error: unknown) => console.error("token last use", error));
}

export async function recordDataExport(actor: Actor, context: RequestContext): Promise<void> {
  await recordAudit(db, { actorId: actor.id, action: "account.exported", subjectType: "user", subjectId: actor.id, ip: context.ip });
}

/**
 * Deletes the account after the password is confirmed: profile, tokens, links, memberships and
 * unsent emails go. The audit trail keeps its entries (with the account id, not the name or
 * email), since the bureau must be able to account for past changes.
 */
export async function deleteAccount(actor: Actor, currentPassword: string, context: RequestContext): Promise<"deleted" | "wrong-password" | "throttled" | "last-admin"> {
  const check = await currentPasswordMatches(actor, currentPassword, context.now ?? new Date());
  if (check !== "ok") return check;
  const admins = await db.user.count({ where: { bureauRole: "admin", disabledAt: null } });
  if (actor.bureauRole === "admin" && admins <= 1) return "last-admin";
  await endEnrollmentsOf(actor, context.now);
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

/** Ends every session of the signed-in person, on every device ("sign out everywhere"). */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
}

// ─── Bureau administration ───────────────────────────────────────────────────

/** Disables or re-enables an account; disabling ends its sessions at once. Refuses one's own account. */
export async function setAccountDisabled(actor: Actor, userId: string, disabled: boolean, context: RequestContext): Promise<"done" | "not-found" | "self"> {
  if (userId === actor.id) return "self";
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
    if (!before) return "not-found";
    if (Boolean(before.disabledAt) === disabled) return "done";
    await tx.user.update({ where: { id: userId }, data: disabled ? { disabledAt: now, sessionVersion: { increment: 1 } } : { disabledAt: null } });
    await recordAudit(tx, {
      actorId: actor.id, action: disabled ? "account.disabled" : "account.enabled", subjectType: "user", subjectId: userId,
      data: { before: { disabledAt: before.disabledAt }, after: { disabledAt: disabled ? now : null } }, ip: context.ip,
    });
    return "done";
  });
}

/** Grants or removes a bureau role. Refuses changing one's own role (no admin can lock the bureau out). */
export async function setBureauRole(actor: Actor, userId: string, role: BureauRole | null, context: RequestContext): Promise<"done" | "not-found" | "self"> {
  if (userId === actor.id) return "self";
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { bureauRole: true } });
    if (!before) return "not-found";
    if (before.bureauRole === role) return "done";
    await tx.user.update({ where: { id: userId }, data: { bureauRole: role } });
    await recordAudit(tx, {
      actorId: actor.id, action: role ? "role.granted" : "role.revoked", subjectType: "user", subjectId: userId,
      data: { before: { bureauRole: before.bureauRole }, after: { bureauRole: role } }, ip: context.ip,
    });
    return "done";
  });
}
