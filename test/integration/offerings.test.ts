import { afterAll, describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { addSession, addSessionSeries, cancelOffering, changeCapacity, createOffering, removeSession, updateOffering } from "@/lib/offerings/mutations";
import { cancelOfferingSchema, capacitySchema, createOfferingSchema, sessionSchema, sessionSeriesSchema, updateOfferingSchema } from "@/lib/offerings/schema";
import { findOfferingEditor, findParticipantLinks, findProgrammeOfferings, findQuestionEditor } from "@/lib/offerings/queries";
import { publishQuestionSet } from "@/lib/enrollment/mutations/question-sets";
import { apply, transition } from "@/lib/enrollment/mutations/changes";
import { findEnrollmentsOf } from "@/lib/enrollment/queries";
import { readSnapshot, type QuestionSet } from "@/lib/enrollment/questions";
import { enrollmentCalendar, personalCalendar } from "@/lib/enrollment/calendar";
import { findProgrammeBySlug } from "@/lib/catalogue/queries";
import { presentDetail, presentEnrollment } from "@/lib/api/present";
import { prepareApplication } from "@/lib/enrollment/application";
import { toLocalDateTime } from "@/lib/offerings/times";
import type { Actor } from "@/lib/auth/policy";
import { overseasQuestions } from "@/prisma/seed/data/questions";
import { days, makeInstitution, makeOffering, makeProgramme, testDb, uniqueToken } from "../support/factories";
import { actorOf, makeUser } from "../support/accounts";

afterAll(() => testDb.$disconnect());

// Offerings and sessions as the institution's staff change them, and the questions editor's
// publishing: each authorised against the institution running the programme (staff of another
// institution, and the institution's reviewers, see "not-found" and change nothing), audited,
// and re-indexed for search.

const ZONE = "Asia/Shanghai";
const parse = <T,>(schema: { parse: (v: unknown) => T }, value: unknown) => schema.parse(value);

async function setting(admission: "first-come" | "reviewed" = "first-come") {
  const institution = await makeInstitution();
  const programme = await makeProgramme(institution.id, { kind: admission === "reviewed" ? "overseas" : "training", feeYuan: 1200 });
  await testDb.programme.update({ where: { id: programme.id }, data: { admission } });
  const member = async (role: "owner" | "editor" | "reviewer", on = institution.id) => {
    const user = await makeUser();
    await testDb.membership.create({ data: { userId: user.id, institutionId: on, role } });
    return actorOf(user.id);
  };
  const other = await makeInstitution();
  return { institution, programme, owner: await member("owner"), editor: await member("editor"), reviewer: await member("reviewer"), outsider: await member("owner", other.id) };
}
const people = async (n: number) => Promise.all(Array.from({ length: n }, async () => actorOf((await makeUser()).id)));
const local = (d: Date) => toLocalDateTime(d, ZONE);
const offeringValues = (programmeId: string, more: Record<string, unknown> = {}) => ({
  programmeId, code: uniqueToken("o").toLowerCase(), timeZone: ZONE,
  startsAt: local(days(40)), endsAt: local(days(41)), opensAt: local(days(-1)), closesAt: local(days(39)),
  capacity: "20", feeYuan: "", mode: "", admission: "", venueZh: "", venueEn: "", onlineUrl: "", ...more,
});
const audits = (action: string, subjectId: string) => testDb.auditEvent.findMany({ where: { action, subjectId }, orderBy: { at: "asc" } });

describe("creating and editing an offering", () => {
  it("adds an offering read in its own time zone, audited and indexed; others see not-found and nothing is made", async () => {
    const { programme, editor, reviewer, outsider, institution } = await setting();
    const values = offeringValues(programme.id, { startsAt: "2030-03-04T09:00", endsAt: "2030-05-20T17:00", opensAt: "2030-01-10T00:00", closesAt: "2030-03-01T23:59", feeYuan: "800", mode: "online", onlineUrl: "meet.example.cn/room-1" });
    const input = parse(createOfferingSchema, values);
    expect(await createOffering(reviewer, input)).toEqual({ status: "not-found" });
    expect(await createOffering(outsider, input)).toEqual({ status: "not-found" });
    expect(await testDb.offering.count({ where: { programmeId: programme.id } })).toBe(0);

    const created = await createOffering(editor, input);
    expect(created.status).toBe("ok");
    const id = created.status === "ok" ? created.offering.id : "";
    const row = await testDb.offering.findUniqueOrThrow({ where: { id } });
    // 09:00 in Shanghai is 01:00 UTC; the machine's own zone (TZ of the test run) plays no part.
    expect(row.startsAt.toISOString()).toBe("2030-03-04T01:00:00.000Z");
    expect(row).toMatchObject({ timeZone: ZONE, capacity: 20, feeYuan: 800, mode: "online", admission: null, onlineUrl: "https://meet.example.cn/room-1", status: "scheduled" });
    expect(await audits("offering.created", id)).toMatchObject([{ actorId: editor.id, institutionId: institution.id }]);
    const doc = await testDb.searchDocument.findUniqueOrThrow({ where: { programmeId: programme.id } });
    expect(doc.nextStartsAt?.toISOString()).toBe("2030-03-04T01:00:00.000Z");

    // The code is unique within the programme.
    expect(await createOffering(editor, parse(createOfferingSchema, { ...values, code: input.code.toUpperCase() }))).toEqual({ status: "code-taken" });
    expect(await testDb.offering.count({ where: { programmeId: programme.id } })).toBe(1);
  });

  it("refuses a window closing after the start, an end before the start and an unknown zone, each on its field", () => {
    const base = offeringValues("cprogramme");
    const issues = (v: Record<string, unknown>) => createOfferingSchema.safeParse({ ...base, ...v }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues({ closesAt: local(days(45)) })).toEqual([["closesAt", "studio.offerings.errors.closes_after_start"]]);
    expect(issues({ endsAt: local(days(39)) })).toEqual([["endsAt", "studio.offerings.errors.ends_before_start"]]);
    expect(issues({ timeZone: "Mars/Olympus" })).toEqual([["timeZone", "studio.offerings.errors.time_zone"]]);
    expect(issues({ startsAt: "2030-02-30T09:00" })).toEqual([["startsAt", "studio.offerings.errors.date_time"]]);
    expect(issues({ capacity: "0", feeYuan: "-5" })).toEqual([["capacity", "studio.offerings.errors.capacity"], ["feeYuan", "studio.offerings.errors.fee"]]);
    expect(createOfferingSchema.parse({ ...base, timeZone: "" }).timeZone).toBe("Asia/Shanghai");
  });

  it("edits the details (audited before and after); once it has sessions its dates are theirs; a cancelled one stays as it is", async () => {
    const { programme, owner, outsider } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 0, capacity: 10 });
    const values = { offeringId: offering.id, ...offeringValues(programme.id, { code: offering.code, venueZh: "两江新区软件园 B 栋", venueEn: "Building B, Liangjiang Software Park", admission: "reviewed" }) };
    expect(await updateOffering(outsider, parse(updateOfferingSchema, values))).toEqual({ status: "not-found" });
    expect(await updateOffering(owner, parse(updateOfferingSchema, values))).toEqual({ status: "ok" });
    const row = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
    expect(row).toMatchObject({ venueEn: "Building B, Liangjiang Software Park", admission: "reviewed", capacity: 10 });
    const [audit] = await audits("offering.updated", offering.id);
    expect(audit!.data).toMatchObject({ before: { admission: null, venueZh: null }, after: { admission: "reviewed", venueZh: "两江新区软件园 B 栋" } });

    await addSession(owner, parse(sessionSchema, { offeringId: offering.id, date: "2030-06-02", startTime: "19:00", endTime: "21:00" }));
    expect(await updateOffering(owner, parse(updateOfferingSchema, { ...values, closesAt: local(days(39)) }))).toEqual({ status: "ok" });
    const withSession = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
    expect([withSession.startsAt.toISOString(), withSession.endsAt.toISOString()]).toEqual(["2030-06-02T11:00:00.000Z", "2030-06-02T13:00:00.000Z"]);
    // The window may not close after the first session, whatever dates the form sent.
    expect(await updateOffering(owner, parse(updateOfferingSchema, { ...values, startsAt: "2031-01-01T09:00", endsAt: "2031-01-02T09:00", closesAt: "2030-12-31T09:00" }))).toEqual({ status: "closes-after-start" });

    await cancelOffering(owner, parse(cancelOfferingSchema, { offeringId: offering.id, reasonZh: "场地不可用", reasonEn: "The venue is unavailable" }));
    expect(await updateOffering(owner, parse(updateOfferingSchema, { ...values, venueEn: "Elsewhere" }))).toEqual({ status: "cancelled" });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).venueEn).toBe("Building B, Liangjiang Software Park");
  });
});

