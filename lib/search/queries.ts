import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { DEFAULT_TIME_ZONE, DAY_MS, zonedDateTime } from "../dates";
import { effectiveSort, type CatalogueQuery } from "../catalogue/schema";
import { searchQuery } from "./tokenize";
import { cachedSearch } from "./cache";

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

type Value = string | boolean;
type Match = { all: string; title: string };

/** The selected values of each facet, as SQL values. */
function selections(query: CatalogueQuery): Record<Facet, Value[]> {
  return {
    kind: query.kind,
    area: query.area,
    level: query.level,
    institution: query.institution,
    mode: query.mode,
    free: query.free,
    open: query.open === undefined ? [] : [query.open],
  };
}

const inList = (facet: Facet, values: Value[]) => Prisma.sql`${COLUMN[facet]} IN (${Prisma.join(values)})`;

/** Midnight at the start of a YYYY-MM-DD date in the city's zone. */
function startOfDay(date: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  return zonedDateTime([y, m - 1, d], 0, "00:00", DEFAULT_TIME_ZONE);
}

/** The search index's version, and whether some document's time-dependent fields are stale at `now`. */
export async function searchIndexState(now: Date): Promise<{ version: number; stale: boolean }> {
  const [row] = await db.$queryRaw<{ version: number; stale: boolean }[]>`
    SELECT (SELECT "version" FROM "SearchIndexState" WHERE "id" = 1) AS "version",
      EXISTS (SELECT 1 FROM "SearchDocument" WHERE "refreshAt" <= ${now}) AS "stale"`;
  return { version: Number(row?.version ?? 0), stale: row?.stale === true };
}

/**
 * One page of public programmes for a catalogue query, the total, and every facet's counts (each
 * facet counted with all the other selections applied but not its own, DECISIONS.md). With a
 * search, "relevance" puts title matches first, then ts_rank (title 1, summary 0.4, names 0.2,
 * description 0.1). Answers are cached under the index `version` (searchIndexState), so they are
 * exact; paging and re-sorting reuse the counts. A GIN index over the tsvector finds the matches;
 * plain indexed columns do the rest.
 */
export async function queryCatalogue(query: CatalogueQuery, version: number) {
  const match = query.q ? searchQuery(query.q) : null;
  if (query.q && !match) return { ids: [] as string[], total: 0, facets: emptyFacets() };

  const selected = selections(query);
  const filterKey = JSON.stringify([match, query.from, query.to, selected]);
  const sort = effectiveSort({ q: match ? query.q : "", sort: query.sort });
  const [ids, counts] = await Promise.all([
    cachedSearch(version, `page:${filterKey}:${sort}:${query.page}:${query.pageSize}`, () => pageIds(query, match, selected, sort)),
    cachedSearch(version, `counts:${filterKey}`, () => (match ? countMatches(query, match, selected) : countAll(query, selected))),
  ]);
  return { ids, ...counts };
}

const emptyFacets = () => Object.fromEntries(FACETS.map((f) => [f, []])) as unknown as FacetCounts;

/** The conditions every row must meet apart from facet selections: public, the text, the date range. */
function baseConditions(query: CatalogueQuery, match: Match | null) {
  const base = [Prisma.sql`d."public"`];
  if (match) base.push(Prisma.sql`d."text" @@ ${match.all}::tsquery`);
  if (query.from) base.push(Prisma.sql`d."nextStartsAt" >= ${startOfDay(query.from)}`);
  if (query.to) base.push(Prisma.sql`d."nextStartsAt" < ${new Date(startOfDay(query.to).getTime() + DAY_MS)}`);
  return base;
}

const facetFilters = (selected: Record<Facet, Value[]>, except?: Facet) =>
  FACETS.filter((f) => f !== except && selected[f].length).map((f) => inList(f, selected[f]));

/** ts_rank's weights for D, C, B, A: description, names, summary, title. */
const RANK_WEIGHTS = "{0.1, 0.2, 0.4, 1.0}";

