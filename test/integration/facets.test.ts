import { afterAll, describe, expect, it } from "vitest";
import { findProgrammes } from "@/lib/catalogue/queries";
import { refreshStaleSearchDocuments } from "@/lib/search/mutations";
import { catalogueQuery, type CatalogueQuery } from "@/lib/catalogue/schema";
import { indexProgrammes } from "@/lib/search/indexer";
import { days, makeInstitution, makeOffering, makeProgramme, testDb, uniqueToken } from "../support/factories";

afterAll(() => testDb.$disconnect());

const counts = (list: { value: string; count: number }[]) => Object.fromEntries(list.map((e) => [e.value, e.count]));

async function fixture() {
  const token = uniqueToken();
  const a = await makeInstitution();
  const b = await makeInstitution();
  const mk = (inst: string, o: Parameters<typeof makeProgramme>[1]) => makeProgramme(inst, { titleEn: `Facet ${token}`, ...o });
  const p = {
    lectureLinuxFree: await mk(a.id, { kind: "lecture", area: "linux", feeYuan: 0, level: "senior" }),
    lectureSecurityPaid: await mk(a.id, { kind: "lecture", area: "security", feeYuan: 300, level: "mid" }),
    trainingLinuxPaid: await mk(b.id, { kind: "training", area: "linux", feeYuan: 2000, level: "mid" }),
    degreeLinux: await mk(b.id, { kind: "degree", area: "linux", feeYuan: 9000, level: null }),
  };
  return { token, a, b, p };
}