describe("sessions", () => {
  it("adds one, and a weekly series in one step, in the offering's zone; numbered in time order; the offering spans them", async () => {
    const { programme, editor, outsider } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 0 });
    const series = parse(sessionSeriesSchema, { offeringId: offering.id, firstDate: "2030-09-03", startTime: "19:00", durationMinutes: "120", weeks: "4", weekdays: ["2", "4"], venueZh: "", venueEn: "", url: "" });
    expect(await addSessionSeries(outsider, series)).toEqual({ status: "not-found" });
    expect(await addSessionSeries(editor, series)).toEqual({ status: "ok", added: 8 });
    // One more, earlier than the series: it becomes the first.
    expect(await addSession(editor, parse(sessionSchema, { offeringId: offering.id, date: "2030-09-01", startTime: "09:30", endTime: "11:00", url: "https://meet.example.cn/intro" }))).toEqual({ status: "ok", added: 1 });
    const sessions = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
    expect(sessions.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const localStarts = sessions.map((s) => { const d = new TZDate(s.startsAt.getTime(), ZONE); return `${d.getMonth() + 1}-${d.getDate()} ${d.getHours()}:${d.getMinutes()}`; });
    expect(localStarts).toEqual(["9-1 9:30", "9-3 19:0", "9-5 19:0", "9-10 19:0", "9-12 19:0", "9-17 19:0", "9-19 19:0", "9-24 19:0", "9-26 19:0"]);
    expect(sessions[0]!.url).toBe("https://meet.example.cn/intro");
    const row = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
    expect([row.startsAt, row.endsAt]).toEqual([sessions[0]!.startsAt, sessions[8]!.endsAt]);
    expect(await audits("offering.sessions-changed", offering.id)).toHaveLength(2);

    // A session starting when another does is refused, and nothing is added.
    expect(await addSession(editor, parse(sessionSchema, { offeringId: offering.id, date: "2030-09-03", startTime: "19:00", endTime: "20:00" }))).toEqual({ status: "duplicate" });
    expect(await testDb.offeringSession.count({ where: { offeringId: offering.id } })).toBe(9);
  });

  it("keeps every session at the same local time across a daylight-saving change", async () => {
    const { programme, owner } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 0 });
    await testDb.offering.update({ where: { id: offering.id }, data: { timeZone: "Europe/London" } });
    await addSessionSeries(owner, parse(sessionSeriesSchema, { offeringId: offering.id, firstDate: "2030-03-20", startTime: "18:00", durationMinutes: "90", weeks: "3" }));
    const sessions = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
    // 18:00 GMT, then 18:00 BST (17:00 UTC) after the clocks go forward on 31 March 2030.
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(["2030-03-20T18:00:00.000Z", "2030-03-27T18:00:00.000Z", "2030-04-03T17:00:00.000Z"]);
  });

  it("stops at 200 sessions, naming how many there are", async () => {
    const { programme, owner } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 0 });
    const week = (firstDate: string) => parse(sessionSeriesSchema, { offeringId: offering.id, firstDate, startTime: "08:00", durationMinutes: "60", weeks: "52", weekdays: ["1", "3", "5"] });
    expect(sessionSeriesSchema.safeParse({ ...week("2030-01-07"), weekdays: ["1", "2", "3", "4", "5"] }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["weeks", "studio.offerings.errors.too_many_sessions:200"]]);
    expect(await addSessionSeries(owner, week("2030-01-07"))).toEqual({ status: "ok", added: 156 });
    expect(await addSessionSeries(owner, week("2031-01-06"))).toEqual({ status: "too-many", existing: 156 });
    expect(await testDb.offeringSession.count({ where: { offeringId: offering.id } })).toBe(156);
  });

  it("removes one and renumbers the rest; never one where people were checked in", async () => {
    const { programme, editor, outsider } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 3 });
    const [first, second, third] = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
    expect(await removeSession(outsider, { offeringId: offering.id, sessionId: second!.id })).toEqual({ status: "not-found" });
    expect(await removeSession(editor, { offeringId: offering.id, sessionId: second!.id })).toEqual({ status: "ok" });
    const left = await testDb.offeringSession.findMany({ where: { offeringId: offering.id }, orderBy: { position: "asc" } });
    expect(left.map((s) => [s.id, s.position])).toEqual([[first!.id, 0], [third!.id, 1]]);

    const [person] = await people(1);
    const applied = await apply(person!, offering.id);
    await testDb.attendance.create({ data: { enrollmentId: applied.status === "ok" ? applied.enrollment.id : "", sessionId: third!.id, method: "name" } });
    expect(await removeSession(editor, { offeringId: offering.id, sessionId: third!.id })).toEqual({ status: "attended" });
    expect(await testDb.offeringSession.count({ where: { offeringId: offering.id } })).toBe(2);
  });
});

