import fc from "fast-check";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { apply } from "@/lib/enrollment/mutations/changes";
import { decide } from "@/lib/enrollment/mutations/staff";
import { answerSnapshot, type QuestionSet } from "@/lib/enrollment/questions";
import { findApplicants } from "@/lib/roster/queries";
import { exportRoster, runBulk } from "@/lib/roster/mutations";
import { admitAction, bulkAction, moveOnWaitlistAction, outcomeAction } from "@/lib/roster/actions";
import { APPLICANTS_PAGE_SIZE, applicantFilterSchema, BULK_MAX, rosterExportSchema } from "@/lib/roster/schema";
import { GET as getRoster } from "@/app/api/v1/offerings/[id]/roster/route";
import { apiErrorSchema } from "@/lib/api/schema";
import { days, makeInstitution, makeOffering, makeProgramme, testDb, uniqueToken } from "../support/factories";
import { actorOf } from "../support/accounts";

// The applicants page's data and actions, and the roster export, against a real database. The
// session is whoever `current.actor` is (server actions and the API route read it through
// lib/auth/session.ts), and every Prisma operation of the portal's client is counted, so that a
// list that grew a query per applicant would show.
const current = vi.hoisted(() => ({ actor: null as Actor | null, operations: 0 }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => current.actor, getApiActor: async () => current.actor }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "10.9.8.7" }) }));
vi.mock("@/lib/db", async (importOriginal) => {
  const { db } = await importOriginal<typeof import("@/lib/db")>();
  return { db: db.$extends({ query: { async $allOperations({ args, query }) { current.operations++; return query(args); } } }) };
});

afterAll(() => testDb.$disconnect());
beforeEach(() => { current.actor = null; });

const SET: QuestionSet = {
  steps: [{
    key: "about", title: { zh: "关于您", en: "About you" },
    questions: [
      { key: "employer", kind: "text", label: { zh: "工作单位", en: "Employer" }, required: true, maxLength: 200 },
      { key: "years", kind: "number", label: { zh: "工作年限", en: "Years of experience" }, required: true, min: 0, max: 60, integer: true },
    ],
  }],
};

/** People who never sign in: made in one statement, with a placeholder password hash. */
async function people(names: string[]): Promise<Actor[]> {
  const token = uniqueToken("p");
  const now = new Date();
  const data = names.map((name, i) => ({ email: `${token}.${i}@example.com`, name, passwordHash: "x", emailVerifiedAt: now, consentAt: now, consentVersion: "1" }));
  await testDb.user.createMany({ data });
  const rows = await testDb.user.findMany({ where: { email: { in: data.map((d) => d.email) } }, select: { id: true, email: true } });
  const byEmail = new Map(rows.map((r) => [r.email, r.id]));
  return Promise.all(data.map((d) => actorOf(byEmail.get(d.email)!)));
}

/** An institution running a reviewed (or first-come) offering with questions, its staff, and the owner of another institution. */
async function setting(o: { admission?: "reviewed" | "first-come"; capacity?: number | null; started?: boolean } = {}) {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id, { kind: "overseas" });
  await testDb.programme.update({ where: { id: programme.id }, data: { admission: o.admission ?? "reviewed" } });
  await testDb.questionSet.create({ data: { programmeId: programme.id, version: 1, definition: SET } });
  const offering = await makeOffering(programme.id, o.started ? { capacity: o.capacity, startsIn: -1, opensIn: -20, closesIn: -2, sessions: 3 } : { capacity: o.capacity === undefined ? 30 : o.capacity });
  const [owner, editor, reviewer] = await people(["主任", "编辑", "审核人"]);
  for (const [actor, role] of [[owner, "owner"], [editor, "editor"], [reviewer, "reviewer"]] as const) await testDb.membership.create({ data: { userId: actor!.id, institutionId: institution.id, role } });
  const other = await makeInstitution();
  const [outsider] = await people(["别家主任"]);
  await testDb.membership.create({ data: { userId: outsider!.id, institutionId: other.id, role: "owner" } });
  return { institution, programme, offering, owner: await actorOf(owner!.id), editor: await actorOf(editor!.id), reviewer: await actorOf(reviewer!.id), outsider: await actorOf(outsider!.id) };
}

