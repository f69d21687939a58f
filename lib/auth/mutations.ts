import "server-only";
import { db } from "../db";
import { env } from "../env";
import { recordAudit } from "../audit/mutations";
import { clearAttempts, countAddressAttempt, countAttempt } from "../throttle/mutations";
import { verifyDecoy, verifyPassword } from "./password";
import type { RequestContext } from "./request";
import { emailKey } from "./secret";

// Writes of the identity layer: checking credentials at sign-in, noting a token's use.

const MINUTE = 60_000;
const SIGN_IN_WINDOW = 15 * MINUTE;

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
    countAddressAttempt("sign-in", context.ip, env.RATE_SIGN_IN_PER_IP, SIGN_IN_WINDOW, now),
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


/** Records when a token was last used, at most once a minute per token (it is read on every API call). */
export async function touchApiToken(tokenId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < MINUTE) return;
  // Best effort: a read must not fail because this note could not be written.
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } }).catch((error: unknown) => console.error("token last use", error));
}