describe("capacity", () => {
  it("never goes below the seats taken (saying how many); raising it promotes from the waitlist, audited", async () => {
    const { programme, owner, reviewer, outsider, institution } = await setting();
    const offering = await makeOffering(programme.id, { capacity: 2 });
    const [a, b, c, d] = await people(4);
    const ids = [];
    for (const p of [a, b, c, d]) { const r = await apply(p!, offering.id); ids.push(r.status === "ok" ? r.enrollment.id : ""); }
    expect(capacitySchema.parse({ offeringId: offering.id, capacity: "" }).capacity).toBeNull();

    expect(await changeCapacity(reviewer, { offeringId: offering.id, capacity: 4 })).toEqual({ status: "not-found" });
    expect(await changeCapacity(outsider, { offeringId: offering.id, capacity: 4 })).toEqual({ status: "not-found" });
    expect(await changeCapacity(owner, { offeringId: offering.id, capacity: 1 })).toEqual({ status: "below-taken", taken: 2 });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).capacity).toBe(2);
    expect(await audits("offering.capacity-changed", offering.id)).toEqual([]);

    expect(await changeCapacity(owner, { offeringId: offering.id, capacity: 3 })).toEqual({ status: "ok" });
    const states = await testDb.enrollment.findMany({ where: { id: { in: ids } }, select: { id: true, state: true } });
    expect(ids.map((id) => states.find((s) => s.id === id)!.state)).toEqual(["confirmed", "confirmed", "confirmed", "waitlisted"]);
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).seatsTaken).toBe(3);
    expect((await audits("offering.capacity-changed", offering.id))[0]).toMatchObject({ actorId: owner.id, institutionId: institution.id, data: { capacity: { before: 2, after: 3 }, promoted: 1 } });

    // No limit: everyone waiting gets a place.
    expect(await changeCapacity(owner, { offeringId: offering.id, capacity: null })).toEqual({ status: "ok" });
    expect((await testDb.enrollment.findUniqueOrThrow({ where: { id: ids[3] } })).state).toBe("confirmed");
  });
});