/** Applies as each person (answers included), while the window is open; the enrollment ids in that order. */
async function applyAll(offeringId: string, actors: Actor[], started = false): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, actor] of actors.entries()) {
    const result = await apply(actor, offeringId, { answers: answerSnapshot(SET, { employer: `单位${i}`, years: i }), formVersion: 1 }, started ? days(-10) : new Date());
    if (result.status !== "ok") throw new Error(`apply: ${result.status}`);
    ids.push(result.enrollment.id);
  }
  return ids;
}

const filter = (values: Record<string, string> = {}) => applicantFilterSchema.parse(values);
const statesOf = async (ids: string[]) => (await testDb.enrollment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { id: true, state: true, waitRank: true } }));
/** Everything a refused action must leave as it was. */
const footprint = async (ids: string[]) => ({
  enrollments: await statesOf(ids),
  events: await testDb.enrollmentEvent.count({ where: { enrollmentId: { in: ids } } }),
  audits: await testDb.auditEvent.count({ where: { subjectId: { in: ids } } }),
  outbox: await testDb.outboxMessage.count(),
});

describe("the applicants list", () => {
  it("lists every enrollment with state, waitlist place and answers; filters by state, searches names and emails, and pages", async () => {
    const { institution, offering, reviewer } = await setting({ capacity: 2 });
    const names = Array.from({ length: 31 }, (_, i) => `申请人${String(i).padStart(2, "0")}`);
    names[7] = "张三丰";
    const applicants = await people(names);
    const ids = await applyAll(offering.id, applicants);
    for (const id of ids.slice(0, 5)) expect((await decide(reviewer, { enrollmentId: id, decision: "approve" })).status).toBe("ok");
    await decide(reviewer, { enrollmentId: ids[5]!, decision: "reject", reasonCode: "documents", message: "缺少材料" });

    const all = (await findApplicants(institution.id, offering.id, filter(), reviewer.id))!;
    expect(all.total).toBe(31);
    expect(all.pageCount).toBe(2);
    expect(all.items).toHaveLength(APPLICANTS_PAGE_SIZE);
    expect(all.counts).toMatchObject({ submitted: 25, confirmed: 2, waitlisted: 3, rejected: 1 });
    expect(all.offering).toMatchObject({ id: offering.id, seatsTaken: 2, capacity: 2 });
    expect(all.items.slice(0, 6).map((a) => [a.user.name, a.state, a.position])).toEqual([
      ["申请人00", "confirmed", null], ["申请人01", "confirmed", null], ["申请人02", "waitlisted", 1], ["申请人03", "waitlisted", 2], ["申请人04", "waitlisted", 3], ["申请人05", "rejected", null],
    ]);
    expect(all.items[0]!.answers).toMatchObject({ values: { employer: "单位0", years: 0 } });
    const second = (await findApplicants(institution.id, offering.id, filter({ page: "2" }), reviewer.id))!;
    expect(second.items.map((a) => a.user.name)).toEqual(["申请人30"]);

    const waiting = (await findApplicants(institution.id, offering.id, filter({ state: "waitlisted" }), reviewer.id))!;
    expect(waiting.items.map((a) => a.position)).toEqual([1, 2, 3]);
    expect(waiting.total).toBe(3);

    const byName = (await findApplicants(institution.id, offering.id, filter({ q: "三丰" }), reviewer.id))!;
    expect(byName.items.map((a) => a.user.name)).toEqual(["张三丰"]);
    const byEmail = (await findApplicants(institution.id, offering.id, filter({ q: applicants[9]!.email.toUpperCase() }), reviewer.id))!;
    expect(byEmail.items.map((a) => a.user.name)).toEqual(["申请人09"]);
    const both = (await findApplicants(institution.id, offering.id, filter({ q: "申请人0", state: "submitted" }), reviewer.id))!;
    expect(both.items.map((a) => a.user.name)).toEqual(["申请人06", "申请人08", "申请人09"]);
    // The search is text, not a pattern.
    for (const q of ["%", "_", "\\", "申请人_1"]) expect((await findApplicants(institution.id, offering.id, filter({ q }), reviewer.id))!.total).toBe(0);
  });

  it("reads a page in a fixed number of queries, however many applicants (the answers come with the rows)", async () => {
    const { institution, offering, owner } = await setting({ capacity: 1 });
    const few = await applyAll(offering.id, await people(["甲", "乙"]));
    const count = async () => {
      current.operations = 0;
      const page = await findApplicants(institution.id, offering.id, filter(), owner.id);
      return { operations: current.operations, rows: page!.items.length };
    };
    const small = await count();
    await applyAll(offering.id, await people(Array.from({ length: 26 }, (_, i) => `丙${i}`)));
    const large = await count();
    expect([small.rows, large.rows]).toEqual([few.length, 28]);
    expect(large.operations).toBe(small.operations);
    expect(large.operations).toBeLessThanOrEqual(5);
  });

  it("marks the viewer's own application, and finds nothing of another institution's offering", async () => {
    const { institution, offering, reviewer, outsider } = await setting();
    await applyAll(offering.id, [reviewer]);
    const page = (await findApplicants(institution.id, offering.id, filter(), reviewer.id))!;
    expect(page.items.map((a) => a.own)).toEqual([true]);
    const elsewhere = outsider.memberships[0]!.institutionId;
    expect(await findApplicants(elsewhere, offering.id, filter(), outsider.id)).toBeNull();
  });
});