describe("facets", () => {
  it("counts each facet with the other selections applied but not its own", async () => {
    const { token, a, b } = await fixture();
    const result = await findProgrammes(catalogueQuery({ q: token, kind: ["lecture"], area: ["linux"] }));
    expect(result.total).toBe(1);
    // Kind counts ignore the kind selection (but keep area = linux): 1 lecture, 1 training, 1 degree.
    expect(counts(result.facets.kind)).toEqual({ lecture: 1, training: 1, degree: 1 });
    // Area counts ignore the area selection (but keep kind = lecture).
    expect(counts(result.facets.area)).toEqual({ linux: 1, security: 1 });
    // Other facets count the rows that pass every selection.
    expect(counts(result.facets.institution)).toEqual({ [a.slug]: 1 });
    expect(counts(result.facets.free)).toEqual({ true: 1 });
    expect(counts(result.facets.level)).toEqual({ senior: 1 });
    expect(b.slug in counts(result.facets.institution)).toBe(false);
  });

  it("ORs values of one facet and ANDs facets, including free/paid, level and institution", async () => {
    const { token, b, p } = await fixture();
    const slugs = async (q: Partial<CatalogueQuery>) => (await findProgrammes(catalogueQuery({ q: token, ...q }))).items.map((i) => i.slug).sort();
    expect(await slugs({ free: [false] })).toEqual([p.lectureSecurityPaid.slug, p.trainingLinuxPaid.slug, p.degreeLinux.slug].sort());
    expect(await slugs({ free: [true, false] })).toHaveLength(4);
    expect(await slugs({ level: ["mid"], institution: [b.slug] })).toEqual([p.trainingLinuxPaid.slug]);
    expect(await slugs({ kind: ["lecture", "degree"], area: ["linux"] })).toEqual([p.lectureLinuxFree.slug, p.degreeLinux.slug].sort());
  });

  it("filters and sorts by enrolment windows and start dates", async () => {
    const now = new Date();
    const { token, p } = await fixture();
    await makeOffering(p.lectureLinuxFree.id, { opensIn: -5, closesIn: 3, startsIn: 4, now });
    await makeOffering(p.trainingLinuxPaid.id, { opensIn: -5, closesIn: 9, startsIn: 12, now });
    await makeOffering(p.degreeLinux.id, { opensIn: 2, closesIn: 20, startsIn: 40, now });
    await makeOffering(p.lectureSecurityPaid.id, { opensIn: -5, closesIn: 1, startsIn: 2, status: "cancelled", now });
    await indexProgrammes(testDb, Object.values(p).map((x) => x.id), now);

    const run = (q: Partial<CatalogueQuery>) => findProgrammes(catalogueQuery({ q: token, ...q }), now);
    const open = await run({ open: true });
    expect(open.items.map((i) => i.slug).sort()).toEqual([p.lectureLinuxFree.slug, p.trainingLinuxPaid.slug].sort());
    expect(counts(open.facets.open)).toEqual({ true: 2, false: 2 });

    expect((await run({ sort: "soonest" })).items.map((i) => i.slug)).toEqual([
      p.lectureLinuxFree.slug, p.trainingLinuxPaid.slug, p.degreeLinux.slug, p.lectureSecurityPaid.slug,
    ]);
    expect((await run({ sort: "closing", open: true })).items.map((i) => i.slug)).toEqual([p.lectureLinuxFree.slug, p.trainingLinuxPaid.slug]);

    // Dates are calendar days in Chongqing; the range includes both ends.
    const day = (n: number) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(days(n, now));
    expect((await run({ from: day(10), to: day(45) })).items.map((i) => i.slug).sort()).toEqual([p.trainingLinuxPaid.slug, p.degreeLinux.slug].sort());
    expect((await run({ from: day(4), to: day(4) })).items.map((i) => i.slug)).toEqual([p.lectureLinuxFree.slug]);
  });

  it("shows a window as open once it opens, before the scheduler has rewritten the document; reading writes nothing", async () => {
    const { token, p } = await fixture();
    const now = new Date();
    await makeOffering(p.degreeLinux.id, { opensIn: 1, closesIn: 20, startsIn: 40, now });
    await indexProgrammes(testDb, [p.degreeLinux.id], now);
    const before = await findProgrammes(catalogueQuery({ q: token, open: true }), now);
    expect(before.items.map((i) => i.slug)).toEqual([]);
    // Two days later the window is open: the read computes what the stale document would say.
    const stored = await testDb.searchDocument.findUniqueOrThrow({ where: { programmeId: p.degreeLinux.id } });
    const later = await findProgrammes(catalogueQuery({ q: token, open: true }), days(2, now));
    expect(later.items.map((i) => i.slug)).toEqual([p.degreeLinux.slug]);
    expect(counts(later.facets.open)).toMatchObject({ true: 1 });
    expect((await findProgrammes(catalogueQuery({ q: token, sort: "closing", open: true }), days(2, now))).items[0]?.slug).toBe(p.degreeLinux.slug);
    expect(await testDb.searchDocument.findUniqueOrThrow({ where: { programmeId: p.degreeLinux.id } })).toEqual(stored);
    // The scheduler's job rewrites it; the answer stays the same.
    await refreshStaleSearchDocuments(days(2, now));
    expect((await testDb.searchDocument.findUniqueOrThrow({ where: { programmeId: p.degreeLinux.id } })).openNow).toBe(true);
    expect((await findProgrammes(catalogueQuery({ q: token, open: true }), days(2, now))).items.map((i) => i.slug)).toEqual([p.degreeLinux.slug]);
  });

  it("counts the same way without a text search (from the facet index) as with one", async () => {
    const { token, a, b } = await fixture();
    const selection: Partial<CatalogueQuery> = { institution: [a.slug, b.slug], kind: ["lecture", "degree"], free: [false] };
    const withText = await findProgrammes(catalogueQuery({ q: token, ...selection }));
    const withoutText = await findProgrammes(catalogueQuery({ ...selection }));
    expect(withoutText.total).toBe(2);
    expect(withoutText.items.map((i) => i.slug).sort()).toEqual(withText.items.map((i) => i.slug).sort());
    // The institution facet ignores its own selection, so without text it counts every institution;
    // every other facet is limited by the institutions picked and must agree.
    for (const facet of ["kind", "area", "level", "mode", "free", "open"] as const) {
      expect(counts(withoutText.facets[facet]), facet).toEqual(counts(withText.facets[facet]));
    }
    expect(counts(withoutText.facets.institution)[a.slug]).toBe(1);
    expect(counts(withoutText.facets.institution)[b.slug]).toBe(1);
  });

  it("never answers from a cached result once a programme or its search document changed", async () => {
    const { token, p } = await fixture();
    const read = () => findProgrammes(catalogueQuery({ q: token, kind: ["lecture"] }));
    expect(counts((await read()).facets.kind)).toEqual({ lecture: 2, training: 1, degree: 1 });

    // A change through the indexer (as the portal makes it).
    await testDb.programme.update({ where: { id: p.trainingLinuxPaid.id }, data: { kind: "lecture" } });
    await indexProgrammes(testDb, [p.trainingLinuxPaid.id]);
    const afterEdit = await read();
    expect(counts(afterEdit.facets.kind)).toEqual({ lecture: 3, degree: 1 });
    expect(afterEdit.total).toBe(3);

    // A write straight to the documents (another process, a script): the trigger bumps the version too.
    await testDb.$executeRaw`UPDATE "SearchDocument" SET "public" = false WHERE "programmeId" = ${p.lectureLinuxFree.id}`;
    const afterRaw = await read();
    expect(afterRaw.total).toBe(2);
    expect(afterRaw.items.map((i) => i.slug)).not.toContain(p.lectureLinuxFree.slug);
  });
});
