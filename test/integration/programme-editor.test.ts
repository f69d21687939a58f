import { afterAll, describe, expect, it } from "vitest";
import { applyProgramme, changeProgrammeStatus, createExpert, createProgramme, saveDraft } from "@/lib/programmes/mutations";
import { findProgrammeForEditor, findProgrammePreview } from "@/lib/programmes/queries";
import { applyProgrammeSchema, newExpertSchema, newProgrammeSchema, saveDraftSchema, statusChangeSchema, type ProgrammeFormValues } from "@/lib/programmes/schema";
import { findProgrammeBySlug, findProgrammes } from "@/lib/catalogue/queries";
import { catalogueQuery } from "@/lib/catalogue/schema";
import { searchIndexState } from "@/lib/search/queries";
import type { Actor } from "@/lib/auth/policy";
import { makeInstitution, testDb, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

const request = { ip: "10.4.5.6" };

async function staffOf(institutionId: string, role: "owner" | "editor" | "reviewer") {
  const user = await makeUser();
  await testDb.membership.create({ data: { userId: user.id, institutionId, role } });
  return actorOf(user.id);
}

async function setting(status = "verified") {
  const institution = await makeInstitution({ status, kind: "training-centre" });
  const [owner, editor, reviewer] = await Promise.all([staffOf(institution.id, "owner"), staffOf(institution.id, "editor"), staffOf(institution.id, "reviewer")]);
  const other = await makeInstitution();
  const stranger = await staffOf(other.id, "owner");
  return { institution, owner, editor, reviewer, other, stranger };
}

async function draftOf(actor: Actor, institutionId: string, kind: "degree" | "training" | "overseas" | "lecture" = "training", titleEn = `Course ${uniqueToken("c")}`) {
  const created = await createProgramme(actor, newProgrammeSchema.parse({ institutionId, kind, area: "linux", titleZh: `课程${uniqueToken("z")}`, titleEn }), request);
  if (created.status !== "ok") throw new Error("not created");
  return (await findProgrammeForEditor(institutionId, created.id))!;
}

/** Complete values for a training programme, as the form would send them. */
function complete(token: string, overrides: Partial<ProgrammeFormValues> = {}): ProgrammeFormValues {
  return {
    titleZh: `嵌入式 Linux 实训${token}`, titleEn: `Embedded Linux ${token}`, summaryZh: "面向在职工程师", summaryEn: "For working engineers",
    bodyZh: "## 内容\n驱动开发", bodyEn: "## Content\nDriver development", certificateZh: "结业证书", certificateEn: "Certificate of completion",
    eligibilityZh: "", eligibilityEn: "", area: "embedded", level: "mid", mode: "blended", admission: "first-come", language: "zh",
    feeYuan: 1200, slug: `embedded-linux-${token}`, award: "", durationMonths: "", track: "vocational", hours: 48, country: "",
    hostInstitutionId: "", funding: "", employerRecommendation: false, experts: [],
    ...overrides,
  };
}

const target = (institutionId: string, programmeId: string, version: string) => ({ institutionId, programmeId, version });
const apply = (actor: Actor, values: ProgrammeFormValues & { institutionId: string; programmeId: string; version: string }, mode: "save" | "publish") =>
  applyProgramme(actor, applyProgrammeSchema.parse(values), mode, request);
const row = (id: string) => testDb.programme.findUniqueOrThrow({ where: { id }, include: { experts: { orderBy: { position: "asc" } }, searchDocument: { select: { public: true } } } });

describe("creating a programme", () => {
  it("makes a draft with an address from the English title, not in the search index (nothing public changed), audited", async () => {
    const { institution, editor } = await setting();
    const token = uniqueToken("new");
    const created = await createProgramme(editor, newProgrammeSchema.parse({ institutionId: institution.id, kind: "overseas", area: "export", titleZh: "", titleEn: `Dublin Study ${token}` }), request);
    expect(created.status).toBe("ok");
    const id = created.status === "ok" ? created.id : "";
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "draft", kind: "overseas", admission: "reviewed", slug: `dublin-study-${token}`, institutionId: institution.id, publishedAt: null });
    expect(stored.searchDocument).toBeNull();
    expect(await testDb.auditEvent.count({ where: { action: "programme.created", subjectId: id, actorId: editor.id, institutionId: institution.id } })).toBe(1);
  });

  it("a Chinese title alone gives an address of the kind and a random part; two alike get two addresses", async () => {
    const { institution, owner } = await setting();
    const input = newProgrammeSchema.parse({ institutionId: institution.id, kind: "lecture", area: "security", titleZh: "网络安全讲座", titleEn: "" });
    const [a, b] = await Promise.all([createProgramme(owner, input, request), createProgramme(owner, input, request)]);
    const slugs = await testDb.programme.findMany({ where: { id: { in: [a, b].map((r) => (r.status === "ok" ? r.id : "")) } }, select: { slug: true } });
    expect(slugs).toHaveLength(2);
    for (const { slug } of slugs) expect(slug).toMatch(/^lecture-[a-z0-9]+$/);
  });

  it("refuses staff of another institution, reviewers and learners, and creates nothing", async () => {
    const { institution, reviewer, stranger } = await setting();
    const learner = await actorOf((await makeUser()).id);
    const before = await testDb.programme.count({ where: { institutionId: institution.id } });
    for (const actor of [reviewer, stranger, learner]) {
      expect(await createProgramme(actor, newProgrammeSchema.parse({ institutionId: institution.id, kind: "training", area: "linux", titleZh: "x", titleEn: "x" }), request)).toEqual({ status: "not-found" });
    }
    expect(await testDb.programme.count({ where: { institutionId: institution.id } })).toBe(before);
  });

  it("lets a bureau admin create one (they may edit any institution)", async () => {
    const { institution } = await setting();
    const admin = await actorOf((await makeUser({ bureauRole: "admin" })).id);
    expect((await createProgramme(admin, newProgrammeSchema.parse({ institutionId: institution.id, kind: "degree", area: "general", titleZh: "软件工程硕士", titleEn: "" }), request)).status).toBe("ok");
  });

  it("needs a title in one language at least", () => {
    const parsed = newProgrammeSchema.safeParse({ institutionId: "abc", kind: "training", area: "linux", titleZh: "  ", titleEn: "" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["titleZh", "programme_title_required"]]);
  });
});