describe("cancelling an offering", () => {
  it("cancels every live enrollment through the engine, releasing the seats, tells each applicant in their language, audited and re-indexed", async () => {
    const { programme, owner, editor, reviewer, outsider, institution } = await setting();
    const offering = await makeOffering(programme.id, { capacity: 2 });
    const zh = await actorOf((await makeUser({ locale: "zh-CN" })).id);
    const en = await actorOf((await makeUser({ locale: "en" })).id);
    const [waiting, gone] = await people(2);
    for (const p of [zh, en, waiting!, gone!]) await apply(p, offering.id);
    const goneId = (await findEnrollmentsOf(gone!.id))[0]!.id;
    await transition("withdraw", goneId, { mover: "self", actor: gone! });
    const input = parse(cancelOfferingSchema, { offeringId: offering.id, reasonZh: "主讲教师因病无法授课。", reasonEn: "The lecturer is ill and cannot teach." });
    expect(cancelOfferingSchema.safeParse({ ...input, reasonEn: "  " }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reasonEn", "studio.offerings.errors.reason_required"]]);

    expect(await cancelOffering(reviewer, input)).toEqual({ status: "not-found" });
    expect(await cancelOffering(outsider, input)).toEqual({ status: "not-found" });
    expect((await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } })).status).toBe("scheduled");
    const before = await testDb.notification.count({ where: { userId: { in: [zh.id, en.id, waiting!.id] } } });

    expect(await cancelOffering(editor, input)).toEqual({ status: "ok", cancelled: 3 });
    const row = await testDb.offering.findUniqueOrThrow({ where: { id: offering.id } });
    expect(row).toMatchObject({ status: "cancelled", seatsTaken: 0, cancelReasonZh: "主讲教师因病无法授课。", cancelReasonEn: "The lecturer is ill and cannot teach." });
    expect(row.cancelledAt).not.toBeNull();
    const enrollments = await testDb.enrollment.findMany({ where: { offeringId: offering.id }, select: { userId: true, state: true } });
    expect(Object.fromEntries(enrollments.map((e) => [e.userId, e.state]))).toEqual({ [zh.id]: "cancelled", [en.id]: "cancelled", [waiting!.id]: "cancelled", [gone!.id]: "withdrawn" });
    const event = await testDb.enrollmentEvent.findFirstOrThrow({ where: { enrollment: { userId: en.id, offeringId: offering.id }, to: "cancelled" } });
    expect(event).toMatchObject({ from: "confirmed", actorId: editor.id, actorLabel: "offering-cancelled", reasonCode: "offering-cancelled", message: "The lecturer is ill and cannot teach." });

    // One notice each, about the offering (not a second one about the state), and one email in their language.
    const notices = await testDb.notification.findMany({ where: { userId: { in: [zh.id, en.id, waiting!.id] } }, orderBy: { createdAt: "asc" } });
    expect(notices.length - before).toBe(3);
    expect(notices.filter((n) => n.kind === "offering.cancelled")).toHaveLength(3);
    expect(await testDb.notification.count({ where: { userId: gone!.id, kind: "offering.cancelled" } })).toBe(0);
    const mailZh = await testDb.outboxMessage.findFirstOrThrow({ where: { to: zh.email, template: "offering-cancelled" } });
    expect(mailZh.subject).toMatch(/^开班已取消：/);
    expect(mailZh.text).toContain("取消原因：主讲教师因病无法授课。");
    const mailEn = await testDb.outboxMessage.findFirstOrThrow({ where: { to: en.email, template: "offering-cancelled" } });
    expect(mailEn.text).toContain("The reason: The lecturer is ill and cannot teach.");
    expect(mailEn.text).toContain("http://localhost:3000/en/me/enrollments");

    expect((await audits("offering.cancelled", offering.id))[0]).toMatchObject({ actorId: editor.id, institutionId: institution.id, data: { enrollmentsCancelled: 3, seatsReleased: 2 } });
    expect((await testDb.searchDocument.findUniqueOrThrow({ where: { programmeId: programme.id } })).openNow).toBe(false);

    // Done once: a second cancellation, applying again, or changing anything about it, is refused.
    expect(await cancelOffering(owner, input)).toEqual({ status: "already-cancelled" });
    expect((await apply((await people(1))[0]!, offering.id)).status).toBe("cancelled");
    expect(await changeCapacity(owner, { offeringId: offering.id, capacity: 5 })).toEqual({ status: "cancelled" });
    expect(await addSession(owner, parse(sessionSchema, { offeringId: offering.id, date: "2030-01-01", startTime: "10:00", endTime: "11:00" }))).toEqual({ status: "cancelled" });
  });
});

