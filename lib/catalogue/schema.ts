import { z } from "../zod";
import { AREAS, LEVELS, MODES, PROGRAMME_KINDS } from "./codes";

export const CATALOGUE_PAGE_SIZE = 12;
/** DECISIONS.md: page * pageSize at most 10,000; pageSize at most 100. */
export const MAX_RESULT_WINDOW = 10_000;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = Math.floor(MAX_RESULT_WINDOW / CATALOGUE_PAGE_SIZE);

export const SORTS = ["relevance", "soonest", "closing", "newest"] as const;
export type Sort = (typeof SORTS)[number];

export const programmeKindSchema = z.enum(PROGRAMME_KINDS);
export const areaSchema = z.enum(AREAS);
export const levelSchema = z.enum(LEVELS);
export const modeSchema = z.enum(MODES);
export const institutionSlugSchema = z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/);
const booleanParam = z.enum(["true", "false"]).transform((v) => v === "true");
/** A calendar date, read in Asia/Shanghai (DECISIONS.md: dates in the API are read in the offering's zone). */
export const dateParam = z.iso.date();

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(50));
const single = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v), schema);

/**
 * The catalogue's query, as it appears in page URLs and in GET /api/v1/programmes. Facet values
 * may repeat (OR within a facet, AND across facets).
 */
export const catalogueQuerySchema = z
  .object({
    q: single(z.string().trim().max(100)).default(""),
    kind: oneOrMany(programmeKindSchema),
    area: oneOrMany(areaSchema),
    level: oneOrMany(levelSchema),
    institution: oneOrMany(institutionSlugSchema),
    mode: oneOrMany(modeSchema),
    free: oneOrMany(booleanParam),
    open: single(booleanParam.optional()),
    from: single(dateParam.optional()),
    to: single(dateParam.optional()),
    sort: single(z.enum(SORTS).optional()),
    page: single(z.coerce.number().int().min(1)).default(1),
    pageSize: single(z.coerce.number().int().min(1).max(MAX_PAGE_SIZE)).default(CATALOGUE_PAGE_SIZE),
  })
  // Messages are keys, translated by lib/api/errors.ts.
  .refine((v) => v.page * v.pageSize <= MAX_RESULT_WINDOW, { path: ["page"], message: "result_window" })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "range_order" });

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
type RawParams = Record<string, string | string[] | undefined>;

/** A query with every default, plus what is given. */
export function catalogueQuery(values: Partial<CatalogueQuery> = {}): CatalogueQuery {
  return { ...catalogueQuerySchema.parse({}), ...values };
}

/** Sorting when none is asked for: by relevance for a search, newest first otherwise. */
export function effectiveSort(query: Pick<CatalogueQuery, "q" | "sort">): Sort {
  if (query.sort && !(query.sort === "relevance" && !query.q)) return query.sort;
  return query.q ? "relevance" : "newest";
}

/**
 * For the HTML pages: a hand-edited or stale URL should still show a page, so each parameter
 * that fails validation falls back to its default (unknown codes are dropped one by one) instead
 * of producing an error page. The JSON API validates strictly with the same schema.
 */
export function parseCatalogueQueryLenient(params: RawParams): CatalogueQuery {
  const shape = catalogueQuerySchema.shape;
  const list = (raw: string | string[] | undefined) => (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  const valid = <T>(item: z.ZodType<T>, raw: string | string[] | undefined) => {
    const out: T[] = [];
    for (const v of list(raw)) {
      const parsed = item.safeParse(v);
      if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
    }
    return out.slice(0, 50);
  };
  const one = <T>(schema: z.ZodType<T>, raw: string | string[] | undefined, fallback: T): T => {
    const parsed = schema.safeParse(list(raw)[0]);
    return parsed.success ? parsed.data : fallback;
  };
  let from = one(dateParam.optional(), params.from, undefined);
  let to = one(dateParam.optional(), params.to, undefined);
  if (from && to && from > to) [from, to] = [to, from];
  const page = one(z.coerce.number().int().min(1), params.page, 1);
  return {
    q: one(shape.q, params.q, "") || (list(params.q)[0] ?? "").trim().slice(0, 100),
    kind: valid(programmeKindSchema, params.kind),
    area: valid(areaSchema, params.area),
    level: valid(levelSchema, params.level),
    institution: valid(institutionSlugSchema, params.institution),
    mode: valid(modeSchema, params.mode),
    free: valid(booleanParam, params.free),
    open: one(booleanParam.optional(), params.open, undefined),
    from,
    to,
    sort: one(z.enum(SORTS).optional(), params.sort, undefined),
    // A page beyond the last allowed one goes to the last allowed one, not back to the first.
    page: Math.min(page, MAX_PAGE),
    pageSize: CATALOGUE_PAGE_SIZE,
  };
}

/** The query string for a catalogue page URL, omitting defaults, in a stable order. */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["kind", "area", "level", "institution", "mode"] as const) {
    for (const value of query[key] ?? []) params.append(key, value);
  }
  for (const value of query.free ?? []) params.append("free", String(value));
  if (query.open !== undefined) params.set("open", String(query.open));
  if (query.from) params.set("from", query.from);
  if (query.to) params.set("to", query.to);
  if (query.sort) params.set("sort", query.sort);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== CATALOGUE_PAGE_SIZE) params.set("pageSize", String(query.pageSize));
  return params;
}