async function pageIds(query: CatalogueQuery, match: Match | null, selected: Record<Facet, Value[]>, sort: string) {
  const where = Prisma.join([...baseConditions(query, match), ...facetFilters(selected)], " AND ");
  const order = {
    relevance: match
      ? Prisma.sql`(d."text" @@ ${match.title}::tsquery) DESC, ts_rank(${RANK_WEIGHTS}::float4[], d."text", ${match.all}::tsquery) DESC, d."publishedAt" DESC NULLS LAST`
      : Prisma.sql`d."publishedAt" DESC NULLS LAST`,
    soonest: Prisma.sql`d."nextStartsAt" ASC NULLS LAST`,
    closing: Prisma.sql`d."nextClosesAt" ASC NULLS LAST`,
    newest: Prisma.sql`d."publishedAt" DESC NULLS LAST`,
  }[sort]!;
  const rows = await db.$queryRaw<{ programmeId: string }[]>`
    SELECT d."programmeId" FROM "SearchDocument" d WHERE ${where}
    ORDER BY ${order}, d."id" LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  return rows.map((r) => r.programmeId);
}

type CountRow = { facet: Facet | "total"; value: string | null; n: number | bigint };
const facetName = (f: Facet | "total") => Prisma.raw(`'${f}'::text`);

/**
 * Without a text search: one GROUP BY per facet, each with the other facets' selections, all in
 * one statement. Each branch reads only the covering index on the facet columns.
 */
async function countAll(query: CatalogueQuery, selected: Record<Facet, Value[]>) {
  const base = baseConditions(query, null);
  const branch = (f: Facet) => Prisma.sql`(SELECT ${facetName(f)} AS "facet", CAST(${COLUMN[f]} AS TEXT) AS "value", COUNT(*) AS "n"
    FROM "SearchDocument" d WHERE ${Prisma.join([...base, ...facetFilters(selected, f)], " AND ")} GROUP BY ${COLUMN[f]})`;
  const total = Prisma.sql`(SELECT ${facetName("total")}, NULL, COUNT(*) FROM "SearchDocument" d WHERE ${Prisma.join([...base, ...facetFilters(selected)], " AND ")})`;
  return collect(await db.$queryRaw<CountRow[]>`${Prisma.join([...FACETS.map(branch), total], " UNION ALL ")}`);
}

/**
 * With a text search: one pass over the matching rows, with a flag per facet saying whether the
 * row passes that facet's selection; each facet counts the rows that pass all the other flags.
 */
async function countMatches(query: CatalogueQuery, match: Match, selected: Record<Facet, Value[]>) {
  const active = FACETS.filter((f) => selected[f].length);
  const flags = FACETS.map((f) => (selected[f].length ? Prisma.sql`(${inList(f, selected[f])}) AS "ok_${Prisma.raw(f)}"` : Prisma.sql`true AS "ok_${Prisma.raw(f)}"`));
  const passAll = (except?: Facet) => Prisma.join(FACETS.filter((o) => o !== except).map((o) => Prisma.raw(`"ok_${o}"`)), " AND ");
  const branch = (f: Facet) => Prisma.sql`SELECT ${facetName(f)} AS "facet", CAST("v_${Prisma.raw(f)}" AS TEXT) AS "value", COUNT(*) AS "n" FROM m
    WHERE ${passAll(f)} GROUP BY "v_${Prisma.raw(f)}"`;
  const values = FACETS.map((f) => Prisma.sql`${COLUMN[f]} AS "v_${Prisma.raw(f)}"`);
  // A row that fails two selections counts nowhere, so only rows failing at most one are kept
  // (with kind and area selected, about a third of a common term's matches).
  const atMostOneMiss = active.length > 1
    ? [Prisma.sql`(${Prisma.join(active.map((f) => Prisma.sql`(${inList(f, selected[f])})::int`), " + ")}) >= ${active.length - 1}`]
    : [];
  return collect(await db.$queryRaw<CountRow[]>`
    WITH m AS MATERIALIZED (SELECT ${Prisma.join(values)}, ${Prisma.join(flags)} FROM "SearchDocument" d
      WHERE ${Prisma.join([...baseConditions(query, match), ...atMostOneMiss], " AND ")})
    ${Prisma.join([...FACETS.map(branch), Prisma.sql`SELECT ${facetName("total")}, NULL, COUNT(*) FROM m WHERE ${passAll()}`], " UNION ALL ")}`);
}

function collect(rows: CountRow[]) {
  const facets = Object.fromEntries(FACETS.map((f) => [f, [] as { value: string; count: number }[]])) as FacetCounts;
  let total = 0;
  for (const row of rows) {
    if (row.facet === "total") total = Number(row.n);
    else if (row.value === null) continue; // programmes without a level
    else facets[row.facet].push({ value: row.value, count: Number(row.n) });
  }
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return { total, facets };
}
