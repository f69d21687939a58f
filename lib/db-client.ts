// The one place that knows which database driver is in use (PostgreSQL through node-postgres);
// scripts and tests that run outside Next.js create their client here too.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

/**
 * A client with its own pool of `poolSize` connections. Interactive transactions wait up to 10 s
 * for a pooled connection: with Prisma's 2 s default, a burst of 400 transactions over a pool of
 * 10 failed 331 times with P2028 while they queued (STACK.md); the pool, not the wait, bounds load.
 */
export function createPrismaClient(url: string = env.DATABASE_URL, poolSize = env.DATABASE_POOL_SIZE) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: poolSize }),
    transactionOptions: { maxWait: 10_000, timeout: 15_000 },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/**
 * After bulk loads: table statistics for the query planner (it picks better facet-count plans),
 * and the visibility map that lets counts read the covering index alone (index-only scans).
 */
export async function analyze(client: Db) {
  await client.$executeRawUnsafe("VACUUM (ANALYZE)");
}
