// The one place that knows which database driver is in use (SQLite through libSQL today);
// scripts and tests that run outside Next.js create their client here too.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export function createPrismaClient(url: string = env.DATABASE_URL) {
  return new PrismaClient({ adapter: new PrismaLibSQL({ url }) });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** WAL lets readers run while one writer commits; the setting is stored in the file and lasts. */
export async function enableWal(client: Db) {
  await client.$queryRawUnsafe("PRAGMA journal_mode=WAL");
}

/** Table statistics for the query planner; run after bulk loads (it picks better facet-count plans). */
export async function analyze(client: Db) {
  await client.$executeRawUnsafe("ANALYZE");
}
