import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { Prisma } from "../../generated/prisma/client";
import { toLocale, type Locale } from "../../i18n/routing";
import { recordAudit } from "../../audit/mutations";
import { deliverSoon, enqueueEmail } from "../../email/mutations";
import { countAddressAttempt, countAttempt } from "../../throttle/mutations";
import type { Actor } from "../../auth/policy";
import type { RequestContext } from "../../auth/request";
import { emailKey } from "../../auth/secret";
import { hashPassword, verifyPassword } from "../../auth/password";
import { clearSignInLockout } from "../../auth/mutations";
import { PRIVACY_NOTICE_VERSION } from "../codes";
import { passwordProblem, type PasswordProblem } from "../password-rules";
import { issueLink, link, redeemLink } from "./links";

// Credentials: registering, and setting a password (from a reset link or while signed in). Each
// takes validated input (lib/accounts/schema.ts), writes in one transaction with its audit entry
// and emails, and answers with a status the caller turns into words. Signing in is the identity
// layer's (lib/auth/mutations.ts).

const MINUTE = 60_000;
const SIGN_IN_WINDOW = 15 * MINUTE;
const HOUR = 60 * MINUTE;

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
    countAddressAttempt("sign-up", context.ip, env.RATE_SIGN_UP_PER_IP, HOUR, now),
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

export type PasswordChangeResult = { status: "ok" } | { status: "invalid-link" | "wrong-password" | "throttled" } | { status: "rejected"; problem: PasswordProblem };

/** Sets a new password from a reset link; every session ends and the link (and any other reset link) stops working. */
export async function resetPassword(input: { token: string; password: string }, context: RequestContext): Promise<PasswordChangeResult> {
  const now = context.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  let email = "";
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
    email = user.email;
    return { status: "ok" };
  }).catch((error: unknown) => {
    if (error instanceof RejectedPassword) return { status: "rejected" as const, problem: error.problem };
    throw error;
  });
  if (result.status === "ok") {
    await clearSignInLockout(email);
    deliverSoon();
  }
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
export async function currentPasswordMatches(actor: Actor, password: string, now: Date): Promise<"ok" | "wrong-password" | "throttled"> {
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