describe("the working copy (autosave)", () => {
  it("keeps what is typed without touching the programme's columns, and answers a new version", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id);
    const half = { ...complete(uniqueToken("d")), titleZh: "半截标题 ", hours: 2.5, slug: "Not A Slug-" };
    const saved = await saveDraft(editor, saveDraftSchema.parse({ ...half, ...target(institution.id, p.id, p.version) }));
    expect(saved.status).toBe("ok");
    const state = saved.status === "ok" ? saved.state : null;
    expect(state!.version).not.toBe(p.version);
    expect(state!.draftSavedAt).toBe(state!.version);
    const stored = await row(p.id);
    expect(stored.titleZh).toBe(p.values.titleZh);
    expect(stored.draft).toMatchObject({ titleZh: "半截标题 ", hours: 2.5, slug: "Not A Slug-" });
    expect(await testDb.auditEvent.count({ where: { subjectId: p.id, action: { not: "programme.created" } } })).toBe(0);
    // The editor opens with it, over the columns.
    const reopened = await findProgrammeForEditor(institution.id, p.id);
    expect(reopened).toMatchObject({ version: state!.version, values: { titleZh: "半截标题 ", hours: 2.5 } });
    expect(reopened!.draftSavedAt?.toISOString()).toBe(state!.draftSavedAt);
  });

  it("refuses a save based on an older version (another editor saved since), changing nothing", async () => {
    const { institution, owner, editor } = await setting();
    const p = await draftOf(owner, institution.id);
    const mine = await saveDraft(owner, saveDraftSchema.parse({ ...complete("a"), titleEn: "Owner's title", ...target(institution.id, p.id, p.version) }));
    expect(mine.status).toBe("ok");
    const theirs = await saveDraft(editor, saveDraftSchema.parse({ ...complete("b"), titleEn: "Editor's title", ...target(institution.id, p.id, p.version) }));
    expect(theirs).toEqual({ status: "stale" });
    expect((await row(p.id)).draft).toMatchObject({ titleEn: "Owner's title" });
  });

  it("finds nothing for staff of another institution, naming either institution", async () => {
    const { institution, owner, stranger, other } = await setting();
    const p = await draftOf(owner, institution.id);
    for (const institutionId of [institution.id, other.id]) {
      expect(await saveDraft(stranger, saveDraftSchema.parse({ ...complete("x"), ...target(institutionId, p.id, p.version) }))).toEqual({ status: "not-found" });
    }
    expect((await row(p.id)).draft).toBeNull();
  });
});

