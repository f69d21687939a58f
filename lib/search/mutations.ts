import "server-only";
import { db } from "../db";
import { indexProgrammes } from "./indexer";

/**
 * Re-indexes documents whose time-dependent fields changed since they were written (refreshAt has
 * passed). The scheduler runs it every tick; the check is one indexed range query. Inside a
 * transaction so two processes refreshing the same document cannot interleave.
 */
export async function refreshStaleSearchDocuments(now = new Date()): Promise<number> {
  const stale = await db.searchDocument.findMany({
    where: { refreshAt: { lte: now } },
    select: { programmeId: true },
    take: 500,
  });
  if (!stale.length) return 0;
  return db.$transaction((tx) => indexProgrammes(tx, stale.map((s) => s.programmeId), now));
}

/** Indexes programmes that have no search document yet (after a migration that cleared them). */
export async function indexMissingSearchDocuments(): Promise<number> {
  const missing = await db.programme.findMany({ where: { searchDocument: null }, select: { id: true } });
  if (!missing.length) return 0;
  return db.$transaction((tx) => indexProgrammes(tx, missing.map((m) => m.id)), { timeout: 600_000 });
}
