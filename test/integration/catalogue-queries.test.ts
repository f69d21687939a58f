import { afterAll, describe, expect, it } from "vitest";
import { countProgrammesByKind, findHomeHighlights, findProgrammeBySlug, findProgrammes } from "@/lib/catalogue/queries";
import { findInstitutionBySlug, findInstitutions } from "@/lib/institutions/queries";
import { CATALOGUE_PAGE_SIZE, catalogueQuery, type CatalogueQuery } from "@/lib/catalogue/schema";
import { days, makeInstitution, makeOffering, makeProgramme, testDb, uniqueToken } from "../support/factories";

afterAll(() => testDb.$disconnect());

const query = (q: Partial<CatalogueQuery>): CatalogueQuery => catalogueQuery(q);

describe("findProgrammes", () => {
  it("shows only published programmes of institutions that are not suspended", async () => {
    const token = uniqueToken();
    const ok = await makeInstitution();
    const suspended = await makeInstitution({ status: "suspended" });
    const published = await makeProgramme(ok.id, { titleEn: `Published ${token}` });
    await makeProgramme(ok.id, { titleEn: `Draft ${token}`, status: "draft" });
    await makeProgramme(ok.id, { titleEn: `Archived ${token}`, status: "archived" });
    await makeProgramme(suspended.id, { titleEn: `Suspended ${token}` });
    const result = await findProgrammes(query({ q: token }));
    expect(result.items.map((p) => p.slug)).toEqual([published.slug]);
    expect(result.total).toBe(1);
  });

  it("ORs values within a facet and ANDs the facets", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const a = await makeProgramme(inst.id, { titleEn: `${token} a`, kind: "training", area: "linux" });
    const b = await makeProgramme(inst.id, { titleEn: `${token} b`, kind: "lecture", area: "linux" });
    await makeProgramme(inst.id, { titleEn: `${token} c`, kind: "lecture", area: "security" });
    await makeProgramme(inst.id, { titleEn: `${token} d`, kind: "degree", area: "linux" });
    const result = await findProgrammes(query({ q: token, kind: ["training", "lecture"], area: ["linux"] }));
    expect(result.items.map((p) => p.slug).sort()).toEqual([a.slug, b.slug].sort());
  });

  it("finds Chinese two-character terms and English words regardless of case, in titles, summaries and institution names", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution({ nameEn: `Kestrel Academy ${token}` });
    const zh = await makeProgramme(inst.id, { titleZh: `嵌入式系统开发 ${token}` });
    const summary = await makeProgramme(inst.id, { summaryEn: `Covers MOBILE telecom stacks ${token}` });
    // A two-character Chinese term inside a longer word.
    expect((await findProgrammes(query({ q: `嵌入 ${token}` }))).items.map((p) => p.slug)).toEqual([zh.slug]);
    expect((await findProgrammes(query({ q: `mobile telecom stacks ${token}` }))).items.map((p) => p.slug)).toEqual([summary.slug]);
    const byInstitution = await findProgrammes(query({ q: `kestrel academy ${token}` }));
    expect(byInstitution.items.map((p) => p.slug).sort()).toEqual([zh.slug, summary.slug].sort());
  });

  it("treats % and _ as word separators, never as wildcards, and needs every word to match", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const hit = await makeProgramme(inst.id, { titleEn: `Security on Linux ${token}` });
    await makeProgramme(inst.id, { titleEn: `Linux basics ${token}` });
    expect((await findProgrammes(query({ q: `linux%security_${token}` }))).items.map((p) => p.slug)).toEqual([hit.slug]);
    expect((await findProgrammes(query({ q: "%" }))).total).toBe(0);
    expect((await findProgrammes(query({ q: "_%_" }))).total).toBe(0);
  });

  it("pages through results newest first without overlap, and answers an empty page past the end", async () => {
    const token = uniqueToken();
    const inst = await makeInstitution();
    const created = [];
    for (let i = 0; i < CATALOGUE_PAGE_SIZE + 3; i++) {
      created.push(await makeProgramme(inst.id, { titleEn: `${token} ${i}`, publishedAt: days(-i) }));
    }
    const first = await findProgrammes(query({ q: token }));
    const second = await findProgrammes(query({ q: token, page: 2 }));
    const third = await findProgrammes(query({ q: token, page: 3 }));
    expect(first.total).toBe(CATALOGUE_PAGE_SIZE + 3);
    expect(first.pageCount).toBe(2);
    expect(first.items).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(second.items).toHaveLength(3);
    expect(third.items).toHaveLength(0);
    expect([...first.items, ...second.items].map((p) => p.slug)).toEqual(created.map((p) => p.slug));
  });

  it("puts the next offering that has not started on the card, skipping cancelled and running ones", async () => {
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id);
    await makeOffering(p.id, { startsIn: -20, opensIn: -40, closesIn: -21 });
    // A cohort already under way (started 10 days ago, runs for 60 days) is not "next".
    await makeOffering(p.id, { startsIn: -10, opensIn: -40, closesIn: -11, sessions: 60 });
    await makeOffering(p.id, { startsIn: 5, status: "cancelled", closesIn: 4 });
    const next = await makeOffering(p.id, { startsIn: 12, closesIn: 10 });
    await makeOffering(p.id, { startsIn: 40, closesIn: 35 });
    const result = await findProgrammes(query({ q: p.slug }));
    expect(result.items[0].offerings.map((o) => o.startsAt.getTime())).toEqual([next.startsAt.getTime()]);
  });
});

