import { describe, expect, it } from "vitest";
import { catalogueQuerySchema, catalogueSearchParams, parseCatalogueQueryLenient } from "@/lib/catalogue/schema";

describe("catalogueQuerySchema (strict, for the API)", () => {
  it("accepts repeated facet values and coerces the page", () => {
    const parsed = catalogueQuerySchema.parse({ kind: ["training", "lecture"], area: "linux", page: "3", q: "  嵌入式 " });
    expect(parsed).toEqual({ kind: ["training", "lecture"], area: ["linux"], page: 3, q: "嵌入式" });
  });

  it("names each bad field", () => {
    const result = catalogueQuerySchema.safeParse({ kind: ["course"], page: "0", area: "space" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["kind", "page", "area"]));
  });

  it("refuses pages beyond the 10,000-result window", () => {
    expect(catalogueQuerySchema.safeParse({ page: "833" }).success).toBe(true);
    expect(catalogueQuerySchema.safeParse({ page: "834" }).success).toBe(false);
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
    const query = { q: "Linux 培训", kind: ["training" as const], area: ["linux" as const, "security" as const], page: 2 };
    const params = catalogueSearchParams(query);
    expect(params.toString()).toBe("q=Linux+%E5%9F%B9%E8%AE%AD&kind=training&area=linux&area=security&page=2");
    const back = parseCatalogueQueryLenient({ q: params.get("q")!, kind: params.getAll("kind"), area: params.getAll("area"), page: params.get("page")! });
    expect(back).toEqual(query);
    expect(catalogueSearchParams({ page: 1, kind: [], area: [], q: "" }).toString()).toBe("");
  });
});
