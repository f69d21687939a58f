import "server-only";
import { db } from "../db";

export interface Attempt {
  /** Within the limit. */
  allowed: boolean;
  /** The first attempt over the limit in this window (worth recording once, not every time). */
  firstRefused: boolean;
}

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within `limit`.
 * One atomic statement (insert, or reset the window, or add one), so concurrent attempts are all
 * counted; kept in the database so limits hold across restarts.
 */
export async function countAttempt(key: string, limit: number, windowMs: number, now = new Date()): Promise<Attempt> {
  const windowFloor = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  const count = Number(row?.count ?? 1);
  return { allowed: count <= limit, firstRefused: count === limit + 1 };
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
  return ip ? countAttempt(`${action}:ip:${ip}`, limit, windowMs, now) : Promise.resolve({ allowed: true, firstRefused: false });
}