describe("findProgrammeBySlug", () => {
  it("returns offerings in date order with their sessions in order, and experts in order", async () => {
    const inst = await makeInstitution();
    const p = await makeProgramme(inst.id, { kind: "lecture" });
    const late = await makeOffering(p.id, { startsIn: 40, sessions: 1 });
    const early = await makeOffering(p.id, { startsIn: 10, sessions: 3 });
    const token = uniqueToken();
    const e1 = await testDb.expert.create({ data: { slug: `${token}-1`, nameZh: "甲", nameEn: "A", affiliationZh: "x", affiliationEn: "x", country: "IE" } });
    const e2 = await testDb.expert.create({ data: { slug: `${token}-2`, nameZh: "乙", nameEn: "B", affiliationZh: "x", affiliationEn: "x", country: "JP" } });
    await testDb.programmeExpert.createMany({ data: [{ programmeId: p.id, expertId: e2.id, position: 1 }, { programmeId: p.id, expertId: e1.id, position: 0 }] });

    const detail = await findProgrammeBySlug(p.slug);
    expect(detail?.offerings.map((o) => o.id)).toEqual([early.id, late.id]);
    expect(detail?.offerings[0].sessions.map((s) => s.position)).toEqual([0, 1, 2]);
    expect(detail?.experts.map((e) => e.expert.slug)).toEqual([e1.slug, e2.slug]);
    expect(detail?.institution.slug).toBe(inst.slug);
  });

  it("is null for drafts, for unknown slugs and for programmes of suspended institutions", async () => {
    const inst = await makeInstitution();
    const draft = await makeProgramme(inst.id, { status: "draft" });
    const suspended = await makeInstitution({ status: "suspended" });
    const hidden = await makeProgramme(suspended.id);
    expect(await findProgrammeBySlug(draft.slug)).toBeNull();
    expect(await findProgrammeBySlug(hidden.slug)).toBeNull();
    expect(await findProgrammeBySlug("no-such-programme")).toBeNull();
  });
});

