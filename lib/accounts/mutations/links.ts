import "server-only";
import { db } from "../../db";
import { env } from "../../env";
import { Prisma } from "../../generated/prisma/client";
import { toLocale, type Locale } from "../../i18n/routing";
import { localePath } from "../../i18n/paths";
import { recordAudit } from "../../audit/mutations";
import { deliverSoon, enqueueEmail } from "../../email/mutations";
import { countAddressAttempt, countAttempt } from "../../throttle/mutations";
import type { Actor } from "../../auth/policy";
import type { RequestContext } from "../../auth/request";
import { emailKey } from "../../auth/secret";
import { newSecret, secretHash } from "../../auth/random-secrets";
import { LINK_LIFETIME_MINUTES, type OneTimePurpose } from "../codes";

// Emailed links: verifying an address, asking for a password reset (the reset itself is in
// credentials.ts, a new address in profile.ts). A link is a
// random secret stored only as its hash; it works once and expires (LINK_LIFETIME_MINUTES).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** An absolute link to a page of the portal in `locale`, with a one-time token when given. */
export const link = (locale: Locale, path: string, token?: string) =>
  `${env.SITE_URL}${localePath(locale, path)}${token ? `?token=${encodeURIComponent(token)}` : ""}`;

export async function issueLink(tx: Prisma.TransactionClient, userId: string, purpose: OneTimePurpose, now: Date, newEmail?: string) {
  const token = newSecret();
  await tx.oneTimeToken.create({
    data: { userId, purpose, tokenHash: secretHash(token), newEmail, expiresAt: new Date(now.getTime() + LINK_LIFETIME_MINUTES[purpose] * MINUTE) },
  });
  return token;
}

/** Marks a live link used (once, even under concurrent clicks) and returns it, or null. */
export async function redeemLink(tx: Prisma.TransactionClient, token: string, purpose: OneTimePurpose, now: Date) {
  const found = await tx.oneTimeToken.findUnique({ where: { tokenHash: secretHash(token) }, select: { id: true, userId: true, purpose: true, newEmail: true, expiresAt: true, usedAt: true } });
  if (!found || found.purpose !== purpose || found.usedAt || found.expiresAt <= now) return null;
  const { count } = await tx.oneTimeToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? found : null;
}

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
    countAddressAttempt("reset", context.ip, env.RATE_RESET_PER_IP, HOUR, now),
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