describe("bulk actions", () => {
  it("approve several at once, earliest first: seats then the waitlist; already decided and foreign ones are counted, not changed", async () => {
    const { offering, reviewer, institution } = await setting({ capacity: 2 });
    const ids = await applyAll(offering.id, await people(["一", "二", "三", "四", "五"]));
    await decide(reviewer, { enrollmentId: ids[4]!, decision: "reject", reasonCode: "other", message: "名额有限" });
    const elsewhere = await setting();
    const [foreign] = await applyAll(elsewhere.offering.id, await people(["外"]));
    const result = await runBulk(reviewer, { offeringId: offering.id, enrollmentIds: [ids[3]!, ids[0]!, ids[1]!, ids[2]!, ids[4]!, foreign!], action: "approve" });
    expect(result).toEqual({ status: "ok", summary: { action: "approve", done: 4, states: { confirmed: 2, waitlisted: 2 }, notAllowed: 1, conflict: 0, notFound: 1 } });
    expect((await statesOf(ids)).map((e) => [ids.indexOf(e.id), e.state]).sort()).toEqual([[0, "confirmed"], [1, "confirmed"], [2, "waitlisted"], [3, "waitlisted"], [4, "rejected"]]);
    expect(await testDb.auditEvent.count({ where: { action: "enrollment.decided", institutionId: institution.id, actorId: reviewer.id } })).toBe(5);
    expect((await statesOf([foreign!]))[0]!.state).toBe("submitted");
  });

  it("reject several with one recorded reason and message, each told", async () => {
    const { offering, owner } = await setting();
    const ids = await applyAll(offering.id, await people(["甲", "乙", "丙"]));
    const result = await runBulk(owner, { offeringId: offering.id, enrollmentIds: ids, action: "reject", reasonCode: "requirements", message: "需要三年工作经验" });
    expect(result).toMatchObject({ status: "ok", summary: { done: 3, states: { rejected: 3 } } });
    const events = await testDb.enrollmentEvent.findMany({ where: { enrollmentId: { in: ids }, to: "rejected" } });
    expect(events.map((e) => [e.reasonCode, e.message, e.actorId])).toEqual(Array(3).fill(["requirements", "需要三年工作经验", owner.id]));
    const userIds = (await testDb.enrollment.findMany({ where: { id: { in: ids } } })).map((e) => e.userId);
    expect(await testDb.notification.count({ where: { kind: "enrollment.rejected", userId: { in: userIds } } })).toBe(3);
  });

  it("refuse staff of another institution, editors deciding and reviewers running, as not found, changing nothing", async () => {
    const { offering, outsider, editor, reviewer, owner } = await setting({ capacity: 1, started: true });
    const ids = await applyAll(offering.id, await people(["甲", "乙", "丙"]), true);
    await decide(owner, { enrollmentId: ids[0]!, decision: "approve" });
    const before = await footprint(ids);
    expect(await runBulk(outsider, { offeringId: offering.id, enrollmentIds: ids, action: "approve" })).toEqual({ status: "not-found" });
    expect(await runBulk(outsider, { offeringId: offering.id, enrollmentIds: ids, action: "complete" })).toEqual({ status: "not-found" });
    expect(await runBulk(editor, { offeringId: offering.id, enrollmentIds: ids, action: "reject", reasonCode: "other", message: "不行" })).toEqual({ status: "not-found" });
    expect(await runBulk(reviewer, { offeringId: offering.id, enrollmentIds: ids, action: "no-show" })).toEqual({ status: "not-found" });
    // Another institution's owner naming this institution's enrollments under their own offering finds nothing either.
    const theirs = await setting();
    const asOutsider = await actorOf(theirs.owner.id);
    expect(await runBulk(asOutsider, { offeringId: theirs.offering.id, enrollmentIds: ids, action: "approve" })).toMatchObject({ status: "ok", summary: { done: 0, notFound: 3 } });
    expect(await footprint(ids)).toEqual(before);
  });

  it("mark completed or no-show only once the offering has started, and only confirmed people", async () => {
    const early = await setting();
    const [waiting] = await applyAll(early.offering.id, await people(["早"]));
    expect(await runBulk(early.owner, { offeringId: early.offering.id, enrollmentIds: [waiting!], action: "complete" })).toEqual({ status: "not-started" });

    const { offering, owner, editor } = await setting({ capacity: 10, started: true, admission: "first-come" });
    const ids = await applyAll(offering.id, await people(["甲", "乙", "丙"]), true);
    expect(await runBulk(editor, { offeringId: offering.id, enrollmentIds: ids.slice(0, 2), action: "complete" })).toMatchObject({ status: "ok", summary: { done: 2, states: { completed: 2 } } });
    expect(await runBulk(owner, { offeringId: offering.id, enrollmentIds: ids, action: "no-show" })).toMatchObject({ status: "ok", summary: { done: 1, notAllowed: 2, states: { "no-show": 1 } } });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).seatsTaken).toBe(3); // completion never frees a seat
  });
});

