import { z } from "zod";
import { AREAS, PROGRAMME_KINDS } from "./codes";

export const CATALOGUE_PAGE_SIZE = 12;
/** DECISIONS.md: page * pageSize at most 10,000. */
export const MAX_RESULT_WINDOW = 10_000;
export const MAX_PAGE = Math.floor(MAX_RESULT_WINDOW / CATALOGUE_PAGE_SIZE);

export const programmeKindSchema = z.enum(PROGRAMME_KINDS);
export const areaSchema = z.enum(AREAS);

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20));

/** The catalogue's filters, as they appear in the URL (`?kind=training&kind=lecture&area=linux&q=...&page=2`). */
export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(100).default(""),
  kind: oneOrMany(programmeKindSchema),
  area: oneOrMany(areaSchema),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
});

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
type RawParams = Record<string, string | string[] | undefined>;

/**
 * For the HTML pages: a hand-edited or stale URL should still show a page, so each parameter
 * that fails validation falls back to its default (unknown codes are dropped one by one) instead
 * of producing an error page. The JSON API validates strictly with the same schema.
 */
export function parseCatalogueQueryLenient(params: RawParams): CatalogueQuery {
  const list = (raw: string | string[] | undefined) => (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]);
  const valid = <T extends string>(schema: z.ZodType<T>, raw: string | string[] | undefined) =>
    [...new Set(list(raw).flatMap((v) => (schema.safeParse(v).success ? [v as T] : [])))];
  const first = (v: string | string[] | undefined) => list(v)[0];
  const q = catalogueQuerySchema.shape.q.safeParse(first(params.q));
  // A page beyond the last allowed one goes to the last allowed one, not back to the first.
  const page = z.coerce.number().int().min(1).safeParse(first(params.page));
  return {
    q: q.success ? q.data : (first(params.q) ?? "").trim().slice(0, 100),
    kind: valid(programmeKindSchema, params.kind),
    area: valid(areaSchema, params.area),
    page: page.success ? Math.min(page.data, MAX_PAGE) : 1,
  };
}

/** The query string for a catalogue URL, omitting defaults, in a stable order. */
export function catalogueSearchParams(query: Partial<CatalogueQuery>): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const kind of query.kind ?? []) params.append("kind", kind);
  for (const area of query.area ?? []) params.append("area", area);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  return params;
}
