import "server-only";
import { db } from "../db";

/**
 * Takes or renews the lease on a job group for `holder` until now + ttl; true if this holder has
 * it. One statement, so two processes cannot both win; an expired lease passes to whoever asks.
 */
export async function acquireLease(name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const rows = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "SchedulerLease" ("name", "holder", "expiresAt") VALUES (${name}, ${holder}, ${new Date(now.getTime() + ttlMs)})
    ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "expiresAt" = excluded."expiresAt"
    WHERE "SchedulerLease"."holder" = excluded."holder" OR "SchedulerLease"."expiresAt" <= ${now}
    RETURNING "holder"`;
  return rows[0]?.holder === holder;
}
