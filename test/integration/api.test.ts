import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { GET as listProgrammes } from "@/app/api/v1/programmes/route";
import { GET as getProgramme } from "@/app/api/v1/programmes/[slug]/route";
import { GET as listInstitutions } from "@/app/api/v1/institutions/route";
import { GET as getInstitution } from "@/app/api/v1/institutions/[slug]/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getCalendarFeed } from "@/app/api/v1/calendar/[feed]/route";
import { calendarFeedUrl } from "@/lib/enrollment/calendar-feed";
import { renewCalendarFeed } from "@/lib/enrollment/mutations/drafts";
import { apiErrorSchema, apiInstitutionDetailSchema, apiInstitutionListSchema, apiProgrammeDetailSchema, apiProgrammeListSchema } from "@/lib/api/schema";
import { catalogueQuerySchema } from "@/lib/catalogue/schema";
import { makeInstitution, makeOffering, makeProgramme, testDb, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

describe("GET /api/v1/programmes", () => {
  it("answers items, total, page, pageSize and facets in the documented shape, both languages in each text", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id, { titleZh: `接口测试 ${token}`, titleEn: `API test ${token}`, kind: "lecture" });
    await makeOffering(p.id, { startsIn: 5, closesIn: 3 });
    const response = await listProgrammes(request(`/api/v1/programmes?q=${token}&kind=lecture&kind=training`));
    expect(response.status).toBe(200);
    const body = apiProgrammeListSchema.parse(await response.json());
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ slug: p.slug, kind: "lecture", title: { zh: `接口测试 ${token}`, en: `API test ${token}` }, institution: { slug: inst.slug } });
    expect(body.items[0].nextOffering?.window).toBe("open");
    expect(body.facets.kind).toEqual([{ value: "lecture", count: 1 }]);
    expect(response.headers.get("cache-control")).toContain("s-maxage=60");
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const first = await listProgrammes(request("/api/v1/programmes?kind=degree"));
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    const again = await listProgrammes(request("/api/v1/programmes?kind=degree", { "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("names every bad parameter with a 400, in the caller's language", async () => {
    const response = await listProgrammes(request("/api/v1/programmes?kind=course&page=0&pageSize=500&open=yes&from=2026-13-01", { "accept-language": "en-GB,en" }));
    expect(response.status).toBe(400);
    const body = apiErrorSchema.parse(await response.json());
    expect(body.error.code).toBe("validation");
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(["from", "kind.0", "open", "page", "pageSize"]);
    expect(body.error.fields.every((f) => /[a-z]/i.test(f.message))).toBe(true);
    const zh = apiErrorSchema.parse(await (await listProgrammes(request("/api/v1/programmes?page=900&pageSize=100"))).json());
    expect(zh.error.fields).toEqual([{ path: "page", code: "result_window", message: "page × pageSize 不能超过 10000" }]);
    const zhInvalid = apiErrorSchema.parse(await (await listProgrammes(request("/api/v1/programmes?sort=price"))).json());
    expect(zhInvalid.error.fields[0].message).toMatch(/\p{Script=Han}/u);
  });

  it("never answers 5xx and never writes, whatever the query string (fast-check)", async () => {
    const before = await testDb.programme.count();
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom("", "true", "false", "lecture", "linux", "0", "-1", "1e9", "2026-02-30", "9999-12-31", "%", "_", "\"", "*", "NEAR(", "安全", "嵌入式", "' OR 1=1 --", "\u0000"),
      fc.integer().map(String),
    );
    const key = fc.constantFrom("q", "kind", "area", "level", "institution", "mode", "free", "open", "from", "to", "sort", "page", "pageSize", "other");
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 8 }), async (pairs) => {
        runs++;
        const qs = new URLSearchParams(pairs).toString();
        const response = await listProgrammes(request(`/api/v1/programmes?${qs}`));
        expect([200, 400]).toContain(response.status);
        const body = await response.json();
        if (response.status === 200) apiProgrammeListSchema.parse(body);
        else apiErrorSchema.parse(body);
      }),
      { numRuns: 300 },
    );
    expect(runs).toBe(300);
    expect(await testDb.programme.count()).toBe(before);
  });
});

describe("other endpoints", () => {
  it("answers a programme, an institution and the lists, and 404 in the error shape for unknown slugs", async () => {
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id);
    await makeOffering(p.id, { sessions: 2 });
    const detail = apiProgrammeDetailSchema.parse(await (await getProgramme(request(`/api/v1/programmes/${p.slug}`), params(p.slug))).json());
    expect(detail.offerings[0].sessions).toHaveLength(2);
    const institution = apiInstitutionDetailSchema.parse(await (await getInstitution(request(`/api/v1/institutions/${inst.slug}`), params(inst.slug))).json());
    expect(institution.programmes.map((x) => x.slug)).toContain(p.slug);
    const list = apiInstitutionListSchema.parse(await (await listInstitutions(request("/api/v1/institutions"))).json());
    expect(list.items.some((i) => i.slug === inst.slug)).toBe(true);
    for (const missing of [await getProgramme(request("/x"), params("no-such")), await getInstitution(request("/x"), params("../../etc"))]) {
      expect(missing.status).toBe(404);
      expect(apiErrorSchema.parse(await missing.json()).error.code).toBe("not_found");
    }
  });

  it("publishes an OpenAPI 3.1 document whose parameters are the schema's", async () => {
    const doc = await (await getOpenApi(request("/api/v1/openapi.json"))).json();
    expect(doc.openapi).toBe("3.1.0");
    const names = doc.paths["/programmes"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(Object.keys(catalogueQuerySchema.shape));
    expect(names).toEqual(["q", "kind", "area", "level", "institution", "mode", "free", "open", "from", "to", "sort", "page", "pageSize"]);
    expect(doc.components.schemas.ProgrammeList.properties.facets.properties.kind.type).toBe("array");
  });

  it("documents the calendar feed as it answers (test/unit/openapi-routes.test.ts checks that every route is listed)", async () => {
    const doc = await (await getOpenApi(request("/api/v1/openapi.json"))).json();
    const feed = doc.paths["/calendar/{feed}"].get;
    const person = await makeUser();
    const name = calendarFeedUrl(person.id, await renewCalendarFeed(await actorOf(person.id))).split("/").at(-1)!;
    expect(name).toMatch(new RegExp(feed.parameters[0].schema.pattern));
    const answer = (feedName: string) => getCalendarFeed(request(`/api/v1/calendar/${feedName}`), { params: Promise.resolve({ feed: feedName }) });
    const found = await answer(name);
    expect(found.status).toBe(200);
    expect(found.headers.get("content-type")).toMatch(new RegExp(`^${Object.keys(feed.responses["200"].content)[0]}`));
    for (const wrong of [name.replace(/\.\d+\./, ".9."), "not-a-feed.ics"]) {
      const missing = await answer(wrong);
      expect(missing.status).toBe(404);
      expect(feed.responses).toHaveProperty("404");
      expect(apiErrorSchema.parse(await missing.json()).error.code).toBe("not_found");
    }
  });
});