describe("saving and publishing", () => {
  it("save applies the working copy to a draft (trimmed, the other kinds' fields emptied), clears it, and audits what changed", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id);
    await saveDraft(editor, saveDraftSchema.parse({ ...complete("w"), ...target(institution.id, p.id, p.version) }));
    const version = (await findProgrammeForEditor(institution.id, p.id))!.version;
    const token = uniqueToken("s");
    const outcome = await apply(editor, { ...complete(token, { titleEn: `  Spaced ${token}  `, award: "master-se", country: "IE", slug: ` Embedded-Linux-${token} ` }), ...target(institution.id, p.id, version) }, "save");
    expect(outcome.status).toBe("ok");
    const stored = await row(p.id);
    expect(stored).toMatchObject({ status: "draft", titleEn: `Spaced ${token}`, slug: `embedded-linux-${token}`, hours: 48, award: null, country: null, draft: null, draftSavedAt: null, publishedAt: null });
    expect(stored.searchDocument).toBeNull();
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "programme.saved", subjectId: p.id } });
    expect(audit.data).toMatchObject({ status: { before: "draft", after: "draft" }, changed: { titleEn: { after: `Spaced ${token}` }, bodyZh: "changed" } });
  });

  it("publishing names every missing field per language and changes nothing; complete, it is public and found by a two-character search at once", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id);
    const token = uniqueToken("p");
    const missing = await apply(editor, { ...complete(token, { summaryEn: "", bodyEn: " ", certificateZh: "", hours: "" }), ...target(institution.id, p.id, p.version) }, "publish");
    expect(missing.status).toBe("incomplete");
    if (missing.status === "incomplete") {
      expect(missing.completeness.zh.missing).toEqual(["certificateZh"]);
      expect(missing.completeness.en.missing).toEqual(["summaryEn", "bodyEn"]);
      expect(missing.completeness.shared.missing).toEqual(["hours"]);
    }
    expect(await row(p.id)).toMatchObject({ status: "draft", updatedAt: new Date(p.version) });

    const versionBefore = (await searchIndexState(new Date())).version;
    const published = await apply(editor, { ...complete(token, { titleZh: `嵌入式系统${token}` }), ...target(institution.id, p.id, p.version) }, "publish");
    expect(published.status).toBe("ok");
    const stored = await row(p.id);
    expect(stored.status).toBe("published");
    expect(stored.publishedAt).not.toBeNull();
    expect(stored.searchDocument).toEqual({ public: true });
    // The search index version moved, so cached search answers and cached public pages are not reused.
    expect((await searchIndexState(new Date())).version).toBeGreaterThan(versionBefore);
    const found = await findProgrammes(catalogueQuery({ q: "嵌入" }));
    expect(found.items.some((i) => i.id === p.id)).toBe(true);
    expect((await findProgrammeBySlug(`embedded-linux-${token}`))?.hours).toBe(48);
    expect(await testDb.auditEvent.count({ where: { action: "programme.published", subjectId: p.id } })).toBe(1);
  });

  it("publishing changes of a published programme shows them at once and keeps its first publication date; plain save is refused", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id);
    const token = uniqueToken("c");
    const first = await apply(editor, { ...complete(token), ...target(institution.id, p.id, p.version) }, "publish");
    if (first.status !== "ok") throw new Error(first.status);
    const publishedAt = (await row(p.id)).publishedAt;
    expect(await apply(editor, { ...complete(token), ...target(institution.id, p.id, first.state.version) }, "save")).toEqual({ status: "not-allowed" });
    // A working copy of a published programme does not reach the public page.
    const draft = await saveDraft(editor, saveDraftSchema.parse({ ...complete(token), titleEn: `Renamed ${token}`, ...target(institution.id, p.id, first.state.version) }));
    if (draft.status !== "ok") throw new Error(draft.status);
    expect((await findProgrammeBySlug(`embedded-linux-${token}`))?.titleEn).toBe(`Embedded Linux ${token}`);
    const changed = await apply(editor, { ...complete(token), titleEn: `Renamed ${token}`, ...target(institution.id, p.id, draft.state.version) }, "publish");
    expect(changed.status).toBe("ok");
    expect((await findProgrammeBySlug(`embedded-linux-${token}`))?.titleEn).toBe(`Renamed ${token}`);
    expect((await row(p.id)).publishedAt).toEqual(publishedAt);
    expect((await findProgrammes(catalogueQuery({ q: `Renamed ${token}` }))).total).toBe(1);
  });

  it("a pending institution saves but cannot publish", async () => {
    const { institution, owner } = await setting("pending");
    const p = await draftOf(owner, institution.id);
    expect(await apply(owner, { ...complete(uniqueToken("u")), ...target(institution.id, p.id, p.version) }, "publish")).toEqual({ status: "unverified" });
    expect((await row(p.id)).status).toBe("draft");
    expect((await apply(owner, { ...complete(uniqueToken("u")), ...target(institution.id, p.id, p.version) }, "save")).status).toBe("ok");
  });

  it("an address another programme holds is refused, and nothing changes", async () => {
    const { institution, editor } = await setting();
    const [a, b] = [await draftOf(editor, institution.id), await draftOf(editor, institution.id)];
    expect(await apply(editor, { ...complete("t"), slug: a.slug, ...target(institution.id, b.id, b.version) }, "save")).toEqual({ status: "slug-taken" });
    expect(await row(b.id)).toMatchObject({ slug: b.slug, updatedAt: new Date(b.version) });
  });

  it("two editors: the second save over the same version is refused, not silently overwriting the first", async () => {
    const { institution, owner, editor } = await setting();
    const p = await draftOf(owner, institution.id);
    const outcomes = await Promise.all([
      apply(owner, { ...complete("o"), titleEn: "Owner wins", ...target(institution.id, p.id, p.version) }, "save"),
      apply(editor, { ...complete("e"), titleEn: "Editor wins", ...target(institution.id, p.id, p.version) }, "save"),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["ok", "stale"]);
    const winner = outcomes[0]!.status === "ok" ? "Owner wins" : "Editor wins";
    expect((await row(p.id)).titleEn).toBe(winner);
  });

  it("experts of a lecture in the order given; unknown experts are refused", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id, "lecture");
    const made = await Promise.all(["A", "B", "C"].map((n) => createExpert(editor, newExpertSchema.parse({ institutionId: institution.id, nameZh: `专家${n}`, nameEn: `Expert ${n} ${uniqueToken("e")}`, affiliationZh: "大学", affiliationEn: "University", country: "IE", bioZh: "", bioEn: "" }), request)));
    const ids = made.map((m) => (m.status === "ok" ? m.expert.id : ""));
    const values = complete(uniqueToken("l"), { certificateZh: "", certificateEn: "", hours: "", track: "" });
    expect(await apply(editor, { ...values, experts: [ids[0]!, "nosuchexpert"], ...target(institution.id, p.id, p.version) }, "save")).toEqual({ status: "experts-invalid" });
    const first = await apply(editor, { ...values, experts: [ids[2]!, ids[0]!, ids[1]!], ...target(institution.id, p.id, p.version) }, "publish");
    if (first.status !== "ok") throw new Error(first.status);
    expect((await row(p.id)).experts.map((e) => e.expertId)).toEqual([ids[2], ids[0], ids[1]]);
    const reordered = await apply(editor, { ...values, experts: [ids[1]!, ids[2]!], ...target(institution.id, p.id, first.state.version) }, "publish");
    expect(reordered.status).toBe("ok");
    expect((await row(p.id)).experts.map((e) => [e.expertId, e.position])).toEqual([[ids[1], 0], [ids[2], 1]]);
  });

  it("an overseas programme's host must be a verified overseas partner", async () => {
    const { institution, editor } = await setting();
    const p = await draftOf(editor, institution.id, "overseas");
    const partner = await makeInstitution({ kind: "overseas-partner", country: "IE" });
    const pending = await makeInstitution({ kind: "overseas-partner", country: "IE", status: "pending" });
    const values = complete(uniqueToken("o"), { certificateZh: "", certificateEn: "", hours: "", track: "", country: "IE", durationMonths: 6, eligibilityZh: "在职", eligibilityEn: "In work", funding: "partial", employerRecommendation: true });
    for (const host of [pending.id, institution.id]) {
      expect(await apply(editor, { ...values, hostInstitutionId: host, ...target(institution.id, p.id, p.version) }, "save")).toEqual({ status: "host-invalid" });
    }
    expect((await apply(editor, { ...values, hostInstitutionId: partner.id, ...target(institution.id, p.id, p.version) }, "publish")).status).toBe("ok");
    expect(await row(p.id)).toMatchObject({ hostInstitutionId: partner.id, country: "IE", durationMonths: 6, funding: "partial", employerRecommendation: true, hours: null, track: null });
  });

  it("staff of another institution and reviewers find nothing to apply", async () => {
    const { institution, owner, reviewer, stranger, other } = await setting();
    const p = await draftOf(owner, institution.id);
    for (const [actor, institutionId] of [[reviewer, institution.id], [stranger, institution.id], [stranger, other.id]] as const) {
      expect(await apply(actor, { ...complete("n"), ...target(institutionId, p.id, p.version) }, "publish")).toEqual({ status: "not-found" });
    }
    expect(await row(p.id)).toMatchObject({ status: "draft", updatedAt: new Date(p.version) });
  });
});

