import "server-only";
import { db } from "../db";
import { env } from "../env";
import { toLocale } from "../i18n/routing";
import { recordAudit } from "../audit/mutations";
import { deliverSoon, enqueueEmail } from "../email/mutations";
import { clearAttempts, countAddressAttempt, countAttempt, refundAttempt, retryAfterSeconds, type Attempt } from "../throttle/mutations";
import { issueDeviceToken, readDeviceToken } from "./device";
import { verifyDecoy, verifyPassword } from "./password";
import type { RequestContext } from "./request";
import { emailKey } from "./secret";

// Writes of the identity layer: checking credentials at sign-in, noting a token's use.

const MINUTE = 60_000;
const SIGN_IN_WINDOW = 15 * MINUTE;
const DAY = 24 * 60 * MINUTE;

export type CredentialsResult =
  /** `deviceToken`: a new device cookie for this browser (lib/auth/device.ts). */
  | { status: "ok"; user: { id: string; sessionVersion: number }; deviceToken: string }
  /** `queued` settles once work done after the answer (the disabled-account email) is finished. */
  | { status: "invalid"; queued: Promise<void> }
  | { status: "throttled"; retryAfterSeconds: number };

export interface SignInContext extends RequestContext {
  /** The device cookie the browser sent, if any. */
  deviceToken?: string | null;
}

/**
 * Checks an email and password for sign-in. Unknown emails cost the same time and get the same
 * answer as wrong passwords, and so does the right password of a disabled account (its owner is
 * told by email instead, at most once a day); failures are on the audit trail.
 *
 * Throttling counts failures only: each attempt is counted before the password is checked (so a
 * burst of parallel guesses cannot pass the check together) and a success takes its count back.
 * Browsers without this account's device cookie share a per-address and a per-account limit; a
 * browser with one has a limit of its own and is not locked out by strangers' failures.
 */
export async function checkCredentials(input: { email: string; password: string }, context: SignInContext): Promise<CredentialsResult> {
  const now = context.now ?? new Date();
  // Read before counting: which limits apply depends on whether the device is this account's.
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, locale: true, passwordHash: true, sessionVersion: true, disabledAt: true } });
  const subject = user ? { subjectType: "user" as const, subjectId: user.id } : { subjectType: "email" as const, subjectId: emailKey(input.email) };
  const device = readDeviceToken(context.deviceToken);
  const trusted = device !== null && device.userId === user?.id;
  const accountKey = `sign-in:account:${emailKey(input.email)}`;
  const deviceKey = device ? `sign-in:device:${device.nonce}` : "";
  const limits: { name: "device" | "ip" | "account"; attempt: Attempt }[] = trusted
    ? [{ name: "device", attempt: await countAttempt(deviceKey, env.RATE_SIGN_IN_PER_ACCOUNT, SIGN_IN_WINDOW, now) }]
    : await Promise.all([
      countAddressAttempt("sign-in", context.ip, env.RATE_SIGN_IN_PER_IP, SIGN_IN_WINDOW, now).then((attempt) => ({ name: "ip" as const, attempt })),
      countAttempt(accountKey, env.RATE_SIGN_IN_PER_ACCOUNT, SIGN_IN_WINDOW, now).then((attempt) => ({ name: "account" as const, attempt })),
    ]);
  const refused = limits.filter((l) => !l.attempt.allowed);
  if (refused.length) {
    // Once per window and limit: a flood of refused attempts must not flood the append-only trail.
    if (refused.some((l) => l.attempt.firstRefused)) {
      await recordAudit(db, { actorId: null, action: "auth.throttled", ...subject, data: { limit: refused[0].name }, ip: context.ip });
    }
    return { status: "throttled", retryAfterSeconds: retryAfterSeconds(limits.map((l) => l.attempt), now) };
  }
  const valid = user ? await verifyPassword(user.passwordHash, input.password) : await verifyDecoy(input.password);
  if (!user || !valid || user.disabledAt) {
    const reason = user && valid ? "disabled" : "invalid";
    await recordAudit(db, { actorId: null, action: "auth.sign-in-failed", ...subject, data: { reason }, ip: context.ip });
    // After the answer, so neither its words nor its timing tell a right password from a wrong one.
    const queued = user && reason === "disabled" ? notifyDisabled(user, now).catch((error: unknown) => console.error("disabled notice", error)) : Promise.resolve();
    return { status: "invalid", queued };
  }
  // A success is no failure: the address gets its count back and the account's failures are
  // forgotten. A trusted device forgets only its own, so strangers stay locked out.
  if (trusted) await clearAttempts(deviceKey);
  else await Promise.all([...limits.filter((l) => l.name === "ip").map((l) => refundAttempt(l.attempt)), clearAttempts(accountKey)]);
  return { status: "ok", user: { id: user.id, sessionVersion: user.sessionVersion }, deviceToken: issueDeviceToken(user.id) };
}

/** Tells the owner of a disabled account, who just gave its right password, why signing in fails; at most once a day. */
async function notifyDisabled(user: { id: string; email: string; name: string; locale: string }, now: Date): Promise<void> {
  if (!(await countAttempt(`disabled-notice:${user.id}`, 1, DAY, now)).allowed) return;
  await enqueueEmail(db, user.email, toLocale(user.locale), { template: "account-disabled", name: user.name });
  deliverSoon();
}

/**
 * Lifts the lockout strangers' failures put on an account (the sign-in page's advice is to reset
 * the password: a reset proves the mailbox, so afterwards the owner signs in from any browser).
 */
export async function clearSignInLockout(email: string): Promise<void> {
  await clearAttempts(`sign-in:account:${emailKey(email)}`);
}

/** Ends a session for good (signing out): its token is refused from now on, even where it was copied. Kept until `expiresAt`. */
export async function endSession(sessionId: string, expiresAt: Date): Promise<void> {
  await db.endedSession.createMany({ data: [{ id: sessionId, expiresAt }], skipDuplicates: true });
}

/** Forgets ended sessions whose tokens have all expired (the scheduler's job). */
export async function forgetExpiredSessions(now = new Date()): Promise<number> {
  return (await db.endedSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

/** Records when a token was last used, at most once a minute per token (it is read on every API call). */
export async function touchApiToken(tokenId: string, lastUsedAt: Date | null, now = new Date()): Promise<void> {
  if (lastUsedAt && now.getTime() - lastUsedAt.getTime() < MINUTE) return;
  // Best effort: a read must not fail because this note could not be written.
  await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: now } }).catch((error: unknown) => console.error("token last use", error));
}