describe("findHomeHighlights", () => {
  it("lists lectures starting in the next 30 days and open windows closing within 7 days, soonest first", async () => {
    const now = new Date();
    const inst = await makeInstitution();
    const lecture = await makeProgramme(inst.id, { kind: "lecture" });
    const soonLecture = await makeOffering(lecture.id, { startsIn: 0.5, closesIn: 0.25, now });
    const laterLecture = await makeOffering(lecture.id, { startsIn: 29, closesIn: 28, now });
    const tooLate = await makeOffering(lecture.id, { startsIn: 31, closesIn: 30, now });
    const cancelled = await makeOffering(lecture.id, { startsIn: 3, closesIn: 2, status: "cancelled", now });
    const training = await makeProgramme(inst.id, { kind: "training" });
    const closing = await makeOffering(training.id, { closesIn: 2, startsIn: 9, now });
    const notOpen = await makeOffering(training.id, { opensIn: 1, closesIn: 3, startsIn: 9, now });
    const closed = await makeOffering(training.id, { opensIn: -9, closesIn: -1, startsIn: 9, now });

    const { lectures, closingSoon } = await findHomeHighlights(now);
    const lectureIds = lectures.map((o) => o.id);
    const closingIds = closingSoon.map((o) => o.id);
    // Other tests' rows may be in the lists too; what matters is which of ours are, and their order.
    expect(lectureIds).toContain(soonLecture.id);
    expect(lectureIds.indexOf(soonLecture.id)).toBeLessThan(lectureIds.includes(laterLecture.id) ? lectureIds.indexOf(laterLecture.id) : Infinity);
    expect(lectureIds).not.toContain(tooLate.id);
    expect(lectureIds).not.toContain(cancelled.id);
    expect(closingIds).toContain(closing.id);
    expect(closingIds).not.toContain(notOpen.id);
    expect(closingIds).not.toContain(closed.id);
    for (let i = 1; i < closingSoon.length; i++) expect(closingSoon[i].closesAt.getTime()).toBeGreaterThanOrEqual(closingSoon[i - 1].closesAt.getTime());
  });
});

describe("institutions", () => {
  it("lists public institutions with their published programme counts, and hides suspended ones", async () => {
    const inst = await makeInstitution();
    await makeProgramme(inst.id);
    await makeProgramme(inst.id);
    await makeProgramme(inst.id, { status: "draft" });
    const suspended = await makeInstitution({ status: "suspended" });
    const list = await findInstitutions("zh-CN");
    expect(list.find((i) => i.slug === inst.slug)?.programmeCount).toBe(2);
    expect(list.some((i) => i.slug === suspended.slug)).toBe(false);
    expect(await findInstitutionBySlug(suspended.slug)).toBeNull();
  });

  it("shows an overseas partner the public programmes it hosts, and counts them", async () => {
    const sender = await makeInstitution();
    const suspendedSender = await makeInstitution({ status: "suspended" });
    const host = await makeInstitution({ kind: "overseas-partner", country: "IE", district: null });
    const hosted = await makeProgramme(sender.id, { kind: "overseas", hostInstitutionId: host.id });
    await makeProgramme(sender.id, { kind: "overseas", hostInstitutionId: host.id, status: "draft" });
    // The owner is suspended, so this one is not public anywhere, not even on the host's page.
    await makeProgramme(suspendedSender.id, { kind: "overseas", hostInstitutionId: host.id });
    const page = await findInstitutionBySlug(host.slug);
    expect(page?.programmes.map((p) => p.slug)).toEqual([hosted.slug]);
    const listed = (await findInstitutions("en")).find((i) => i.slug === host.slug);
    expect(listed?.programmeCount).toBe(1);
  });

  it("orders the list by kind, national college first, then by name in the reader's language", async () => {
    const list = await findInstitutions("en");
    const kinds = list.map((i) => i.kind);
    const order = ["national-software-college", "municipal-software-college", "university-college", "training-centre", "enterprise", "overseas-partner"];
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    const centres = list.filter((i) => i.kind === "training-centre").map((i) => i.nameEn);
    expect(centres).toEqual([...centres].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("counts published programmes per kind", async () => {
    const before = await countProgrammesByKind();
    const inst = await makeInstitution();
    await makeProgramme(inst.id, { kind: "overseas" });
    await makeProgramme(inst.id, { kind: "overseas", status: "draft" });
    const after = await countProgrammesByKind();
    expect(after.overseas - before.overseas).toBe(1);
    expect(after.degree).toBe(before.degree);
  });
});