describe("unpublish, archive, restore, discard", () => {
  async function publishedProgramme() {
    const s = await setting();
    const p = await draftOf(s.editor, s.institution.id);
    const token = uniqueToken("st");
    const outcome = await apply(s.editor, { ...complete(token), ...target(s.institution.id, p.id, p.version) }, "publish");
    if (outcome.status !== "ok") throw new Error(outcome.status);
    return { ...s, p, token, version: outcome.state.version };
  }
  const change = (actor: Actor, institutionId: string, programmeId: string, version: string, which: string) =>
    changeProgrammeStatus(actor, statusChangeSchema.parse({ ...target(institutionId, programmeId, version), change: which }), request);

  it("unpublishing takes it off the public page and search at once; publishing again brings it back", async () => {
    const { institution, editor, p, token, version } = await publishedProgramme();
    const out = await change(editor, institution.id, p.id, version, "unpublish");
    if (out.status !== "ok") throw new Error(out.status);
    expect(out.state.status).toBe("draft");
    expect(await findProgrammeBySlug(`embedded-linux-${token}`)).toBeNull();
    expect((await findProgrammes(catalogueQuery({ q: `Embedded Linux ${token}` }))).total).toBe(0);
    expect(await testDb.auditEvent.count({ where: { action: "programme.unpublished", subjectId: p.id } })).toBe(1);
    expect(await change(editor, institution.id, p.id, out.state.version, "unpublish")).toEqual({ status: "not-allowed" });
  });

  it("archive, then restore as a draft; archived programmes cannot be published without restoring", async () => {
    const { institution, editor, p, token, version } = await publishedProgramme();
    const archived = await change(editor, institution.id, p.id, version, "archive");
    if (archived.status !== "ok") throw new Error(archived.status);
    expect(await findProgrammeBySlug(`embedded-linux-${token}`)).toBeNull();
    expect(await apply(editor, { ...complete(token), ...target(institution.id, p.id, archived.state.version) }, "publish")).toEqual({ status: "not-allowed" });
    const restored = await change(editor, institution.id, p.id, archived.state.version, "restore");
    expect(restored.status === "ok" && restored.state.status).toBe("draft");
    expect(await testDb.auditEvent.findMany({ where: { subjectId: p.id, action: { in: ["programme.archived", "programme.restored"] } }, select: { action: true }, orderBy: { at: "asc" } })).toEqual([{ action: "programme.archived" }, { action: "programme.restored" }]);
  });

  it("discarding drops the working copy only; a stale change is refused; another institution's staff find nothing", async () => {
    const { institution, editor, stranger, p, token, version } = await publishedProgramme();
    const draft = await saveDraft(editor, saveDraftSchema.parse({ ...complete(token), titleEn: "Not yet", ...target(institution.id, p.id, version) }));
    if (draft.status !== "ok") throw new Error(draft.status);
    expect(await change(editor, institution.id, p.id, version, "discard")).toEqual({ status: "stale" });
    expect(await change(stranger, institution.id, p.id, draft.state.version, "archive")).toEqual({ status: "not-found" });
    const discarded = await change(editor, institution.id, p.id, draft.state.version, "discard");
    expect(discarded.status).toBe("ok");
    expect(await row(p.id)).toMatchObject({ status: "published", titleEn: `Embedded Linux ${token}`, draft: null, draftSavedAt: null });
  });
});