describe("an offering's own admission mode", () => {
  it("is what applying follows, whichever way it differs from the programme's", async () => {
    const firstCome = await setting("first-come");
    const reviewedHere = await makeOffering(firstCome.programme.id);
    await testDb.offering.update({ where: { id: reviewedHere.id }, data: { admission: "reviewed" } });
    const reviewed = await setting("reviewed");
    const firstComeHere = await makeOffering(reviewed.programme.id);
    await testDb.offering.update({ where: { id: firstComeHere.id }, data: { admission: "first-come" } });
    const [a] = await people(1);
    expect(await apply(a!, reviewedHere.id)).toMatchObject({ status: "ok", enrollment: { state: "submitted" } });
    expect(await apply(a!, firstComeHere.id)).toMatchObject({ status: "ok", enrollment: { state: "confirmed" } });
  });
});

describe("publishing questions", () => {
  it("needs institution.edit on the programme's institution, is audited, and never changes answers already given", async () => {
    const { programme, editor, reviewer, outsider, institution } = await setting("reviewed");
    const offering = await makeOffering(programme.id, { capacity: 5 });
    expect(await publishQuestionSet(reviewer, programme.id, overseasQuestions)).toEqual({ status: "not-found" });
    expect(await publishQuestionSet(outsider, programme.id, overseasQuestions)).toEqual({ status: "not-found" });
    expect(await publishQuestionSet(editor, programme.id, overseasQuestions)).toEqual({ status: "ok", version: 1 });
    expect(await publishQuestionSet(editor, programme.id, overseasQuestions)).toEqual({ status: "unchanged", version: 1 });

    const [person] = await people(1);
    const statement = "I want to learn how large teams review code and test releases, and bring those habits home.";
    const prepared = await prepareApplication(offering.id, { answers: { "language-test": "ielts", "ielts-score": "6.5", "years-experience": "4", statement }, formVersion: 1 }, "en");
    if (prepared.status !== "ok") throw new Error(prepared.status);
    const applied = await apply(person!, offering.id, prepared.input);
    const id = applied.status === "ok" ? applied.enrollment.id : "";
    const before = await testDb.enrollment.findUniqueOrThrow({ where: { id } });

    // Version 2 rewords a question, drops the IELTS score and adds one.
    const next: QuestionSet = structuredClone(overseasQuestions);
    next.steps[0]!.questions = next.steps[0]!.questions.filter((q) => q.key !== "ielts-score");
    next.steps[1]!.questions[0]!.label = { zh: "从事软件工作几年？", en: "How many years have you worked in software?" };
    next.steps[1]!.questions.push({ key: "github", kind: "text", required: false, maxLength: 200, label: { zh: "代码仓库地址", en: "Code repository" } });
    expect(await publishQuestionSet(editor, programme.id, next)).toEqual({ status: "ok", version: 2 });
    expect((await audits("questions.published", programme.id)).map((a) => [a.actorId, a.institutionId, (a.data as { version: number }).version])).toEqual([[editor.id, institution.id, 1], [editor.id, institution.id, 2]]);

    const after = await testDb.enrollment.findUniqueOrThrow({ where: { id } });
    expect([after.answers, after.formVersion]).toEqual([before.answers, 1]);
    // Still shown as it was asked: the dropped question and the old wording, from the snapshot.
    const snapshot = readSnapshot(after.answers)!;
    expect(snapshot.values["ielts-score"]).toBe(6.5);
    expect(snapshot.questions.find((q) => q.key === "years-experience")?.label.en).toBe("Years of software work");
    expect(snapshot.questions.some((q) => q.key === "github")).toBe(false);
    // Version 1 itself is kept as it was.
    expect((await testDb.questionSet.findUniqueOrThrow({ where: { programmeId_version: { programmeId: programme.id, version: 1 } } })).definition).toEqual(overseasQuestions);

    const editorView = await findQuestionEditor(institution.id, programme.id);
    expect(editorView?.current?.version).toBe(2);
    expect(editorView?.answered).toEqual([{ version: 1, count: 1 }]);
    expect(await findQuestionEditor((await makeInstitution()).id, programme.id)).toBeNull();
  });
});

