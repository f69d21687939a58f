import "server-only";
import { db } from "../db";

/**
 * Counts one attempt against `key` in a fixed window and says whether it is within `limit`.
 * One atomic statement (insert, or reset the window, or add one), so concurrent attempts are all
 * counted; kept in the database so limits hold across restarts.
 */
export async function countAttempt(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const windowFloor = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowFloor} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  return Number(row?.count ?? 1) <= limit;
}

/** Forgets the attempts against `key` (after a successful sign-in, the account's failures no longer count). */
export async function clearAttempts(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
