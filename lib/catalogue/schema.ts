import { z } from "zod";
import { AREAS, PROGRAMME_KINDS } from "./codes";

export const CATALOGUE_PAGE_SIZE = 12;
/** DECISIONS.md: page * pageSize at most 10,000. */
export const MAX_RESULT_WINDOW = 10_000;

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(20));

/** The catalogue's filters, as they appear in the URL (`?kind=training&kind=lecture&area=linux&q=...&page=2`). */
export const catalogueQuerySchema = z.object({
  q: z.string().trim().max(100).default(""),
  kind: oneOrMany(z.enum(PROGRAMME_KINDS)),
  area: oneOrMany(z.enum(AREAS)),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .max(Math.floor(MAX_RESULT_WINDOW / CATALOGUE_PAGE_SIZE))
    .default(1),
});

export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>;
type RawParams = Record<string, string | string[] | undefined>;

/**
 * For the HTML pages: a hand-edited or stale URL should still show a page, so each parameter
 * that fails validation falls back to its default (unknown codes are dropped one by one) instead
 * of producing an error page. The JSON API validates strictly with the same schema.
 */
export function parseCatalogueQueryLenient(params: RawParams): CatalogueQuery {
  const shape = catalogueQuerySchema.shape;
  const values = (key: "kind" | "area") => {
    const raw = params[key];
    const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
    const item = key === "kind" ? z.enum(PROGRAMME_KINDS) : z.enum(AREAS);
    return [...new Set(list.flatMap((v) => (item.safeParse(v).success ? [v] : [])))];
  };
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const q = shape.q.safeParse(first(params.q));
  const page = shape.page.safeParse(first(params.page));
  return {
    q: q.success ? q.data : (first(params.q) ?? "").trim().slice(0, 100),
    kind: values("kind") as CatalogueQuery["kind"],
    area: values("area") as CatalogueQuery["area"],
    page: page.success ? page.data : 1,
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
