import { describe, expect, it } from "vitest";
import { catalogueQuery, catalogueQuerySchema, catalogueSearchParams, effectiveSort, parseCatalogueQueryLenient } from "@/lib/catalogue/schema";

describe("catalogueQuerySchema (strict, for the API)", () => {
  it("accepts repeated facet values and coerces the page", () => {
    const parsed = catalogueQuerySchema.parse({ kind: ["training", "lecture"], area: "linux", page: "3", q: "  嵌入式 ", free: ["true", "false"], open: "true", from: "2026-12-01" });
    expect(parsed).toEqual(catalogueQuery({ kind: ["training", "lecture"], area: ["linux"], page: 3, q: "嵌入式", free: [true, false], open: true, from: "2026-12-01" }));
  });

  it("names each bad field", () => {
    const result = catalogueQuerySchema.safeParse({ kind: ["course"], page: "0", area: "space" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["kind", "page", "area"]));
  });

  it("refuses pages beyond the 10,000-result window and page sizes over 100", () => {
    expect(catalogueQuerySchema.safeParse({ page: "833" }).success).toBe(true);
    expect(catalogueQuerySchema.safeParse({ page: "834" }).success).toBe(false);
    expect(catalogueQuerySchema.safeParse({ page: "100", pageSize: "100" }).success).toBe(true);
    expect(catalogueQuerySchema.safeParse({ page: "101", pageSize: "100" }).success).toBe(false);
    expect(catalogueQuerySchema.safeParse({ pageSize: "101" }).success).toBe(false);
  });

  it("refuses impossible dates, a range that ends before it starts, and unknown sorts", () => {
    const paths = (input: object) => catalogueQuerySchema.safeParse(input).error?.issues.map((i) => i.path[0]);
    expect(paths({ from: "2026-02-30" })).toEqual(["from"]);
    expect(paths({ from: "2026-12-10", to: "2026-12-01" })).toEqual(["to"]);
    expect(paths({ sort: "price" })).toEqual(["sort"]);
    expect(paths({ open: "yes", free: "maybe" })).toEqual(expect.arrayContaining(["open", "free"]));
    expect(paths({ institution: "Bad Slug!" })).toEqual(["institution"]);
  });
});

describe("parseCatalogueQueryLenient (for pages)", () => {
  it("drops unknown codes one by one and keeps the valid ones, without duplicates", () => {
    const q = parseCatalogueQueryLenient({ kind: ["training", "bogus", "training"], area: ["linux", "<script>"] });
    expect(q.kind).toEqual(["training"]);
    expect(q.area).toEqual(["linux"]);
  });

  it("falls back to page 1 on a bad page and trims an over-long query", () => {
    const q = parseCatalogueQueryLenient({ page: "-4", q: "x".repeat(300) });
    expect(q.page).toBe(1);
    expect(q.q).toHaveLength(100);
  });

  it("takes the first value when a single-valued parameter repeats", () => {
    expect(parseCatalogueQueryLenient({ q: ["安全", "通信"], page: ["2", "5"] })).toMatchObject({ q: "安全", page: 2 });
  });
});

describe("catalogueSearchParams", () => {
  it("omits defaults and round-trips through the parser", () => {
    const query = catalogueQuery({
      q: "Linux 培训", kind: ["training"], area: ["linux", "security"], level: ["mid"], institution: ["cq-centre"],
      mode: ["online"], free: [true], open: true, from: "2026-12-01", to: "2027-01-31", sort: "soonest", page: 2,
    });
    const params = catalogueSearchParams(query);
    expect(params.toString()).toBe(
      "q=Linux+%E5%9F%B9%E8%AE%AD&kind=training&area=linux&area=security&level=mid&institution=cq-centre&mode=online&free=true&open=true&from=2026-12-01&to=2027-01-31&sort=soonest&page=2",
    );
    const raw: Record<string, string[]> = {};
    for (const [k, v] of params) (raw[k] ??= []).push(v);
    expect(parseCatalogueQueryLenient(raw)).toEqual(query);
    expect(catalogueSearchParams(catalogueQuery()).toString()).toBe("");
  });
});

describe("effectiveSort", () => {
  it("is relevance for a search and newest otherwise, and relevance without a search falls back to newest", () => {
    expect(effectiveSort({ q: "x" })).toBe("relevance");
    expect(effectiveSort({ q: "" })).toBe("newest");
    expect(effectiveSort({ q: "", sort: "relevance" })).toBe("newest");
    expect(effectiveSort({ q: "x", sort: "soonest" })).toBe("soonest");
  });
});