describe("online links", () => {
  it("reach only confirmed (and completed) participants: programme page data, the API, the person's enrollments and calendar files", async () => {
    const { programme, owner } = await setting();
    const offering = await makeOffering(programme.id, { capacity: 1, sessions: 2 });
    await testDb.offering.update({ where: { id: offering.id }, data: { onlineUrl: "https://meet.example.cn/secret-room" } });
    const [second] = await testDb.offeringSession.findMany({ where: { offeringId: offering.id, position: 1 } });
    await testDb.offeringSession.update({ where: { id: second!.id }, data: { url: "https://meet.example.cn/session-two" } });
    const [confirmed, waiting] = await people(2);
    await apply(confirmed!, offering.id);
    await apply(waiting!, offering.id);

    const secret = /secret-room|session-two/;
    const detail = (await findProgrammeBySlug(programme.slug))!;
    expect(JSON.stringify(detail)).not.toMatch(secret);
    expect(detail.offerings[0]).toMatchObject({ online: true, onlineUrl: null });
    expect(JSON.stringify(presentDetail(detail, new Date()))).not.toMatch(secret);
    expect(presentDetail(detail, new Date()).offerings[0]).toMatchObject({ online: true, feeYuan: 1200, mode: "in-person", admission: "first-come" });

    const links = await findParticipantLinks(confirmed!.id, [offering.id]);
    expect(links.get(offering.id)?.onlineUrl).toBe("https://meet.example.cn/secret-room");
    expect([...links.get(offering.id)!.sessions.values()]).toEqual(["https://meet.example.cn/session-two"]);
    expect((await findParticipantLinks(waiting!.id, [offering.id])).size).toBe(0);

    const [mine] = await findEnrollmentsOf(confirmed!.id);
    const [theirs] = await findEnrollmentsOf(waiting!.id);
    expect(presentEnrollment(mine!).offering.onlineUrl).toBe("https://meet.example.cn/secret-room");
    expect(JSON.stringify(presentEnrollment(theirs!))).not.toMatch(secret);
    expect(JSON.stringify(theirs)).not.toMatch(secret);

    // Long lines are folded (RFC 5545): unfolded before reading.
    const ics = enrollmentCalendar(mine!, "en", "https://portal.example/programmes/x", "Portal").replace(/\r\n /g, "");
    expect(ics).toContain("session-two");
    expect(ics).toContain("secret-room");
    const feed = personalCalendar({ enrollments: [theirs!], drafts: [], locale: "en", now: new Date(), urlOf: (s) => s, enrollmentsUrl: "u" });
    expect(feed).not.toMatch(secret);

    // A cancelled place loses the link with the place.
    await cancelOffering(owner, parse(cancelOfferingSchema, { offeringId: offering.id, reasonZh: "取消", reasonEn: "Cancelled" }));
    expect(JSON.stringify(await findEnrollmentsOf(confirmed!.id))).not.toMatch(secret);
    expect((await findParticipantLinks(confirmed!.id, [offering.id])).size).toBe(0);
  });
});

describe("the editors' reads", () => {
  it("find only this institution's programmes and offerings", async () => {
    const { programme, institution } = await setting();
    const offering = await makeOffering(programme.id, { sessions: 2 });
    const other = await makeInstitution();
    expect((await findProgrammeOfferings(institution.id, programme.id))?.offerings.map((o) => [o.id, o.sessionCount])).toEqual([[offering.id, 2]]);
    expect(await findProgrammeOfferings(other.id, programme.id)).toBeNull();
    expect((await findOfferingEditor(institution.id, offering.id))?.sessions).toHaveLength(2);
    expect(await findOfferingEditor(other.id, offering.id)).toBeNull();
  });
});
