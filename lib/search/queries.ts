import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { DEFAULT_TIME_ZONE, DAY_MS, zonedDateTime } from "../dates";
import { effectiveSort, type CatalogueQuery } from "../catalogue/schema";
import { ftsQuery } from "./tokenize";

export const FACETS = ["kind", "area", "level", "institution", "mode", "free", "open"] as const;
export type Facet = (typeof FACETS)[number];
export type FacetCounts = Record<Facet, { value: string; count: number }[]>;

const COLUMN: Record<Facet, Prisma.Sql> = {
  kind: Prisma.sql`d."kind"`,
  area: Prisma.sql`d."area"`,
  level: Prisma.sql`d."level"`,
  institution: Prisma.sql`d."institutionSlug"`,
  mode: Prisma.sql`d."mode"`,
  free: Prisma.sql`d."free"`,
  open: Prisma.sql`d."openNow"`,
};

/** The selected values of each facet, as SQL values (booleans as 0/1, as SQLite stores them). */
function selections(query: CatalogueQuery): Record<Facet, (string | number)[]> {
  return {
    kind: query.kind,
    area: query.area,
    level: query.level,
    institution: query.institution,
    mode: query.mode,
    free: query.free.map(Number),
    open: query.open === undefined ? [] : [Number(query.open)],
  };
}

const inList = (facet: Facet, values: (string | number)[]) => Prisma.sql`${COLUMN[facet]} IN (${Prisma.join(values)})`;

/** A time as Prisma stores DateTime in SQLite (ISO text with "+00:00"), so text comparison orders it. */
const sqlTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/** Midnight at the start of a YYYY-MM-DD date in the city's zone. */
function startOfDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return zonedDateTime([y, m - 1, d], 0, "00:00", DEFAULT_TIME_ZONE);
}

/**
 * One page of public programmes for a catalogue query, the total, and every facet's counts (each
 * facet counted with all the other selections applied but not its own, DECISIONS.md). With a
 * search, "relevance" puts title matches first, then BM25 (title 10, summary 4, names 2,
 * description 1). SQLite FTS5 and plain indexed columns; the PostgreSQL path would swap this module.
 */
export async function queryCatalogue(query: CatalogueQuery) {
  const match = query.q ? ftsQuery(query.q) : null;
  const empty = { ids: [] as string[], total: 0, facets: Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts };
  if (query.q && !match) return empty;

  // CROSS JOIN makes SQLite drive the join from the full-text match; with a plain JOIN it may scan
  // the documents and test MATCH row by row (1,580 ms instead of 5.6 ms at 100,000 programmes).
  const from = match
    ? Prisma.sql`programme_search CROSS JOIN "SearchDocument" d ON d."id" = programme_search.rowid`
    : Prisma.sql`"SearchDocument" d`;
  const base = [Prisma.sql`d."public" = 1`];
  if (match) base.push(Prisma.sql`programme_search MATCH ${match}`);
  if (query.from) base.push(Prisma.sql`d."nextStartsAt" >= ${sqlTime(startOfDay(query.from))}`);
  if (query.to) base.push(Prisma.sql`d."nextStartsAt" < ${sqlTime(new Date(startOfDay(query.to).getTime() + DAY_MS))}`);

  const selected = selections(query);
  const facetFilters = FACETS.filter((f) => selected[f].length).map((f) => inList(f, selected[f]));
  const where = Prisma.join([...base, ...facetFilters], " AND ");

  const sort = effectiveSort({ q: match ? query.q : "", sort: query.sort });
  const order = {
    relevance: Prisma.sql`(d."id" IN (SELECT rowid FROM programme_search WHERE programme_search MATCH ${`title : (${match})`})) DESC, bm25(programme_search, 10.0, 4.0, 1.0, 2.0), d."publishedAt" DESC`,
    soonest: Prisma.sql`d."nextStartsAt" IS NULL, d."nextStartsAt" ASC`,
    closing: Prisma.sql`d."nextClosesAt" IS NULL, d."nextClosesAt" ASC`,
    newest: Prisma.sql`d."publishedAt" DESC`,
  }[sort];

  // Each facet's counts ignore that facet's own selection: one pass over the rows that match
  // everything else, with a flag per facet saying whether the row passes that facet's selection.
  const flags = FACETS.map((f) => (selected[f].length ? Prisma.sql`(${inList(f, selected[f])}) AS "ok_${Prisma.raw(f)}"` : Prisma.sql`1 AS "ok_${Prisma.raw(f)}"`));
  const countsFor = (f: Facet) => {
    const others = FACETS.filter((o) => o !== f).map((o) => Prisma.raw(`"ok_${o}"`));
    return Prisma.sql`SELECT ${f} AS "facet", CAST("v_${Prisma.raw(f)}" AS TEXT) AS "value", COUNT(*) AS "n" FROM m
      WHERE ${Prisma.join(others, " AND ")} GROUP BY "v_${Prisma.raw(f)}"`;
  };
  const values = FACETS.map((f) => Prisma.sql`${COLUMN[f]} AS "v_${Prisma.raw(f)}"`);

  const [rows, counts, facetRows] = await Promise.all([
    db.$queryRaw<{ programmeId: string }[]>`
      SELECT d."programmeId" FROM ${from} WHERE ${where}
      ORDER BY ${order}, d."id" LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<{ total: number | bigint }[]>`SELECT COUNT(*) AS "total" FROM ${from} WHERE ${where}`,
    db.$queryRaw<{ facet: Facet; value: string | null; n: number | bigint }[]>`
      WITH m AS MATERIALIZED (SELECT ${Prisma.join(values)}, ${Prisma.join(flags)} FROM ${from} WHERE ${Prisma.join(base, " AND ")})
      ${Prisma.join(FACETS.map(countsFor), " UNION ALL ")}`,
  ]);

  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as FacetCounts;
  for (const row of facetRows) {
    if (row.value === null) continue; // programmes without a level
    const value = row.facet === "free" || row.facet === "open" ? String(row.value === "1") : row.value;
    facets[row.facet].push({ value, count: Number(row.n) });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { ids: rows.map((r) => r.programmeId), total: Number(counts[0]?.total ?? 0), facets };
}
