import { afterAll, describe, expect, it } from "vitest";
import { applyToJoin, resubmit, reviewInstitution } from "@/lib/institutions/mutations";
import { institutionApplicationSchema, type InstitutionApplicationInput } from "@/lib/institutions/schema";
import { findProgrammes } from "@/lib/catalogue/queries";
import { catalogueQuery } from "@/lib/catalogue/schema";
import { apply } from "@/lib/enrollment/mutations/changes";
import { makeInstitution, makeOffering, makeProgramme, testDb, uniqueCreditCode, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(async () => {
  await testDb.$disconnect();
});

const request = { ip: "10.1.2.3" };

function application(overrides: Partial<InstitutionApplicationInput> = {}) {
  const token = uniqueToken("join");
  return institutionApplicationSchema.parse({
    nameZh: `重庆测试软件学院${token}`, nameEn: `Chongqing Test Software College ${token}`, kind: "university-college",
    registrationCode: uniqueCreditCode(), country: "", district: "beibei", address: "北碚区天生路 2 号", website: "www.example.cn",
    contactName: "王芳", contactEmail: "contact@example.cn", contactPhone: "023 6825 1234", summaryZh: "计算机学院", summaryEn: "A computing school",
    ...overrides,
  });
}

async function people() {
  const applicant = await actorOf((await makeUser({ locale: "en" })).id);
  const bureau = await actorOf((await makeUser({ bureauRole: "reviewer" })).id);
  return { applicant, bureau };
}

describe("an institution joins", () => {
  it("an application makes a pending institution with the applicant as owner, on the timeline and the audit trail", async () => {
    const { applicant } = await people();
    const input = application();
    const result = await applyToJoin(applicant, input, request);
    expect(result.status).toBe("ok");
    const id = result.status === "ok" ? result.institution.id : "";
    const row = await testDb.institution.findUniqueOrThrow({ where: { id }, include: { memberships: true, events: true } });
    expect(row).toMatchObject({ status: "pending", registrationCode: input.registrationCode, country: "CN", website: "https://www.example.cn", contactPhone: "+862368251234" });
    expect(row.slug).toMatch(/^chongqing-test-software-college-join/);
    expect(row.memberships.map((m) => [m.userId, m.role])).toEqual([[applicant.id, "owner"]]);
    expect(row.events.map((e) => [e.from, e.to, e.actorId])).toEqual([[null, "pending", applicant.id]]);
    expect(await testDb.auditEvent.count({ where: { action: "institution.applied", subjectId: id, actorId: applicant.id, ip: "10.1.2.3" } })).toBe(1);
  });

  it("refuses a second live institution with the same credit code, but not after the first was refused", async () => {
    const { applicant, bureau } = await people();
    const code = uniqueCreditCode();
    const first = await applyToJoin(applicant, application({ registrationCode: code }), request);
    expect(await applyToJoin(applicant, application({ registrationCode: code }), request)).toEqual({ status: "duplicate" });
    expect(await testDb.institution.count({ where: { registrationCode: code } })).toBe(1);
    const id = first.status === "ok" ? first.institution.id : "";
    expect(await reviewInstitution(bureau, { institutionId: id, decision: "reject", message: "Not a software school" }, request)).toBe("ok");
    expect((await applyToJoin(applicant, application({ registrationCode: code }), request)).status).toBe("ok");
  });

  it("the bureau asks for changes; the owner (only) resubmits; the bureau verifies; each step tells the owner in their language", async () => {
    const { applicant, bureau } = await people();
    const result = await applyToJoin(applicant, application(), request);
    const id = result.status === "ok" ? result.institution.id : "";
    const stranger = await actorOf((await makeUser()).id);

    expect(await reviewInstitution(stranger, { institutionId: id, decision: "verify" }, request)).toBe("not-found");
    expect(await reviewInstitution(bureau, { institutionId: id, decision: "request-changes", message: "Please give the school's own address" }, request)).toBe("ok");
    const mail = await testDb.outboxMessage.findFirstOrThrow({ where: { to: applicant.email, template: "institution-reviewed" }, orderBy: { createdAt: "desc" } });
    expect(mail.subject).toContain("Application to register");
    expect(mail.text).toContain("Changes requested");
    expect(mail.text).toContain("Please give the school's own address");
    expect(await testDb.notification.count({ where: { userId: applicant.id, kind: "institution.changes-requested" } })).toBe(1);

    const corrected = application({ address: "北碚区天生路 2 号 计算机楼" });
    expect(await resubmit(stranger, id, corrected, request)).toBe("not-found");
    expect(await resubmit(applicant, id, corrected, request)).toBe("ok");
    expect(await resubmit(applicant, id, corrected, request)).toBe("not-found"); // pending again: nothing to resubmit
    expect(await reviewInstitution(bureau, { institutionId: id, decision: "verify" }, request)).toBe("ok");
    const row = await testDb.institution.findUniqueOrThrow({ where: { id }, include: { events: { orderBy: { at: "asc" } } } });
    expect(row.status).toBe("verified");
    expect(row.address).toBe("北碚区天生路 2 号 计算机楼");
    expect(row.events.map((e) => e.to)).toEqual(["pending", "changes-requested", "pending", "verified"]);
    expect(await testDb.auditEvent.count({ where: { subjectId: id, action: { in: ["institution.changes-requested", "institution.resubmitted", "institution.verified"] } } })).toBe(3);
  });

  it("two reviewers deciding at once: one decision is taken, the other finds nothing to decide", async () => {
    const { applicant, bureau } = await people();
    const other = await actorOf((await makeUser({ bureauRole: "admin" })).id);
    const result = await applyToJoin(applicant, application(), request);
    const id = result.status === "ok" ? result.institution.id : "";
    const outcomes = await Promise.all([
      reviewInstitution(bureau, { institutionId: id, decision: "verify" }, request),
      reviewInstitution(other, { institutionId: id, decision: "reject", message: "Duplicate" }, request),
    ]);
    expect(outcomes.sort()).toEqual(["not-found", "ok"]);
    expect(await testDb.institutionEvent.count({ where: { institutionId: id } })).toBe(2);
  });

  it("a pending institution and its programmes are not public; verified, they appear in the catalogue at once", async () => {
    const { applicant, bureau } = await people();
    const token = uniqueToken("pend");
    const institution = await makeInstitution({ status: "pending" });
    await testDb.membership.create({ data: { userId: applicant.id, institutionId: institution.id, role: "owner" } });
    await makeProgramme(institution.id, { titleZh: `待认证课程${token}`, titleEn: `Pending course ${token}` });
    expect((await findProgrammes(catalogueQuery({ q: token }))).total).toBe(0);
    expect(await reviewInstitution(bureau, { institutionId: institution.id, decision: "verify" }, request)).toBe("ok");
    expect((await findProgrammes(catalogueQuery({ q: token }))).items.map((p) => p.titleEn)).toEqual([`Pending course ${token}`]);
  });

  it("a reviewer who applied for an institution cannot decide on it; a colleague can", async () => {
    const { bureau } = await people();
    const result = await applyToJoin(bureau, application(), request);
    const id = result.status === "ok" ? result.institution.id : "";
    expect(await reviewInstitution(bureau, { institutionId: id, decision: "verify" }, request)).toBe("not-found");
    expect((await testDb.institution.findUniqueOrThrow({ where: { id } })).status).toBe("pending");
    const colleague = await actorOf((await makeUser({ bureauRole: "reviewer" })).id);
    expect(await reviewInstitution(colleague, { institutionId: id, decision: "verify" }, request)).toBe("ok");
  });

  it("overseas registration numbers are unique within their country only", async () => {
    const { applicant } = await people();
    const number = `HRB ${uniqueToken("n")}`;
    const overseas = (country: string) => application({ kind: "overseas-partner", registrationCode: number, country, district: null });
    expect((await applyToJoin(applicant, overseas("DE"), request)).status).toBe("ok");
    expect((await applyToJoin(applicant, overseas("GB"), request)).status).toBe("ok");
    expect(await applyToJoin(applicant, overseas("de"), request)).toEqual({ status: "duplicate" });
  });

  it("nobody can apply to a programme of an institution that is not verified, through any path", async () => {
    const { applicant, bureau } = await people();
    const institution = await makeInstitution({ status: "pending" });
    await testDb.membership.create({ data: { userId: applicant.id, institutionId: institution.id, role: "owner" } });
    const offering = await makeOffering((await makeProgramme(institution.id)).id);
    const learner = await actorOf((await makeUser()).id);
    expect(await apply(learner, offering.id)).toEqual({ status: "not-found" });
    await reviewInstitution(bureau, { institutionId: institution.id, decision: "verify" }, request);
    expect((await apply(learner, offering.id)).status).toBe("ok");
  });
});
