import { afterAll, describe, expect, it } from "vitest";
import { findProgrammes } from "@/lib/catalogue/queries";
import { catalogueQuery, type CatalogueQuery } from "@/lib/catalogue/schema";
import { indexProgrammes } from "@/lib/search/indexer";
import { makeInstitution, makeProgramme, testDb, uniqueToken } from "../support/factories";

afterAll(() => testDb.$disconnect());

const search = async (q: string, more: Partial<CatalogueQuery> = {}) =>
  (await findProgrammes(catalogueQuery({ q, ...more }))).items.map((p) => p.slug);

describe("full-text search", () => {
  it("ranks title matches above description-only matches, however often the description repeats the term", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const inBody = await makeProgramme(inst.id, { titleZh: `网络课程 ${token}`, bodyZh: "信息安全 安全评估 安全运维 安全审计 安全".repeat(5) });
    const inTitle = await makeProgramme(inst.id, { titleZh: `信息安全实务 ${token}`, publishedAt: new Date(Date.now() - 86_400_000 * 30) });
    expect(await search(`安全 ${token}`)).toEqual([inTitle.slug, inBody.slug]);
  });

  it("finds mixed Chinese and English queries, expert names and words inside longer Chinese words", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id, { kind: "lecture", titleZh: `嵌入式Linux驱动开发 ${token}` });
    const expert = await testDb.expert.create({
      data: { slug: token, nameZh: "欧阳明远", nameEn: "Mingyuan Ouyang", affiliationZh: "x", affiliationEn: "x", country: "CN" },
    });
    await testDb.programmeExpert.create({ data: { programmeId: p.id, expertId: expert.id } });
    await indexProgrammes(testDb, [p.id]);
    expect(await search(`入式 linux ${token}`)).toEqual([p.slug]);
    expect(await search(`驱动 LINUX ${token}`)).toEqual([p.slug]);
    expect(await search(`欧阳明远 ${token}`)).toEqual([p.slug]);
    expect(await search(`ouyang ${token}`)).toEqual([p.slug]);
    // Characters in the wrong order are not the word.
    expect(await search(`式入 ${token}`)).toEqual([]);
    // One character finds words it starts, ends or sits inside.
    expect(await search(`嵌 ${token}`)).toEqual([p.slug]);
    expect(await search(`式 ${token}`)).toEqual([p.slug]);
    expect(await search(`动 ${token}`)).toEqual([p.slug]);
    expect(await search(`鹰 ${token}`)).toEqual([]);
  });

  it("stays current when a programme changes, is hidden, or is deleted", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id, { titleEn: `Kestrel ${token}` });
    expect(await search(`kestrel ${token}`)).toEqual([p.slug]);

    await testDb.programme.update({ where: { id: p.id }, data: { titleEn: `Falcon ${token}` } });
    await indexProgrammes(testDb, [p.id]);
    expect(await search(`kestrel ${token}`)).toEqual([]);
    expect(await search(`falcon ${token}`)).toEqual([p.slug]);

    await testDb.institution.update({ where: { id: inst.id }, data: { status: "suspended" } });
    await indexProgrammes(testDb, [p.id]);
    expect(await search(`falcon ${token}`)).toEqual([]);

    await testDb.programme.delete({ where: { id: p.id } });
    // Its document, text included, goes with it.
    expect(await testDb.searchDocument.count({ where: { programmeId: p.id } })).toBe(0);
  });

  it("combines the search with the kind and area filters and pages through the ranking", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    for (let i = 0; i < 14; i++) await makeProgramme(inst.id, { titleEn: `Orbit ${token} ${i}`, kind: i % 2 ? "training" : "lecture", area: "telecom" });
    const all = await findProgrammes(catalogueQuery({ q: `orbit ${token}`, kind: ["lecture"], area: ["telecom"] }));
    expect(all.total).toBe(7);
    const first = await findProgrammes(catalogueQuery({ q: `orbit ${token}` }));
    const second = await findProgrammes(catalogueQuery({ q: `orbit ${token}`, page: 2 }));
    expect(first.total).toBe(14);
    expect(first.items).toHaveLength(12);
    expect(second.items).toHaveLength(2);
    expect(new Set([...first.items, ...second.items].map((p) => p.id)).size).toBe(14);
  });
});