describe("the server actions", () => {
  it("bulk: refuses bad input with field messages, changing nothing; answers a summary", async () => {
    const { offering, reviewer } = await setting();
    const ids = await applyAll(offering.id, await people(["甲", "乙"]));
    current.actor = reviewer;
    const before = await footprint(ids);
    const refused = [
      await bulkAction({ offeringId: offering.id, enrollmentIds: [], action: "approve" }, "en"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: Array.from({ length: BULK_MAX + 1 }, (_, i) => `id${i}`), action: "approve" }, "en"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "reject", reasonCode: "mood", message: "" } as never, "zh-CN"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: ["not an id!"], action: "approve" }, "en"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "delete" } as never, "en"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: ["\ud800"], action: "approve" }, "en"),
    ];
    expect(refused.map((r) => (r.ok ? "ok" : Object.keys(r.fieldErrors).sort().join(",")))).toEqual(["enrollmentIds", "enrollmentIds", "message,reasonCode", "enrollmentIds.0", "action", "enrollmentIds.0"]);
    expect(await footprint(ids)).toEqual(before);

    current.actor = null;
    expect(await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "approve" }, "en")).toMatchObject({ ok: false, formError: expect.any(String) });
    current.actor = reviewer;
    expect(await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "approve" }, "en")).toEqual({ ok: true, data: { action: "approve", done: 2, states: { confirmed: 2 }, notAllowed: 0, conflict: 0, notFound: 0 } });
    // A reviewer decides; completion is for the staff running the offering.
    expect(await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "complete" }, "en")).toEqual({ ok: false, fieldErrors: {}, formError: "Page not found" });
  });

  it("move on the waitlist, admit over capacity and mark an outcome, with the reason; refusals in words", async () => {
    const { offering, owner, outsider } = await setting({ capacity: 1, admission: "first-come" });
    const ids = await applyAll(offering.id, await people(["甲", "乙", "丙"]));
    current.actor = owner;
    expect(await moveOnWaitlistAction({ enrollmentId: ids[2]!, position: "1", reason: "企业推荐" } as never, "zh-CN")).toEqual({ ok: true, data: { position: 1 } });
    const waiting = (await findApplicants(owner.memberships[0]!.institutionId, offering.id, filter({ state: "waitlisted" }), owner.id))!;
    expect(waiting.items.map((a) => a.id)).toEqual([ids[2], ids[1]]);
    expect(await moveOnWaitlistAction({ enrollmentId: ids[0]!, position: 1, reason: "确认的人不在候补" }, "en")).toEqual({ ok: false, fieldErrors: {}, formError: "This cannot be done in the application's current state." });
    expect(await moveOnWaitlistAction({ enrollmentId: ids[1]!, position: 0, reason: " " }, "en")).toMatchObject({ ok: false, fieldErrors: { position: expect.any(String), reason: expect.any(String) } });
    expect(await admitAction({ enrollmentId: ids[1]!, reason: "合作企业资助" }, "zh-CN")).toEqual({ ok: true, data: undefined });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } }))).toMatchObject({ capacity: 2, seatsTaken: 2 });
    expect(await outcomeAction({ offeringId: offering.id, enrollmentId: ids[0]!, outcome: "complete" }, "en")).toEqual({ ok: false, fieldErrors: {}, formError: "Completion and attendance can be marked once the offering has started." });

    current.actor = outsider;
    const before = await footprint(ids);
    for (const result of [
      await moveOnWaitlistAction({ enrollmentId: ids[2]!, position: 1, reason: "x" }, "en"),
      await admitAction({ enrollmentId: ids[2]!, reason: "x" }, "en"),
      await outcomeAction({ offeringId: offering.id, enrollmentId: ids[0]!, outcome: "no-show" }, "en"),
      await bulkAction({ offeringId: offering.id, enrollmentIds: ids, action: "approve" }, "en"),
    ]) expect(result).toEqual({ ok: false, fieldErrors: {}, formError: "Page not found" });
    expect(await footprint(ids)).toEqual(before);
  });
});

