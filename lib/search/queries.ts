import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { ftsQuery } from "./tokenize";

export interface TextSearch {
  q: string;
  kind: string[];
  area: string[];
  page: number;
  pageSize: number;
}

/**
 * Public programmes matching a text search and the filters, best first: programmes whose title
 * matches come before those that match only elsewhere, then by BM25 (title weighed 10, summary 4,
 * names 2, description 1), then newest. Returns one page of ids and the total.
 * SQLite FTS5; the PostgreSQL path would swap this module.
 */
export async function searchProgrammeIds(search: TextSearch): Promise<{ ids: string[]; total: number }> {
  const match = ftsQuery(search.q);
  if (!match) return { ids: [], total: 0 };
  const filters = [Prisma.sql`d."public" = 1`];
  if (search.kind.length) filters.push(Prisma.sql`d."kind" IN (${Prisma.join(search.kind)})`);
  if (search.area.length) filters.push(Prisma.sql`d."area" IN (${Prisma.join(search.area)})`);
  const where = Prisma.sql`programme_search MATCH ${match} AND ${Prisma.join(filters, " AND ")}`;
  const titleMatch = `title : (${match})`;
  const [rows, counts] = await Promise.all([
    db.$queryRaw<{ programmeId: string }[]>`
      SELECT d."programmeId" FROM programme_search JOIN "SearchDocument" d ON d."id" = programme_search.rowid
      WHERE ${where}
      ORDER BY (d."id" IN (SELECT rowid FROM programme_search WHERE programme_search MATCH ${titleMatch})) DESC,
               bm25(programme_search, 10.0, 4.0, 1.0, 2.0), d."publishedAt" DESC, d."id"
      LIMIT ${search.pageSize} OFFSET ${(search.page - 1) * search.pageSize}`,
    db.$queryRaw<{ total: number | bigint }[]>`
      SELECT COUNT(*) AS total FROM programme_search JOIN "SearchDocument" d ON d."id" = programme_search.rowid
      WHERE ${where}`,
  ]);
  return { ids: rows.map((r) => r.programmeId), total: Number(counts[0]?.total ?? 0) };
}
