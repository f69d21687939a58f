import "server-only";
import { db } from "../db";

export interface Attempt {
  /** Within the limit. */
  allowed: boolean;
  /** The first attempt over the limit in this window (worth recording once, not every time). */
  firstRefused: boolean;
  /** When the window this attempt was counted in ends (for Retry-After). */
  resetsAt: Date;
  /** The counter and window it was counted in, so refundAttempt takes back exactly this one; null when nothing was counted. */
  counted: { key: string; windowStart: Date } | null;
}

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within `limit`.
 * One atomic statement (insert, or reset the window, or add one), so concurrent attempts are all
 * counted; kept in the database so limits hold across restarts.
 */
export async function countAttempt(key: string, limit: number, windowMs: number, now = new Date()): Promise<Attempt> {
  const windowFloor = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ count: number | bigint; windowStart: Date }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const count = Number(row?.count ?? 1);
  const windowStart = row?.windowStart ?? now;
  return { allowed: count <= limit, firstRefused: count === limit + 1, resetsAt: new Date(windowStart.getTime() + windowMs), counted: { key, windowStart } };
}

/**
 * Takes back one counted attempt that turned out not to be a failure (a successful sign-in), so
 * only failures use up the limit. Counting first and refunding after, rather than checking and
 * counting failures later, keeps a burst of parallel guesses from all passing the check at once.
 * A window that has since been restarted is left alone.
 */
export async function refundAttempt(attempt: Attempt): Promise<void> {
  if (!attempt.counted) return;
  await db.rateLimit.updateMany({ where: { key: attempt.counted.key, windowStart: attempt.counted.windowStart, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Forgets the attempts against `key` (after a successful sign-in, the account's failures no longer count). */
export async function clearAttempts(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}

/**
 * Counts an attempt against the client's address. With no known address (bare `next start` without
 * TRUST_PROXY_HOPS, lib/auth/request.ts) there is no per-address limit: one bucket shared by every
 * visitor would let anyone lock everybody out. The per-account limits still hold.
 */
export function countAddressAttempt(action: string, ip: string | null, limit: number, windowMs: number, now = new Date()): Promise<Attempt> {
  return ip ? countAttempt(`${action}:ip:${ip}`, limit, windowMs, now) : Promise.resolve({ allowed: true, firstRefused: false, resetsAt: now, counted: null });
}

/** Whole seconds until every refusing attempt's window has ended (at least 1): the Retry-After of a throttled answer. */
export function retryAfterSeconds(attempts: Attempt[], now = new Date()): number {
  const latest = Math.max(...attempts.filter((a) => !a.allowed).map((a) => a.resetsAt.getTime()), now.getTime());
  return Math.max(1, Math.ceil((latest - now.getTime()) / 1000));
}