describe("the roster export", () => {
  const readCsv = (buffer: Buffer) => parse(buffer, { bom: true }) as string[][];

  it("CSV and XLSX hold the same rows with the chosen columns, and each download is audited", async () => {
    const { offering, reviewer, institution } = await setting({ capacity: 1 });
    const ids = await applyAll(offering.id, await people(["=SUM(A1)", "李四", "王五"]));
    await runBulk(reviewer, { offeringId: offering.id, enrollmentIds: ids, action: "approve" });
    const input = rosterExportSchema.parse({ format: "csv", columns: "name,state,position,decidedAt,answers" });
    const csv = await exportRoster(reviewer, offering.id, input, "zh-CN", { ip: "10.1.1.1" });
    if (csv.status !== "ok") throw new Error(csv.status);
    expect(csv.contentType).toBe("text/csv; charset=utf-8");
    expect(csv.disposition).toMatch(/^attachment; filename="roster-[^"]+\.csv"; filename\*=UTF-8''/);
    const rows = readCsv(csv.body);
    expect(rows[0]).toEqual(["姓名", "状态", "候补位次", "审核时间（Asia/Shanghai）", "工作单位", "工作年限"]);
    expect(rows.slice(1).map((r) => r.slice(0, 3))).toEqual([["'=SUM(A1)", "已确认", ""], ["李四", "候补中", "1"], ["王五", "候补中", "2"]]);
    expect(rows[1]![3]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(rows.slice(1).map((r) => r.slice(4))).toEqual([["单位0", "0"], ["单位1", "1"], ["单位2", "2"]]);

    const xlsx = await exportRoster(reviewer, offering.id, { ...input, format: "xlsx" }, "zh-CN", { ip: null });
    if (xlsx.status !== "ok") throw new Error(xlsx.status);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as never);
    const sheet = workbook.worksheets[0]!;
    const text = (v: unknown) => (v instanceof Date ? "date" : v === null || v === undefined ? "" : String(v));
    const sheetRows = Array.from({ length: sheet.rowCount }, (_, i) => (sheet.getRow(i + 1).values as unknown[]).slice(1));
    expect(sheetRows.map((r) => [...r, ...Array(6 - r.length).fill(null)].map(text))).toEqual(rows.map((r, n) => r.map((c, i) => (n > 0 && i === 3 && c ? "date" : c.replace(/^'/, "")))));

    const audits = await testDb.auditEvent.findMany({ where: { action: "roster.exported", subjectId: offering.id }, orderBy: { at: "asc" } });
    expect(audits.map((a) => [a.actorId, a.institutionId, a.subjectType, a.data])).toEqual([
      [reviewer.id, institution.id, "offering", { format: "csv", columns: ["name", "state", "position", "decidedAt", "answers"], states: null, language: "zh-CN", rows: 3 }],
      [reviewer.id, institution.id, "offering", { format: "xlsx", columns: ["name", "state", "position", "decidedAt", "answers"], states: null, language: "zh-CN", rows: 3 }],
    ]);
    expect(audits[0]!.ip).toBe("10.1.1.1");
  });

  it("GET /api/v1/offerings/{id}/roster: the attachment for staff; 400 naming bad parameters; 404 for staff of another institution, unaudited", async () => {
    const { offering, editor, outsider } = await setting();
    await applyAll(offering.id, await people(["赵六"]));
    const get = (query: string, language = "en") => getRoster(new Request(`http://localhost/api/v1/offerings/${offering.id}/roster${query}`, { headers: { "accept-language": language } }), { params: Promise.resolve({ id: offering.id }) });

    expect((await get("")).status).toBe(401);
    current.actor = outsider;
    expect((await get("?format=csv")).status).toBe(404);
    expect(await testDb.auditEvent.count({ where: { action: "roster.exported", subjectId: offering.id } })).toBe(0);

    current.actor = editor;
    const bad = await get("?format=pdf&columns=name,password&state=done&lang=fr");
    expect(bad.status).toBe(400);
    expect(apiErrorSchema.parse(await bad.json()).error.fields.map((f) => [f.path, f.code])).toEqual([["format", "invalid_choice"], ["columns.1", "invalid_choice"], ["state.0", "invalid_choice"], ["lang", "invalid_choice"]]);
    const response = await get("?columns=name&columns=email&state=submitted&lang=en&format=csv", "zh-CN");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const body = Buffer.from(await response.arrayBuffer());
    expect(readCsv(body)).toEqual([["Name", "Email"], ["赵六", expect.stringMatching(/@example\.com$/)]]);
    expect((await get("?format=xlsx")).headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const notAnId = await getRoster(new Request("http://localhost/api/v1/offerings/x/roster"), { params: Promise.resolve({ id: "../../etc" }) });
    expect(notAnId.status).toBe(404);
  });

  it("never answers 5xx and audits only what it serves, whatever the query string (fast-check)", async () => {
    const { offering, owner } = await setting();
    await applyAll(offering.id, await people(["钱七"]));
    current.actor = owner;
    const value = fc.oneof(fc.constantFrom("csv", "xlsx", "name", "email,phone", "answers", "submitted", "zh-CN", "en", "", ",", "%00", "%E0%A4%A", "%F0%9F%98%80"), fc.string({ maxLength: 20 }));
    const key = fc.constantFrom("format", "columns", "state", "lang", "page", "x");
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 6 }), async (pairs) => {
      const audits = await testDb.auditEvent.count({ where: { action: "roster.exported", subjectId: offering.id } });
      const query = pairs.map(([k, v]) => `${k}=${/%/.test(v) ? v : encodeURIComponent(v)}`).join("&");
      const response = await getRoster(new Request(`http://localhost/api/v1/offerings/${offering.id}/roster?${query}`), { params: Promise.resolve({ id: offering.id }) });
      expect([200, 400]).toContain(response.status);
      await response.arrayBuffer();
      expect(await testDb.auditEvent.count({ where: { action: "roster.exported", subjectId: offering.id } })).toBe(audits + (response.status === 200 ? 1 : 0));
    }), { numRuns: 60 });
  });
});