describe("the preview", () => {
  it("shows the working copy as the public page would, leaving out what is not yet valid; nothing for another institution", async () => {
    const { institution, editor, other } = await setting();
    const p = await draftOf(editor, institution.id);
    await saveDraft(editor, saveDraftSchema.parse({ ...complete("v"), titleEn: "Previewed", hours: -3, slug: "Bad Slug", ...target(institution.id, p.id, p.version) }));
    const preview = await findProgrammePreview(institution.id, p.id);
    expect(preview).toMatchObject({ titleEn: "Previewed", hours: null, slug: p.slug, certificateEn: "Certificate of completion", status: "draft" });
    expect(await findProgrammePreview(other.id, p.id)).toBeNull();
  });
});

describe("experts", () => {
  it("staff who may edit add a shared expert (audited); others cannot", async () => {
    const { institution, editor, reviewer } = await setting();
    const input = newExpertSchema.parse({ institutionId: institution.id, nameZh: "玛丽", nameEn: `Mary O'Brien ${uniqueToken("m")}`, affiliationZh: "都柏林大学", affiliationEn: "University College Dublin", country: "IE", bioZh: "", bioEn: "Networks." });
    const made = await createExpert(editor, input, request);
    expect(made.status).toBe("ok");
    const id = made.status === "ok" ? made.expert.id : "";
    expect((await testDb.expert.findUniqueOrThrow({ where: { id } })).slug).toMatch(/^mary-o-brien-/);
    expect(await testDb.auditEvent.count({ where: { action: "expert.created", subjectId: id, institutionId: institution.id } })).toBe(1);
    expect(await createExpert(reviewer, input, request)).toEqual({ status: "not-found" });
  });
});
